// The one way an area of the chart is cut into square cells: cell (0, 0)'s lower corner at
// origin_mm, cols x rows cells of cell_mm, row-major; a point belongs to the cell its floor picks.
// Rasters of the scalp (zones, fields, masks, distance maps) carry one. Not a spatial index.
#pragma once
#include <cmath>
#include <cstddef>

#include "core/base/assert.hpp"
#include "core/base/fast_floor.hpp"
#include "core/base/geometry.hpp"

namespace smp::core {

struct ChartGrid {
  Vec2 origin_mm{0.0, 0.0};  // lower corner of cell (0, 0)
  double cell_mm = 1.0;
  int cols = 0;
  int rows = 0;

  // Whole cells covering the area from its lower corner (the last column and row may overhang).
  static ChartGrid covering(const RectMm& area, double cell_mm) {
    ChartGrid g;
    g.origin_mm = area.min_mm;
    g.cell_mm = cell_mm;
    g.cols = static_cast<int>(std::ceil(area.width_mm() / cell_mm));
    g.rows = static_cast<int>(std::ceil(area.height_mm() / cell_mm));
    return g;
  }
  std::size_t cell_count() const {
    return static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows);
  }
  bool has_cell(int col, int row) const { return col >= 0 && row >= 0 && col < cols && row < rows; }
  // Row-major index of a cell inside the grid.
  std::size_t index(int col, int row) const {
    SMP_ASSERT(has_cell(col, row));
    return static_cast<std::size_t>(row) * static_cast<std::size_t>(cols) +
           static_cast<std::size_t>(col);
  }
  Vec2 centre_of(int col, int row) const {
    return origin_mm + Vec2((col + 0.5) * cell_mm, (row + 0.5) * cell_mm);
  }
  // The column / row holding chart x / y, possibly outside [0, cols) / [0, rows): the floor of
  // the offset divided by the cell size.
  int col_of(double x_mm) const {
    return static_cast<int>(fast_floor((x_mm - origin_mm.x) / cell_mm));
  }
  int row_of(double y_mm) const {
    return static_cast<int>(fast_floor((y_mm - origin_mm.y) / cell_mm));
  }
  // Index of the cell holding p; -1 outside the grid (and for NaN).
  std::ptrdiff_t cell_of(Vec2 p_mm) const {
    return index_of_offsets((p_mm.x - origin_mm.x) / cell_mm, (p_mm.y - origin_mm.y) / cell_mm);
  }
  // The same with in_cells() made once, for loops over every dot: no division per dot, and the
  // same cell (BinQuotient decides exactly where the product could round across a whole number).
  std::ptrdiff_t cell_of(Vec2 p_mm, const BinQuotient& in_cells) const {
    return index_of_offsets(in_cells(p_mm.x - origin_mm.x), in_cells(p_mm.y - origin_mm.y));
  }
  BinQuotient in_cells() const { return BinQuotient(cell_mm); }

 private:
  std::ptrdiff_t index_of_offsets(double fx, double fy) const {
    if (!(fx >= 0.0) || !(fy >= 0.0) || fx >= cols || fy >= rows) return -1;
    return static_cast<std::ptrdiff_t>(fy) * cols + static_cast<std::ptrdiff_t>(fx);
  }
};

}  // namespace smp::core
