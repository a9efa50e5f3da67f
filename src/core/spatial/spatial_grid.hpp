// The uniform grid of cells both spatial indexes order their points by (canonical order: cell
// row, cell column, then x, y, input index). Not a raster of values (base/field_grid.hpp).
#pragma once
#include <algorithm>
#include <cstddef>

#include "core/base/chart_grid.hpp"
#include "core/base/geometry.hpp"

namespace smp::core {

// A ChartGrid whose cell of a point is clamped into the grid (an index must bucket every point,
// NaN and far-off ones included) and found by a product with cells_per_mm, not a division: the
// buckets only need to be consistent, and both indexes use these functions alike.
struct SpatialGrid : ChartGrid {
  double cells_per_mm = 1.0;  // 1 / cell_mm, once: a point's cell is a product, not a quotient

  SpatialGrid() { cols = rows = 1; }

  // The grid over n points with bounding box `bounds`; cell_mm <= 0 picks about two points per
  // cell. Coarsened until it has at most about four cells per point.
  static SpatialGrid fit(const RectMm& bounds, std::size_t n, double cell_mm);

  // The column of x, clamped to the grid. NaN goes to column 0 (and so does every x left of the
  // origin); clamping before the conversion keeps x far right of the grid out of int overflow.
  int clamped_col(double x) const { return clamped(x - origin_mm.x, cols); }
  int clamped_row(double y) const { return clamped(y - origin_mm.y, rows); }
  // The cell (row-major, ChartGrid::index) a point is bucketed in.
  std::size_t clamped_cell(Vec2 p) const { return index(clamped_col(p.x), clamped_row(p.y)); }

 private:
  int clamped(double offset_mm, int count) const {
    const double f = offset_mm * cells_per_mm;
    if (!(f > 0.0)) return 0;
    return static_cast<int>(std::min(f, static_cast<double>(count - 1)));
  }
};

}  // namespace smp::core
