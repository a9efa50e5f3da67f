// A scar on a fine raster with a distance transform around it: the cells scar_coverage counts
// dots in (scar, border band, ring). Part of scar_coverage.
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/base/assert.hpp"
#include "core/scalp/scar.hpp"
#include "core/scoring/scar_coverage/scar_internal.hpp"

namespace smp::core::scar_detail {
namespace {

void paint_scar(const Scar& s, ScarRaster& R) {
  if (s.kind == ScarKind::FuePunctures) {
    // Paint each puncture (on_scar would loop over all of them for every cell).
    for (std::size_t i = 0; i < s.punctures_mm.size(); ++i) {
      const double rad =
          0.5 * (i < s.puncture_diameters_mm.size() ? s.puncture_diameters_mm[i] : 0.8);
      const Vec2 c = s.punctures_mm[i];
      const int c0 = R.col_of(c.x - rad);
      const int r0 = R.row_of(c.y - rad);
      const int c1 = R.col_of(c.x + rad);
      const int r1 = R.row_of(c.y + rad);
      for (int r = std::max(0, r0); r <= std::min(R.rows - 1, r1); ++r)
        for (int q = std::max(0, c0); q <= std::min(R.cols - 1, c1); ++q)
          if (distance_mm(R.centre_of(q, r), c) <= rad) R.scar[R.index(q, r)] = 1;
    }
  } else {
    for (int r = 0; r < R.rows; ++r)
      for (int q = 0; q < R.cols; ++q)
        if (on_scar(s, R.centre_of(q, r))) R.scar[R.index(q, r)] = 1;
  }
}

// Two-pass chamfer transform (axial steps one cell, diagonal ones sqrt 2 cells).
void distance_transform(ScarRaster& R) {
  const float inf = std::numeric_limits<float>::infinity();
  R.dist_mm.assign(R.scar.size(), inf);
  for (std::size_t i = 0; i < R.scar.size(); ++i)
    if (R.scar[i]) R.dist_mm[i] = 0.0f;
  const float a = static_cast<float>(R.cell_mm), d = static_cast<float>(R.cell_mm * std::sqrt(2.0));
  auto at = [&](int q, int r) -> float& {
    return R.dist_mm[static_cast<std::size_t>(r) * R.cols + q];
  };
  for (int r = 0; r < R.rows; ++r)
    for (int q = 0; q < R.cols; ++q) {
      float& v = at(q, r);
      if (q > 0) v = std::min(v, at(q - 1, r) + a);
      if (r > 0) v = std::min(v, at(q, r - 1) + a);
      if (q > 0 && r > 0) v = std::min(v, at(q - 1, r - 1) + d);
      if (q + 1 < R.cols && r > 0) v = std::min(v, at(q + 1, r - 1) + d);
    }
  for (int r = R.rows - 1; r >= 0; --r)
    for (int q = R.cols - 1; q >= 0; --q) {
      float& v = at(q, r);
      if (q + 1 < R.cols) v = std::min(v, at(q + 1, r) + a);
      if (r + 1 < R.rows) v = std::min(v, at(q, r + 1) + a);
      if (q + 1 < R.cols && r + 1 < R.rows) v = std::min(v, at(q + 1, r + 1) + d);
      if (q > 0 && r + 1 < R.rows) v = std::min(v, at(q - 1, r + 1) + d);
    }
}

}  // namespace

ScarRaster rasterize_scar(const Scar& s, double cell_mm, double margin_mm) {
  SMP_ASSERT(cell_mm > 0.0 && margin_mm >= 0.0);
  ScarRaster R;
  R.cell_mm = cell_mm;
  R.origin_mm = s.bounds_mm.min_mm - Vec2(margin_mm);
  R.cols = static_cast<int>(std::ceil((s.bounds_mm.width_mm() + 2 * margin_mm) / cell_mm));
  R.rows = static_cast<int>(std::ceil((s.bounds_mm.height_mm() + 2 * margin_mm) / cell_mm));
  SMP_ASSERT(R.cols >= 0 && R.rows >= 0);
  R.scar.assign(static_cast<std::size_t>(R.cols) * static_cast<std::size_t>(R.rows), 0);
  paint_scar(s, R);
  distance_transform(R);
  SMP_ASSERT(R.dist_mm.size() == R.scar.size());
  return R;
}

}  // namespace smp::core::scar_detail
