// How a pigment dot looks: how dark a dilution is, and the colour of a dot of that darkness and
// blue shift on the client's skin. Not the colour spaces (colour_space.hpp) nor the target shade.
#pragma once
#include <algorithm>

#include "core/client.hpp"
#include "core/colour/colour_params.hpp"
#include "core/colour/colour_space.hpp"

namespace smp::core {

// How dark a pigment dilution looks fresh at the surface: 1 neat .. ->0 very dilute. Inline:
// healing calls it for every dot.
inline double pigment_darkness(double dilution_water_parts, double darkness_per_water_part) {
  return 1.0 / (1.0 + darkness_per_water_part * std::max(0.0, dilution_water_parts));
}
// The deposit's own colour at a blue shift (0..1): carbon black drifting lighter and bluer.
Lab pigment_lab(double blue_shift, const ColourParams& params);
// The colour of a dot seen on skin: skin and pigment mixed in linear light by darkness (the
// share of light the deposit absorbs), so a faint dot tends to the skin and a dark one to the
// pigment.
Lab dot_appearance_lab(Srgb8 skin, double darkness, double blue_shift, const ColourParams& params);

}  // namespace smp::core
