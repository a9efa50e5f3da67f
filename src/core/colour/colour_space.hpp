// Colour spaces for scoring: sRGB (8-bit or 0..1) <-> linear light <-> CIELAB (D65), and colour
// differences (CIE76, CIEDE2000). Not how a dot looks (dot_look.hpp) nor a target (target_shade).
#pragma once
#include "core/client.hpp"

namespace smp::core {

struct Lab {
  double l = 0.0;
  double a = 0.0;
  double b = 0.0;
};

// An sRGB-encoded colour, 0..1 per channel, not yet rounded to 8 bits (Srgb8).
struct SrgbUnit {
  double r = 0.0;
  double g = 0.0;
  double b = 0.0;
};
SrgbUnit to_unit(Srgb8 c);
// Rounded to the nearest 8-bit value per channel, clamped to 0..1 first.
Srgb8 to_srgb8(SrgbUnit c);

// sRGB (8-bit, or 0..1 per channel) to CIELAB under D65 with the 2-degree observer, and back
// (clamped to the sRGB gamut).
Lab srgb_to_lab(Srgb8 c);
Lab srgb_to_lab(SrgbUnit c);
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

}  // namespace smp::core
