#include "core/colour/target_shade.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/pigment.hpp"

namespace smp::core {

double target_dilution_water_parts(HairColour hair, int fitzpatrick, const ColourParams& p) {
  double base = p.target_dark_brown;
  switch (hair) {
    case HairColour::Black:
      base = p.target_black;
      break;
    case HairColour::DarkBrown:
      base = p.target_dark_brown;
      break;
    case HairColour::MediumBrown:
      base = p.target_medium_brown;
      break;
    case HairColour::LightBrown:
      base = p.target_light_brown;
      break;
    case HairColour::Blond:
      base = p.target_blond;
      break;
    case HairColour::Red:
      base = p.target_red;
      break;
    case HairColour::Grey:
      base = p.target_grey;
      break;
    case HairColour::White:
      base = p.target_white;
      break;
  }
  const double shift = (3 - std::clamp(fitzpatrick, 1, 6)) * p.target_per_fitzpatrick;
  return std::clamp(base + shift, 0.0, 24.0);
}

int palette_step(double dilution_water_parts) {
  static const std::vector<Pigment> kPalette = default_palette();
  int best = 0;
  double best_d = std::abs(kPalette[0].dilution_water_parts - dilution_water_parts);
  for (std::size_t i = 1; i < kPalette.size(); ++i) {
    const double d = std::abs(kPalette[i].dilution_water_parts - dilution_water_parts);
    if (d < best_d) {
      best = static_cast<int>(i);
      best_d = d;
    }
  }
  return best;
}

}  // namespace smp::core
