// Colour science for scoring: sRGB <-> CIELAB (D65), colour differences, how a healed dot looks
// on the client's skin, and the target shade per (hair colour, Fitzpatrick type).
// Not for drawing (src/render mixes pixels itself) and not a metric (colour_match.hpp).
#pragma once
#include <algorithm>
#include "core/client.hpp"
#include "core/colour/colour_params.hpp"

namespace smp::core {

struct Lab {
  double l = 0.0;
  double a = 0.0;
  double b = 0.0;
};

// sRGB (8-bit, or 0..1 per channel) to CIELAB under D65 with the 2-degree observer, and back
// (clamped to the sRGB gamut).
Lab srgb_to_lab(Srgb8 c);
Lab srgb_to_lab(double r, double g, double b);
Srgb8 lab_to_srgb(Lab c);
double delta_e76(Lab x, Lab y);
double delta_e2000(Lab x, Lab y);

// Linear-light RGB (0..1 per channel), where mixing light is a weighted sum.
struct LinearRgb {
  double r = 0.0;
  double g = 0.0;
  double b = 0.0;
};
LinearRgb srgb_to_linear(Srgb8 c);
LinearRgb lab_to_linear(Lab c);
Lab linear_to_lab(LinearRgb c);

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

// The shade (water parts per part pigment) to aim for: a lookup by hair colour at Fitzpatrick
// III, lighter for fairer skin, darker for darker skin (rule 18, rows 69-71; grade D).
double target_dilution_water_parts(HairColour hair, int fitzpatrick, const ColourParams& params);
// Index of the nearest shade of default_palette() (0 = darkest): "steps" between shades.
int palette_step(double dilution_water_parts);

}  // namespace smp::core
