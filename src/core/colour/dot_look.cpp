#include "core/colour/dot_look.hpp"

#include <algorithm>

namespace smp::core {

Lab pigment_lab(double blue_shift, const ColourParams& p) {
  const double s = std::clamp(blue_shift, 0.0, 1.0);
  return {p.pigment_l + s * p.blue_shift_l, p.pigment_a + s * p.blue_shift_a,
          p.pigment_b + s * p.blue_shift_b};
}

Lab dot_appearance_lab(Srgb8 skin, double darkness, double blue_shift, const ColourParams& p) {
  const LinearRgb s = srgb_to_linear(skin);
  const LinearRgb q = lab_to_linear(pigment_lab(blue_shift, p));
  const double t = std::clamp(darkness, 0.0, 1.0);
  return linear_to_lab({s.r + (q.r - s.r) * t, s.g + (q.g - s.g) * t, s.b + (q.b - s.b) * t});
}

}  // namespace smp::core
