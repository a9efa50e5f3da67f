// The healed dots' ink as an eye averages it over a region: each dot's darkness x area binned on a
// fine grid, and its mean over square windows against what the plan asks for there, the quantity
// that reads as a patch, a see-through hole or a dark blotch. Also the input of
// oriented_structure.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/base/chart_grid.hpp"
#include "core/base/field_grid.hpp"
#include "core/base/geometry.hpp"
#include "core/stats/region_mask.hpp"

namespace smp::core {

struct DarknessField : ChartGrid {
  std::vector<double> ink;       // per cell: the sum of its dots' ink
  std::vector<double> expected;  // per cell: the planned density's share (1 without a plan)
  std::vector<std::uint8_t> inside;
  std::size_t inside_cells = 0;
  double mean_ink_per_cell = 0.0;  // over the inside cells
  double ink_per_expected = 0.0;   // the region's ink over its expected: the overall level
  // Summed-area tables, (cols + 1) x (rows + 1): the ink and the expected below and left.
  std::vector<double> sum_ink;
  std::vector<double> sum_expected;
  std::vector<std::uint32_t> sum_inside;
};

// The field over the mask's cells, each cut into subdivide x subdivide cells. ink[i] is dot i's
// weight (its darkness x visible area); dots outside the mask are left out. With a plan (dots per
// cm^2 per chart cell), each cell expects ink in proportion to it, and cells the plan leaves
// under min_planned_per_cm2 (the forehead in front of a planned hairline) are not part of the
// region: a planned ramp is then no patch, planned bare skin no hole.
DarknessField darkness_field(std::span<const Vec2> pts_mm, std::span<const double> ink,
                             const RegionMask& mask, int subdivide,
                             const FieldGrid* planned_per_cm2 = nullptr,
                             double min_planned_per_cm2 = 4.0);

// Square windows of about side_mm centred on inside cells (a window half outside the region is
// not judged): their ink over the ink the plan expects there, relative to the region's overall
// level (1 = as even as the plan).
struct WindowExtremes {
  double side_mm = 0.0;  // as laid out: an odd number of cells
  std::size_t windows = 0;
  double low_share = 0.0;   // share of the windows below low_below
  double high_share = 0.0;  // share above high_above
  double lowest = 1.0, highest = 1.0;
  Vec2 lowest_mm{0.0, 0.0}, highest_mm{0.0, 0.0};
  // Centres of flagged windows, at most one per side x side block: where to mark.
  std::vector<Vec2> low_where_mm, high_where_mm;
};
WindowExtremes window_extremes(const DarknessField& f, double side_mm, double low_below,
                               double high_above, double min_inside_share = 0.6);

}  // namespace smp::core
