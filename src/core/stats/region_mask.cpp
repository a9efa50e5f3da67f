// RegionMask: a zone's treatable cells on the zone raster, and the geometry the statistics read
// off it (area, perimeter for the edge corrections, bounds, centroid, interior test).
#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

#include "core/base/assert.hpp"
#include "core/stats/region_mask.hpp"

namespace smp::core {
namespace {

// The span hint's promise: no inside cell outside it (checked in assert builds only).
bool span_holds_every_inside_cell(const RegionMask& m) {
  for (int r = 0; r < m.rows; ++r)
    for (int c = 0; c < m.cols; ++c)
      if (m.inside[m.index(c, r)] &&
          (c < m.span_c0 || c > m.span_c1 || r < m.span_r0 || r > m.span_r1))
        return false;
  return true;
}

}  // namespace

RegionMask RegionMask::rect(const RectMm& r, double cell_mm) {
  SMP_ASSERT(cell_mm > 0.0 && r.width_mm() > 0.0 && r.height_mm() > 0.0);
  RegionMask m;
  m.origin_mm = r.min_mm;
  m.cols = std::max(1, static_cast<int>(std::lround(r.width_mm() / cell_mm)));
  m.rows = std::max(1, static_cast<int>(std::lround(r.height_mm() / cell_mm)));
  // Square cells that tile the rectangle: use the larger of the two pitches, then recount.
  m.cell_mm = std::max(r.width_mm() / m.cols, r.height_mm() / m.rows);
  m.cols = std::max(1, static_cast<int>(std::ceil(r.width_mm() / m.cell_mm - 1e-9)));
  m.rows = std::max(1, static_cast<int>(std::ceil(r.height_mm() / m.cell_mm - 1e-9)));
  m.inside.assign(static_cast<std::size_t>(m.cols) * static_cast<std::size_t>(m.rows), 1);
  m.exact_perimeter_mm = 2.0 * (r.width_mm() + r.height_mm());
  m.exact_area_mm2 = r.width_mm() * r.height_mm();
  return m;
}

bool RegionMask::contains_interior(Vec2 p) const {
  const std::ptrdiff_t i = cell_of(p);
  if (i < 0) return false;
  const int c = static_cast<int>(i % cols);
  const int r = static_cast<int>(i / cols);
  if (exact_perimeter_mm) return cell_inside(c, r);  // a rectangle has no raster edge
  return cell_inside(c, r) && cell_inside(c - 1, r) && cell_inside(c + 1, r) &&
         cell_inside(c, r - 1) && cell_inside(c, r + 1);
}

void RegionMask::scan_range(int& c0, int& c1, int& r0, int& r1) const {
  SMP_ASSERT(inside.size() == cell_count());
  if (span_c1 < span_c0 || span_r1 < span_r0) {
    c0 = 0, c1 = cols - 1, r0 = 0, r1 = rows - 1;
    return;
  }
  SMP_ASSERT(span_c0 >= 0 && span_c1 < cols && span_r0 >= 0 && span_r1 < rows);
  SMP_ASSERT(span_holds_every_inside_cell(*this));
  c0 = std::max(span_c0, 0), c1 = std::min(span_c1, cols - 1);
  r0 = std::max(span_r0, 0), r1 = std::min(span_r1, rows - 1);
}

std::size_t RegionMask::inside_cell_count() const {
  int c0, c1, r0, r1;
  scan_range(c0, c1, r0, r1);
  std::size_t n = 0;
  for (int r = r0; r <= r1; ++r) {
    const auto row = inside.begin() + static_cast<std::ptrdiff_t>(r) * cols;
    n += static_cast<std::size_t>(std::count(row + c0, row + c1 + 1, std::uint8_t{1}));
  }
  return n;
}

double RegionMask::area_mm2() const {
  if (exact_area_mm2) return *exact_area_mm2;
  return static_cast<double>(inside_cell_count()) * cell_mm * cell_mm;
}

double RegionMask::perimeter_mm() const {
  if (exact_perimeter_mm) return *exact_perimeter_mm;
  // Cauchy-Crofton: P = (1/2) * integral over directions of the crossings per unit line spacing.
  // Four directions, pi/4 apart: axis lines spaced cell_mm, diagonal lines cell_mm / sqrt(2).
  double axis = 0.0;
  double diag = 0.0;
  // Only around the inside cells (a zone is a small part of the chart's raster).
  int s0, s1, t0, t1;
  scan_range(s0, s1, t0, t1);
  int c0 = cols, c1 = -1, r0 = rows, r1 = -1;
  for (int r = t0; r <= t1; ++r)
    for (int c = s0; c <= s1; ++c)
      if (inside[static_cast<std::size_t>(r) * static_cast<std::size_t>(cols) +
                 static_cast<std::size_t>(c)]) {
        c0 = std::min(c0, c);
        c1 = std::max(c1, c);
        r0 = std::min(r0, r);
        r1 = std::max(r1, r);
      }
  for (int r = r0 - 1; r <= r1; ++r)
    for (int c = c0 - 1; c <= c1; ++c) {
      const bool a = cell_inside(c, r);
      if (a != cell_inside(c + 1, r)) axis += 1.0;
      if (a != cell_inside(c, r + 1)) axis += 1.0;
      if (a != cell_inside(c + 1, r + 1)) diag += 1.0;
      if (cell_inside(c + 1, r) != cell_inside(c, r + 1)) diag += 1.0;
    }
  return std::numbers::pi / 8.0 * cell_mm * (axis + diag / std::numbers::sqrt2);
}

RectMm RegionMask::bounds_mm() const {
  int s0, s1, t0, t1;
  scan_range(s0, s1, t0, t1);
  int c0 = cols, c1 = -1, r0 = rows, r1 = -1;
  for (int r = t0; r <= t1; ++r) {
    const auto row = inside.begin() + static_cast<std::ptrdiff_t>(r) * cols;
    const auto first = std::find(row + s0, row + s1 + 1, std::uint8_t{1});
    if (first == row + s1 + 1) continue;
    const auto last = std::find(std::make_reverse_iterator(row + s1 + 1),
                                std::make_reverse_iterator(first), std::uint8_t{1});
    c0 = std::min(c0, static_cast<int>(first - row));
    c1 = std::max(c1, static_cast<int>(last.base() - row) - 1);
    r0 = std::min(r0, r);
    r1 = r;
  }
  if (c1 < 0) return RectMm{origin_mm, origin_mm};
  return RectMm{origin_mm + Vec2(c0 * cell_mm, r0 * cell_mm),
                origin_mm + Vec2((c1 + 1) * cell_mm, (r1 + 1) * cell_mm)};
}

Vec2 RegionMask::centroid_mm() const {
  int c0, c1, r0, r1;
  scan_range(c0, c1, r0, r1);
  Vec2 sum{0.0, 0.0};
  double n = 0.0;
  for (int r = r0; r <= r1; ++r)
    for (int c = c0; c <= c1; ++c)
      if (cell_inside(c, r)) {
        sum += centre_of(c, r);
        n += 1.0;
      }
  return n > 0.0 ? sum / n : origin_mm;
}

}  // namespace smp::core
