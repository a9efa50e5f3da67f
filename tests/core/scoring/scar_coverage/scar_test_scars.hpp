// Hand-made scars for the scar_coverage step tests: a straight line scar whose raster cells are
// easy to count, and ways to fill its cells.
#pragma once
#include <vector>

#include "core/scalp/scar.hpp"
#include "core/scoring/scar_coverage/scar_internal.hpp"

namespace smp::test {

// A surgical line 40 mm long and 4 mm wide from (x0, y0) along +x: at 0.5 mm cells, 80 x 8 = 640
// scar cells.
inline core::Scar line_scar(core::Vec2 from_mm = {0.0, 0.0}) {
  core::Scar s;
  s.kind = core::ScarKind::SurgicalLine;
  s.path_mm = {from_mm, from_mm + core::Vec2(40.0, 0.0)};
  s.width_mm = 4.0;
  s.bounds_mm = {from_mm - core::Vec2(0.0, 2.0), from_mm + core::Vec2(40.0, 2.0)};
  s.area_mm2 = 160.0;
  return s;
}

// Dots per raster cell: `per_cell(centre)` on each scar cell, none elsewhere.
template <class F>
std::vector<std::uint32_t> fill_scar_cells(const core::scar_detail::ScarRaster& r, F per_cell) {
  std::vector<std::uint32_t> counts(r.scar.size(), 0);
  for (int row = 0; row < r.rows; ++row)
    for (int col = 0; col < r.cols; ++col)
      if (r.scar[r.index(col, row)]) counts[r.index(col, row)] = per_cell(r.centre_of(col, row));
  return counts;
}

}  // namespace smp::test
