#include "core/scalp/zone_raster.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>

namespace smp::core {
namespace {

// Where a horizontal line y crosses a polygon's edges, by point_in_polygon's own expression,
// sorted: p on that line is inside iff an odd number of them lie strictly right of p.x. One row
// pass replaces a polygon walk per cell (the raster's dominant cost) with the same answers.
std::vector<double> row_crossings(const Polyline& polygon, double y) {
  std::vector<double> xs;
  const std::size_t n = polygon.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const Vec2 a = polygon[i];
    const Vec2 b = polygon[j];
    if ((a.y > y) != (b.y > y)) xs.push_back((b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x);
  }
  std::sort(xs.begin(), xs.end());
  return xs;
}

bool inside_row(const std::vector<double>& xs, double x) {
  const auto right = xs.end() - std::upper_bound(xs.begin(), xs.end(), x);
  return (right % 2) != 0;
}

// zone_at with the two polygon tests answered from cached row crossings.
class RowZoner {
 public:
  explicit RowZoner(const Chart& chart) : chart_(chart) {}
  Zone operator()(Vec2 p) {
    if (!chart_.bounds_mm.contains(p)) return Zone::OffHead;
    auto it = rows_.find(p.y);
    if (it == rows_.end())
      it = rows_
               .emplace(p.y, Row{row_crossings(chart_.head_outline_mm, p.y),
                                 row_crossings(chart_.natural_hair_boundary_mm, p.y)})
               .first;
    const bool head = inside_row(it->second.head, p.x);
    if (!head) return Zone::OffHead;
    return zone_at_classified(chart_, p, true, inside_row(it->second.hair, p.x), params_);
  }

 private:
  struct Row {
    std::vector<double> head, hair;
  };
  const Chart& chart_;
  ZoneParams params_;
  std::unordered_map<double, Row> rows_;
};

}  // namespace

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
  const auto idx = [&](int x, int y) { return r.index(x, y); };
  RowZoner zone_at_p(scalp.chart);
  const auto centre = [&](int x, int y) { return r.centre_of(x, y); };
  // zone_at is costly (polygon tests), so it is asked on a lattice every kBlock cells (shared
  // by neighbouring blocks) and at each block's centre; a block whose four lattice corners and
  // centre agree is filled, a mixed one is sampled cell by cell. Zones are wider than a block
  // (the narrowest, the hairline band, is 10 mm; a block is 8 mm).
  constexpr int kBlock = 4;
  const int lc = (r.cols + kBlock - 1) / kBlock + 1;
  const int lr = (r.rows + kBlock - 1) / kBlock + 1;
  std::vector<Zone> lattice(static_cast<std::size_t>(lc) * static_cast<std::size_t>(lr));
  for (int j = 0; j < lr; ++j)
    for (int i = 0; i < lc; ++i)
      lattice[static_cast<std::size_t>(j) * static_cast<std::size_t>(lc) +
              static_cast<std::size_t>(i)] = zone_at_p(centre(i * kBlock, j * kBlock));
  const auto lat = [&](int i, int j) {
    return lattice[static_cast<std::size_t>(j) * static_cast<std::size_t>(lc) +
                   static_cast<std::size_t>(i)];
  };
  for (int j = 0; j + 1 < lr; ++j)
    for (int i = 0; i + 1 < lc; ++i) {
      const int bx = i * kBlock, by = j * kBlock;
      if (bx >= r.cols || by >= r.rows) continue;
      const int x1 = std::min(bx + kBlock, r.cols) - 1;
      const int y1 = std::min(by + kBlock, r.rows) - 1;
      const Zone z0 = lat(i, j);
      const bool uniform = lat(i + 1, j) == z0 && lat(i, j + 1) == z0 && lat(i + 1, j + 1) == z0 &&
                           zone_at_p(centre(bx, by) + Vec2(0.5 * kBlock * cell_mm)) == z0;
      for (int y = by; y <= y1; ++y)
        for (int x = bx; x <= x1; ++x)
          r.zone[idx(x, y)] = static_cast<std::uint8_t>(
              uniform ? z0 : (x == bx && y == by ? z0 : zone_at_p(centre(x, y))));
    }
  // Off the head nothing is scored, so the loss is not sampled there.
  for (int y = 0; y < r.rows; ++y)
    for (int x = 0; x < r.cols; ++x)
      r.loss[idx(x, y)] = r.zone[idx(x, y)] == static_cast<std::uint8_t>(Zone::OffHead)
                              ? 0.0f
                              : static_cast<float>(hair_loss_fraction(scalp, centre(x, y)));
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
  int c0 = raster.cols, c1 = -1, r0 = raster.rows, r1 = -1;  // of the zone's cells
  for (int r = 0; r < raster.rows; ++r)
    for (int c = 0; c < raster.cols; ++c) {
      const std::size_t i = static_cast<std::size_t>(r) * static_cast<std::size_t>(raster.cols) +
                            static_cast<std::size_t>(c);
      if (raster.zone[i] != zid) continue;
      ++in_zone;
      c0 = std::min(c0, c), c1 = std::max(c1, c), r0 = std::min(r0, r), r1 = r;
      if (raster.loss[i] >= min_loss) {
        m.inside[i] = 1;
        ++lost;
      }
    }
  if (in_zone > 0 && static_cast<double>(lost) < min_share * static_cast<double>(in_zone))
    for (std::size_t i = 0; i < raster.zone.size(); ++i) m.inside[i] = raster.zone[i] == zid;
  // Every inside cell is a cell of the zone: later scans need only the zone's bounding cells.
  m.span_c0 = c0, m.span_c1 = c1, m.span_r0 = r0, m.span_r1 = r1;
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
