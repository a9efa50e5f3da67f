#include "core/scoring/zone_raster.hpp"

#include <cmath>
#include <numbers>

namespace smp::core {

std::ptrdiff_t ZoneRaster::cell_of(Vec2 p) const {
  const double fx = (p.x - origin_mm.x) / cell_mm;
  const double fy = (p.y - origin_mm.y) / cell_mm;
  if (!(fx >= 0.0) || !(fy >= 0.0) || fx >= cols || fy >= rows) return -1;
  return static_cast<std::ptrdiff_t>(fy) * cols + static_cast<std::ptrdiff_t>(fx);
}

Zone ZoneRaster::zone_of(Vec2 p) const {
  const std::ptrdiff_t c = cell_of(p);
  return c < 0 ? Zone::OffHead : static_cast<Zone>(zone[static_cast<std::size_t>(c)]);
}

ZoneRaster make_zone_raster(const Scalp& scalp, double cell_mm) {
  ZoneRaster r;
  const RectMm& b = scalp.chart.bounds_mm;
  r.origin_mm = b.min_mm;
  r.cell_mm = cell_mm;
  r.cols = std::max(1, static_cast<int>(std::ceil(b.width_mm() / cell_mm)));
  r.rows = std::max(1, static_cast<int>(std::ceil(b.height_mm() / cell_mm)));
  const std::size_t n = static_cast<std::size_t>(r.cols) * static_cast<std::size_t>(r.rows);
  r.zone.resize(n);
  r.loss.resize(n);
  for (int y = 0; y < r.rows; ++y)
    for (int x = 0; x < r.cols; ++x) {
      const Vec2 c = r.origin_mm + Vec2((x + 0.5) * cell_mm, (y + 0.5) * cell_mm);
      const std::size_t i = static_cast<std::size_t>(y) * static_cast<std::size_t>(r.cols) +
                            static_cast<std::size_t>(x);
      r.zone[i] = static_cast<std::uint8_t>(zone_at(scalp.chart, c));
      r.loss[i] = static_cast<float>(hair_loss_fraction(scalp, c));
    }
  return r;
}

RegionMask treatable_mask(const ZoneRaster& raster, Zone z, double min_loss, double min_share) {
  RegionMask m;
  m.origin_mm = raster.origin_mm;
  m.cell_mm = raster.cell_mm;
  m.cols = raster.cols;
  m.rows = raster.rows;
  m.inside.assign(raster.zone.size(), 0);
  const auto zid = static_cast<std::uint8_t>(z);
  std::size_t in_zone = 0, lost = 0;
  for (std::size_t i = 0; i < raster.zone.size(); ++i) {
    if (raster.zone[i] != zid) continue;
    ++in_zone;
    if (raster.loss[i] >= min_loss) {
      m.inside[i] = 1;
      ++lost;
    }
  }
  if (in_zone > 0 && static_cast<double>(lost) < min_share * static_cast<double>(in_zone))
    for (std::size_t i = 0; i < raster.zone.size(); ++i) m.inside[i] = raster.zone[i] == zid;
  return m;
}

int clock_hour(Vec2 centre, Vec2 p) {
  // Clockwise from the face (-y) toward the client's right (+x).
  const double a = std::atan2(p.x - centre.x, -(p.y - centre.y));
  int h = static_cast<int>(std::lround(a / (std::numbers::pi / 6.0)));
  h = ((h % 12) + 12) % 12;
  return h == 0 ? 12 : h;
}

}  // namespace smp::core
