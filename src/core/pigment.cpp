#include "core/pigment.hpp"

namespace smp::core {

std::vector<Pigment> default_palette() {
  // Dilution steps in the range clinics quote (notes N70): neat for black hair on dark skin up to
  // ~20:1 and beyond for light hair and fair skin.
  const double steps[] = {0, 2, 4, 6, 8, 10, 12, 15, 18, 20, 24};
  std::vector<Pigment> palette;
  for (double w : steps) {
    const int parts = static_cast<int>(w);
    palette.push_back(Pigment{parts == 0 ? std::string("neat") : std::to_string(parts) + ":1", w});
  }
  return palette;
}

}  // namespace smp::core
