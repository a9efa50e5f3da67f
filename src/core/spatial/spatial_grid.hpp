// The uniform grid of cells both spatial indexes order their points by (canonical order: cell
// row, cell column, then x, y, input index). Not a raster of values (base/field_grid.hpp).
#pragma once
#include <algorithm>
#include <cstddef>

#include "core/base/assert.hpp"
#include "core/base/geometry.hpp"

namespace smp::core {

struct SpatialGrid {
  Vec2 origin_mm{0.0, 0.0};  // lower corner of cell (0, 0): the points' bounding box minimum
  double cell_mm = 1.0;
  double cells_per_mm = 1.0;  // 1 / cell_mm, once: a point's cell is a product, not a quotient
  int cols = 1;
  int rows = 1;

  // The grid over n points with bounding box `bounds`; cell_mm <= 0 picks about two points per
  // cell. Coarsened until it has at most about four cells per point.
  static SpatialGrid fit(const RectMm& bounds, std::size_t n, double cell_mm);

  // The column of x, clamped to the grid. NaN goes to column 0 (and so does every x left of the
  // origin); clamping before the conversion keeps x far right of the grid out of int overflow.
  int col_of(double x) const { return clamped(x - origin_mm.x, cols); }
  int row_of(double y) const { return clamped(y - origin_mm.y, rows); }
  // Cells are numbered row by row.
  std::size_t cell_id(int col, int row) const {
    SMP_ASSERT(col >= 0 && col < cols && row >= 0 && row < rows);
    return static_cast<std::size_t>(row) * static_cast<std::size_t>(cols) +
           static_cast<std::size_t>(col);
  }
  std::size_t cell_of(Vec2 p) const { return cell_id(col_of(p.x), row_of(p.y)); }
  std::size_t cell_count() const {
    return static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows);
  }

 private:
  int clamped(double offset_mm, int count) const {
    const double f = offset_mm * cells_per_mm;
    if (!(f > 0.0)) return 0;
    return static_cast<int>(std::min(f, static_cast<double>(count - 1)));
  }
};

}  // namespace smp::core
