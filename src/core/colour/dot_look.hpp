// How a pigment dot looks on skin: how dark a dilution is, and the colour of skin under a dot of
// a given darkness and blue shift. The one model the render, the colour screen's swatches and
// colour_match use. Not the colour spaces (colour_space.hpp) nor the target shade.
#pragma once
#include <algorithm>
#include <cstddef>

#include "core/client.hpp"
#include "core/colour/colour_params.hpp"
#include "core/colour/colour_space.hpp"

namespace smp::core {

// How dark a pigment dilution looks fresh at the surface: 1 neat .. ->0 very dilute. Inline:
// healing calls it for every dot.
inline double pigment_darkness(double dilution_water_parts, double darkness_per_water_part) {
  return 1.0 / (1.0 + darkness_per_water_part * std::max(0.0, dilution_water_parts));
}

// The share of each sRGB-encoded channel of the skin's light a fully dark dot lets through: the
// ink's, drifting to the blue-grey of a deep deposit with the blue shift (0..1, clamped).
SrgbUnit dot_transmittance(double blue_shift, const PigmentLookParams& params);

// Skin seen through a dot: the dot filters the skin's colour, skin x mix(white, transmittance,
// darkness) per sRGB-encoded channel, the way the render composes it (darkness clamped to 0..1:
// 0 shows the bare skin, 1 the skin through the full ink).
SrgbUnit dot_on_skin(Srgb8 skin, double darkness, double blue_shift,
                     const PigmentLookParams& params);

// What many dots on the same skin add up to, seen from far enough that they merge: their mean
// colour in the render's space. The look is affine in darkness and in darkness x blue shift, so
// the mean is the look of one dot of the mean darkness and the darkness-weighted blue shift.
struct MergedDots {
  double mean_darkness = 0.0;
  double blue_shift = 0.0;
};
MergedDots merge_dots(double darkness_sum, double darkness_x_blue_sum, std::size_t count);

}  // namespace smp::core
