// Synthetic measured edges for the hairline step tests: bins laid out as measure_hairline_edge
// lays them (2 mm, symmetric about x = 0), with edges and contours set by hand.
#pragma once
#include <functional>

#include "core/scoring/hairline_naturalness/hairline_internal.hpp"

namespace smp::test {

// The canthus lines the synthetic edges are read against: profile bins |x| <= 37 mm (38 bins),
// contour bins |x| <= 40 mm (40 bins), symmetry and plan bins |x| <= 45 mm.
inline constexpr double kCanthusXmm = 45.0;

// 50 bins centred on x = -49, -47, ..., 49; the edge at edge_y(x), the 10% contour 2 mm ahead
// of it and the 90% contour 8 mm behind.
inline core::HairlineEdge synthetic_edge(const std::function<double(double)>& edge_y) {
  core::HairlineEdge e;
  e.x0_mm = -49.0;
  e.bin_mm = 2.0;
  for (std::size_t i = 0; i < 50; ++i) {
    const double y = edge_y(e.x_of(i));
    e.edge_y_mm.push_back(y);
    e.low_y_mm.push_back(y - 2.0);
    e.high_y_mm.push_back(y + 8.0);
  }
  e.core_density_per_cm2 = 80.0;
  return e;
}

inline core::HairlineEdge flat_edge(double y_mm = 100.0) {
  return synthetic_edge([y_mm](double) { return y_mm; });
}

inline core::HealedDot healed_at(core::Vec2 pos_mm, double diameter_mm = 0.3, double darkness = 0.5,
                                 bool kept = true) {
  core::HealedDot h;
  h.pos_mm = pos_mm;
  h.diameter_mm = diameter_mm;
  h.darkness = darkness;
  h.kept = kept;
  return h;
}

}  // namespace smp::test
