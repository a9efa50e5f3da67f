#include "core/stats/merged_pairs.hpp"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>

#include "core/base/assert.hpp"

namespace smp::core {

MergedPairs find_merged_pairs(const SpatialIndex& dots, std::span<const double> diameters_mm,
                              std::span<const double> nn_canonical, double min_gap_mm,
                              std::span<const std::uint8_t> member_flags) {
  MergedPairs out;
  const std::size_t n = dots.size();
  SMP_ASSERT(diameters_mm.size() == n);
  SMP_ASSERT(nn_canonical.size() == n);
  SMP_ASSERT(member_flags.empty() || member_flags.size() == n);
  if (n < 2) return out;
  // Four running maxima: one is a chain of dependent compares through 100k diameters.
  double lane_max[4] = {0.0, 0.0, 0.0, 0.0};
  std::size_t i = 0;
  for (; i + 4 <= diameters_mm.size(); i += 4)
    for (std::size_t l = 0; l < 4; ++l) lane_max[l] = std::max(lane_max[l], diameters_mm[i + l]);
  for (; i < diameters_mm.size(); ++i) lane_max[0] = std::max(lane_max[0], diameters_mm[i]);
  const double max_d = std::max({lane_max[0], lane_max[1], lane_max[2], lane_max[3]});
  // Everything in canonical order (contiguous scans; independent of the input order).
  std::vector<double> diam(n);
  for (std::size_t k = 0; k < n; ++k) diam[k] = diameters_mm[dots.canonical_index(k)];
  const auto member = [&](std::size_t k) {
    return member_flags.empty() || member_flags[dots.canonical_index(k)] != 0;
  };
  std::vector<std::uint8_t> involved(n, 0);
  for (std::size_t k = 0; k < n; ++k) {
    const double reach = 0.5 * (diam[k] + max_d) + min_gap_mm;
    // A merged partner is closer than reach, so a dot whose nearest neighbour is farther has none.
    if (nn_canonical[k] >= reach) continue;
    const Vec2 p = dots.canonical_point(k);
    // Each pair once: from the member that comes first in canonical order.
    dots.for_each_near_canonical(
        p, reach,
        [&](std::size_t j) {
          const Vec2 q = dots.canonical_point(j);
          const Vec2 pq = p - q;
          // Cheap reject on squared distances (with a margin, so the exact test decides).
          const double touch = 0.5 * (diam[k] + diam[j]) + min_gap_mm;
          if (pq.x * pq.x + pq.y * pq.y > touch * touch * (1.0 + 1e-9) + 1e-12) return;
          const double gap = glm::length(pq) - 0.5 * (diam[k] + diam[j]);
          if (gap >= min_gap_mm || !(member(k) || member(j))) return;
          ++out.pairs;
          involved[k] = involved[j] = 1;
          out.where_mm.push_back(0.5 * (p + q));
        },
        k + 1);
  }
  for (std::uint8_t f : involved) out.dots_involved += f;
  return out;
}

}  // namespace smp::core
