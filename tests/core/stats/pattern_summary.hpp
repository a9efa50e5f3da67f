// What the point-pattern tests share: a 5 x 5 cm window holding 2,000 dots (80 / cm^2) and the
// spacing statistics of a pattern in it. Test helpers, not the scoring's own pipeline.
#pragma once
#include <cmath>
#include <cstdint>
#include <vector>

#include "core/base/geometry.hpp"
#include "core/scoring_patterns.hpp"
#include "core/spatial/spatial_index.hpp"
#include "core/stats/clark_evans.hpp"
#include "core/stats/orientational_order.hpp"
#include "core/stats/summary.hpp"

namespace smp::test {

inline const core::RectMm kWindow{{0.0, 0.0}, {50.0, 50.0}};
inline const std::size_t kN = count_for(kWindow, 80.0);  // 2,000 dots at 80 / cm^2
inline const double kNd = static_cast<double>(kN);

struct PatternSummary {
  core::ClarkEvans ce;
  double nn_cv = 0.0;
  core::OrientationalOrder order;
};
inline PatternSummary summarise(const std::vector<core::Vec2>& pts, const core::RectMm& w) {
  const core::SpatialIndex idx(pts);
  const auto nn = idx.nearest_distances_canonical();
  PatternSummary s;
  s.ce = core::clark_evans(nn, w.width_mm() * w.height_mm(), 2.0 * (w.width_mm() + w.height_mm()));
  s.nn_cv = core::coefficient_of_variation(nn);
  std::vector<std::uint32_t> all(pts.size());  // every canonical position
  for (std::size_t k = 0; k < all.size(); ++k) all[k] = static_cast<std::uint32_t>(k);
  const double tile = std::sqrt(100.0 / s.ce.intensity_per_mm2);
  s.order = core::orientational_order(idx, all, w.min_mm, tile, 30, 100'000);
  return s;
}

}  // namespace smp::test
