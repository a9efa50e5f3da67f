// Empty space between dots: the distance from every cell to the nearest dot, the holes (largest
// empty discs) and the covered share found in it. Not the scoring of either (density_uniformity).
#pragma once
#include <cstddef>
#include <vector>

#include "core/base/chart_grid.hpp"
#include "core/base/geometry.hpp"
#include "core/spatial/spatial_index.hpp"
#include "core/stats/region_mask.hpp"

namespace smp::core {

struct Hole {
  Vec2 centre_mm{0.0, 0.0};
  double diameter_mm = 0.0;  // of the largest empty disc centred there
};
// Empty discs wider than min_diameter_mm whose centre lies inside the window (away from its
// raster edge), from a Euclidean distance transform on cells of grid_mm seeded with every dot
// of `dots` (dots outside the window count as neighbours too). One hole per connected empty
// area, largest first. grid_mm is raised when the grid would exceed max_cells.
std::vector<Hole> find_holes(const SpatialIndex& dots, const RegionMask& region,
                             double min_diameter_mm, double grid_mm,
                             std::size_t max_cells = 4'000'000);

// Distance from each cell centre to the nearest dot (dots snapped to their cell's centre, so
// within cell_mm / sqrt(2) of the truth), computed once for many windows.
struct EmptySpaceField : ChartGrid {
  std::vector<float> dist_mm;
};
// With `needed`, only the cells whose centre lies in that window are sure to be computed (others
// may hold NaN): holes are only looked for inside windows, and far from every dot (off the head)
// the exact distance is the costly part.
EmptySpaceField empty_space_field(const SpatialIndex& dots, const RectMm& area, double cell_mm,
                                  std::size_t max_cells = 4'000'000,
                                  const RegionMask* needed = nullptr);
// Holes from a precomputed field: candidates from the field, each refined to the exact centre
// and size of its largest empty disc with nearest-dot queries. The field must cover the
// window's cells (see `needed` above).
std::vector<Hole> find_holes(const EmptySpaceField& field, const SpatialIndex& dots,
                             const RegionMask& region, double min_diameter_mm);

// One connected area of a window farther than the reach from every dot.
struct EmptyArea {
  double area_mm2 = 0.0;
  Vec2 deepest_mm{0.0, 0.0};  // its cell farthest from any dot (first in row-major order on ties)
  double deepest_mm_to_dot = 0.0;
};
// How much of a window the dots reach: the share of its area (field cells whose centre lies in
// the window) within reach_mm of a dot, and the uncovered areas (4-connected field cells),
// largest first (ties: first found in row-major order), at most max_gaps of them.
struct Coverage {
  double covered_share = 1.0;
  double uncovered_mm2 = 0.0;
  std::vector<EmptyArea> gaps;
};
// The field must cover the window's cells (see `needed` above).
Coverage coverage(const EmptySpaceField& field, const RegionMask& region, double reach_mm,
                  std::size_t max_gaps);

}  // namespace smp::core
