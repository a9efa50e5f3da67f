#include "render/zone_map.hpp"

#include <cmath>

namespace smp::render {

int ZoneMap::col_of(double x_mm) const {
  return static_cast<int>(std::floor((x_mm - origin_mm.x) / cell_mm));
}

int ZoneMap::row_of(double y_mm) const {
  return static_cast<int>(std::floor((y_mm - origin_mm.y) / cell_mm));
}

core::Zone ZoneMap::at(core::Vec2 p) const {
  const int c = col_of(p.x);
  const int r = row_of(p.y);
  if (c < 0 || r < 0 || c >= cols || r >= rows) return core::Zone::OffHead;
  return static_cast<core::Zone>(zone[static_cast<std::size_t>(r * cols + c)]);
}

ZoneMap make_zone_map(const core::Scalp& scalp, double cell_mm) {
  ZoneMap m;
  const core::RectMm& b = scalp.chart.bounds_mm;
  m.origin_mm = b.min_mm;
  m.cell_mm = cell_mm;
  m.cols = static_cast<int>(std::ceil(b.width_mm() / cell_mm));
  m.rows = static_cast<int>(std::ceil(b.height_mm() / cell_mm));
  m.zone.resize(static_cast<std::size_t>(m.cols * m.rows));
  for (int r = 0; r < m.rows; ++r)
    for (int c = 0; c < m.cols; ++c)
      m.zone[static_cast<std::size_t>(r * m.cols + c)] = static_cast<unsigned char>(core::zone_at(
          scalp.chart, m.origin_mm + core::Vec2{(c + 0.5) * cell_mm, (r + 0.5) * cell_mm}));
  return m;
}

}  // namespace smp::render
