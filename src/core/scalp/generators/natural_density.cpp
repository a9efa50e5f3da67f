// The healthy (Norwood I) follicular-unit density field: regional values (notes N29-N35)
// joined by smooth ramps, thinner at the edges (notes N41-N43), zero outside the hair region.
#include <cmath>

#include "core/scalp/generators/generators_internal.hpp"

namespace smp::core::scalpgen {
namespace {
constexpr double kDeg = 3.14159265358979323846 / 180.0;
}

FieldGrid natural_density(const Chart& chart, const FieldGrid& inside_mm,
                          const ScalpGenParams& params) {
  FieldGrid field = inside_mm;
  const double vy = chart.landmarks.vertex_mm.y;
  const double band_top_r = chart.landmarks.occipital_band_top_mm - vy;
  for (int r = 0; r < field.rows; ++r) {
    for (int c = 0; c < field.cols; ++c) {
      const double d = inside_mm.at(c, r);
      if (d < 0.0) {
        field.at(c, r) = 0.0f;
        continue;
      }
      const VertexPolar q = to_vertex_polar(chart, field.centre_of(c, r));
      const double a = std::abs(q.theta_rad);
      // Interior: core on top, rising to the occipital density over the back (notes N31, N35).
      const double back = smoothstep(100.0 * kDeg, 150.0 * kDeg, a) *
                          smoothstep(band_top_r - 25.0, band_top_r + 10.0, q.r_mm);
      const double interior =
          params.core_density_per_cm2 +
          (params.occipital_density_per_cm2 - params.core_density_per_cm2) * back;
      // Edge: frontal hairline value in front, temple value on the sides and around the ears
      // (notes N33, N34, N31), the hairline value again at the nape.
      const double side = smoothstep(30.0 * kDeg, 55.0 * kDeg, a) *
                          (1.0 - smoothstep(120.0 * kDeg, 150.0 * kDeg, a));
      const double edge = params.hairline_density_per_cm2 +
                          (params.temple_density_per_cm2 - params.hairline_density_per_cm2) * side;
      const double tz = edge * (params.tz_start_fraction + (1.0 - params.tz_start_fraction) *
                                                               smoothstep(0.0, params.tz_mm, d));
      const double t = smoothstep(params.tz_mm, params.tz_mm + params.defined_zone_mm, d);
      field.at(c, r) = static_cast<float>(tz + (interior - tz) * t);
    }
  }
  return field;
}

}  // namespace smp::core::scalpgen
