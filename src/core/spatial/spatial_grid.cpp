#include "core/spatial/spatial_grid.hpp"

#include <algorithm>
#include <cmath>

#include "core/base/assert.hpp"

namespace smp::core {
namespace {

// Cells per point allowed before the grid is coarsened (a degenerate bounding box, e.g. all
// points on one line, would otherwise ask for a huge grid).
constexpr double kMaxCellsPerPoint = 4.0;

}  // namespace

SpatialGrid SpatialGrid::fit(const RectMm& bounds, std::size_t n, double cell_mm) {
  SpatialGrid g;
  if (n == 0) return g;
  const double w = bounds.width_mm();
  const double h = bounds.height_mm();
  if (cell_mm <= 0.0) {
    const double nd = static_cast<double>(n);
    // About two points per cell: fewer, fuller cells are faster to scan than many empty ones.
    cell_mm = std::max({std::sqrt(2.0 * w * h / nd), std::max(w, h) / nd, 1e-6});
  }
  const double max_cells = kMaxCellsPerPoint * static_cast<double>(n) + 64.0;
  while ((std::floor(w / cell_mm) + 1.0) * (std::floor(h / cell_mm) + 1.0) > max_cells)
    cell_mm *= 1.5;
  // A NaN or infinite box or cell size would make the cell counts meaningless.
  SMP_ASSERT(std::isfinite(w) && std::isfinite(h) && w >= 0.0 && h >= 0.0);
  SMP_ASSERT(std::isfinite(cell_mm) && cell_mm > 0.0);
  g.origin_mm = bounds.min_mm;
  g.cell_mm = cell_mm;
  g.cells_per_mm = 1.0 / cell_mm;
  g.cols = static_cast<int>(std::floor(w * g.cells_per_mm)) + 1;
  g.rows = static_cast<int>(std::floor(h * g.cells_per_mm)) + 1;
  SMP_ASSERT(g.cols >= 1 && g.rows >= 1);
  return g;
}

}  // namespace smp::core
