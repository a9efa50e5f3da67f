// The healed dots' ink as an eye averages it over a region: each dot's darkness x area binned on a
// fine grid, and its mean over square windows against the region's mean, the quantity that reads
// as a patch, a see-through hole or a dark blotch. Also the input of oriented_structure.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/base/chart_grid.hpp"
#include "core/base/geometry.hpp"
#include "core/stats/region_mask.hpp"

namespace smp::core {

struct DarknessField : ChartGrid {
  std::vector<double> ink;     // per cell: the sum of its dots' ink
  std::vector<double> ink_sq;  // per cell: the sum of the squares (the noise of a spectrum)
  std::vector<std::uint8_t> inside;
  std::size_t inside_cells = 0;
  double mean_ink_per_cell = 0.0;  // over the inside cells
  // Summed-area tables, (cols + 1) x (rows + 1): the ink and the inside cells below and left.
  std::vector<double> sum_ink;
  std::vector<std::uint32_t> sum_inside;
};

// The field over the mask's cells, each cut into subdivide x subdivide cells. ink[i] is dot i's
// weight (its darkness x visible area); dots outside the mask are left out.
DarknessField darkness_field(std::span<const Vec2> pts_mm, std::span<const double> ink,
                             const RegionMask& mask, int subdivide);

// Square windows of about side_mm centred on inside cells (a window half outside the region is
// not judged), their mean ink relative to the region's mean.
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
