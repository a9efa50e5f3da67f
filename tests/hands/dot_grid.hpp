// A growing set of dot positions with a nearest-distance query: what a person sees of the dots
// placed so far while choosing the next gap. core::SpatialIndex is immutable (rebuilt per query
// would be quadratic); this is a plain bucket grid that only grows. Not for scoring.
#pragma once
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/base/chart_grid.hpp"
#include "core/base/geometry.hpp"

namespace smp::hands {

class DotGrid {
 public:
  DotGrid(const core::RectMm& bounds, double cell_mm)
      : grid_(core::ChartGrid::covering(bounds, cell_mm)), buckets_(grid_.cell_count()) {}

  void add(core::Vec2 p) {
    if (const auto i = grid_.cell_of(p); i >= 0) buckets_[static_cast<std::size_t>(i)].push_back(p);
  }
  // Distance to the nearest dot, capped at cap_mm (the view a person judges a gap in).
  double nearest_mm(core::Vec2 p, double cap_mm) const {
    const int reach = static_cast<int>(std::ceil(cap_mm / grid_.cell_mm));
    const int c0 = grid_.col_of(p.x), r0 = grid_.row_of(p.y);
    double best2 = cap_mm * cap_mm;
    for (int r = std::max(0, r0 - reach); r <= std::min(grid_.rows - 1, r0 + reach); ++r)
      for (int c = std::max(0, c0 - reach); c <= std::min(grid_.cols - 1, c0 + reach); ++c)
        for (const core::Vec2& q : buckets_[grid_.index(c, r)]) {
          const double dx = q.x - p.x, dy = q.y - p.y;
          best2 = std::min(best2, dx * dx + dy * dy);
        }
    return std::sqrt(best2);
  }

 private:
  core::ChartGrid grid_;
  std::vector<std::vector<core::Vec2>> buckets_;
};

}  // namespace smp::hands
