// Pigment shades: one carbon-black pigment diluted with water (notes N69-N70), and the
// palette offered to the trainee. Colour science for comparing shades lives in colour.hpp.
#pragma once
#include <string>
#include <vector>

namespace smp::core {

struct Pigment {
  std::string name;                   // e.g. "6:1"
  double dilution_water_parts = 0.0;  // ml of water per ml of pigment; 0 = neat, 20 = very light
};

// The shades a trainee can choose from, darkest first.
std::vector<Pigment> default_palette();

}  // namespace smp::core
