// The zone of every cell of a grid over the chart, looked up per pixel by the zones and density
// overlays (core::zone_at is too slow for that). Not the zones themselves (core/scalp/zones.hpp).
#pragma once
#include <vector>

#include "core/scalp/scalp.hpp"
#include "core/scalp/zones.hpp"

namespace smp::render {

// Cached per scalp by the canvas.
struct ZoneMap {
  core::Vec2 origin_mm;
  double cell_mm = 1.0;
  int cols = 0, rows = 0;
  std::vector<unsigned char> zone;  // static_cast<unsigned char>(core::Zone)
  core::Zone at(core::Vec2 p_mm) const;
  // The cell column/row holding chart x/y (may be outside [0, cols) / [0, rows)): at() in two
  // halves, for callers that walk a pixel grid.
  int col_of(double x_mm) const;
  int row_of(double y_mm) const;
};
ZoneMap make_zone_map(const core::Scalp& scalp, double cell_mm);

}  // namespace smp::render
