#include "core/colour/dot_look.hpp"

#include <algorithm>

namespace smp::core {

SrgbUnit dot_transmittance(double blue_shift, const PigmentLookParams& p) {
  const double s = std::clamp(blue_shift, 0.0, 1.0);
  const SrgbUnit ink = to_unit(p.ink_transmittance), blue = to_unit(p.blue_transmittance);
  return {ink.r + (blue.r - ink.r) * s, ink.g + (blue.g - ink.g) * s, ink.b + (blue.b - ink.b) * s};
}

SrgbUnit dot_on_skin(Srgb8 skin, double darkness, double blue_shift, const PigmentLookParams& p) {
  const SrgbUnit s = to_unit(skin), t = dot_transmittance(blue_shift, p);
  const double d = std::clamp(darkness, 0.0, 1.0);
  return {s.r * (1.0 + (t.r - 1.0) * d), s.g * (1.0 + (t.g - 1.0) * d),
          s.b * (1.0 + (t.b - 1.0) * d)};
}

MergedDots merge_dots(double darkness_sum, double darkness_x_blue_sum, std::size_t count) {
  if (count == 0 || darkness_sum <= 0.0) return {};
  return {darkness_sum / static_cast<double>(count),
          std::clamp(darkness_x_blue_sum / darkness_sum, 0.0, 1.0)};
}

}  // namespace smp::core
