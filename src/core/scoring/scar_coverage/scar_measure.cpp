// What one scar is judged on (notes R19): the visible density inside it against a ring of
// skin around it, patch by patch along the scar, and the step at its border. Part of
// scar_coverage; the overworking measures are in scar_overwork.cpp.
#include <algorithm>
#include <cmath>

#include "core/base/assert.hpp"
#include "core/scalp/zones.hpp"
#include "core/scoring/scar_coverage/scar_internal.hpp"

namespace smp::core::scar_detail {

RingWidths ring_widths(const Scar& s, const ScarParams& p) {
  const bool fue = s.kind == ScarKind::FuePunctures;
  return {fue ? p.fue_ring_inner_mm : p.ring_inner_mm, fue ? p.fue_ring_outer_mm : p.ring_outer_mm};
}

ScarCells classify_scar_cells(const Scalp& scalp, std::size_t scar_index, const ScarRaster& R,
                              RingWidths ring, double border_band_mm) {
  SMP_ASSERT(scar_index < scalp.scars.size());
  SMP_ASSERT(R.scar.size() == static_cast<std::size_t>(R.cols) * R.rows);
  const Scar& scar = scalp.scars[scar_index];
  const bool fue = scar.kind == ScarKind::FuePunctures;
  ScarCells cells;
  cells.in_ring.assign(R.scar.size(), 0);
  for (int r = 0; r < R.rows; ++r)
    for (int q = 0; q < R.cols; ++q) {
      const std::size_t i = static_cast<std::size_t>(r) * R.cols + q;
      if (R.scar[i]) {
        ++cells.scar;
        continue;
      }
      const float dd = R.dist_mm[i];
      if (dd <= border_band_mm) ++cells.band;
      if (dd >= ring.inner_mm && dd <= ring.outer_mm) {
        const Vec2 c = R.centre_of(q, r);
        bool other = false;
        for (std::size_t sj = 0; sj < scalp.scars.size(); ++sj)
          if (sj != scar_index && scalp.scars[sj].kind != ScarKind::FuePunctures &&
              on_scar(scalp.scars[sj], c))
            other = true;
        // An FUE field's surroundings are the skin between its punctures, inside the field.
        if (fue && !scar.bounds_mm.contains(c)) other = true;
        if (!other && on_head(scalp.chart, c)) cells.in_ring[i] = 1, ++cells.ring;
      }
    }
  return cells;
}

ScarDotCounts count_scar_dots(std::span<const HealedDot> healed, const ScarRaster& R,
                              const ScarCells& cells, double border_band_mm) {
  SMP_ASSERT(cells.in_ring.size() == R.scar.size());
  ScarDotCounts n;
  n.inside_per_cell.assign(R.scar.size(), 0);
  for (const HealedDot& h : healed) {
    if (!h.kept) continue;
    const std::ptrdiff_t i = R.cell_of(h.pos_mm);
    if (i < 0) continue;
    const auto u = static_cast<std::size_t>(i);
    if (R.scar[u]) {
      ++n.inside_per_cell[u];
      ++n.inside;
    } else {
      if (R.dist_mm[u] <= border_band_mm) ++n.band;
      if (cells.in_ring[u]) ++n.ring;
    }
  }
  return n;
}

ScarDensities scar_densities(const Scalp& scalp, const Level& level, const Scar& s,
                             const ScarCells& cells, const ScarDotCounts& dots, double cell_mm) {
  const double cell_area_mm2 = cell_mm * cell_mm;
  const double scar_area = cells.scar * cell_area_mm2;
  ScarDensities d;
  d.reference_per_cm2 = cells.ring > 0 ? dots.ring / (cells.ring * cell_area_mm2) * 100.0 : 0.0;
  if (d.reference_per_cm2 < 1.0) {
    // Nothing dotted around it: match the level's target for the zone the scar lies in.
    const Zone z = zone_at(scalp.chart, 0.5 * (s.bounds_mm.min_mm + s.bounds_mm.max_mm));
    const auto it = level.task.target_density_per_cm2.find(z);
    d.reference_per_cm2 = it != level.task.target_density_per_cm2.end() ? it->second : 80.0;
    d.reference_from_target = true;
  }
  d.inside_per_cm2 = dots.inside / scar_area * 100.0;
  d.border_per_cm2 = cells.band > 0 ? dots.band / (cells.band * cell_area_mm2) * 100.0 : 0.0;
  return d;
}

Camouflage measure_camouflage(const Scar& s, const ScarRaster& R,
                              std::span<const std::uint32_t> inside_per_cell, double scar_cells,
                              double reference_per_cm2, const ScarParams& p) {
  SMP_ASSERT(inside_per_cell.size() == R.scar.size());
  const double cell_area_mm2 = p.raster_cell_mm * p.raster_cell_mm;
  // Patches of scar big enough for the counting noise to stay under the tolerance: scar cells
  // in order along the scar's long axis, grouped until each holds ~patch_min_expected_dots.
  const bool along_x = s.bounds_mm.width_mm() >= s.bounds_mm.height_mm();
  std::vector<std::size_t> cells;
  for (int a = 0; a < (along_x ? R.cols : R.rows); ++a)
    for (int b = 0; b < (along_x ? R.rows : R.cols); ++b) {
      const int q = along_x ? a : b, r = along_x ? b : a;
      const std::size_t i = static_cast<std::size_t>(r) * R.cols + q;
      if (R.scar[i]) cells.push_back(i);
    }
  const double lambda_per_mm2 = reference_per_cm2 / 100.0;
  const double patch_cells =
      std::max(p.patch_min_expected_dots / std::max(lambda_per_mm2, 1e-3) / cell_area_mm2,
               p.patch_min_length_mm / p.raster_cell_mm);
  // A patch under one cell would never end: the parameters must give at least one.
  SMP_ASSERT(patch_cells >= 1.0);
  Camouflage out;
  double ok_cells = 0;
  int spots_left = kMaxPatchSpots;
  for (std::size_t start = 0; start < cells.size();) {
    std::size_t end = std::min(cells.size(), start + static_cast<std::size_t>(patch_cells));
    if (cells.size() - end < static_cast<std::size_t>(patch_cells / 2)) end = cells.size();
    double cnt = 0;
    for (std::size_t k = start; k < end; ++k) cnt += inside_per_cell[cells[k]];
    const double area = static_cast<double>(end - start) * cell_area_mm2;
    const double expected = lambda_per_mm2 * area;
    const double tol = std::max(p.match_tolerance, 1.0 / std::sqrt(std::max(expected, 1.0)));
    const double rel = expected > 0 ? (cnt - expected) / expected : 0.0;
    // Full credit within the tolerance, fading to none at twice it: a patch just over the
    // line costs a little, not everything (scores must not jump under tiny changes).
    const double credit = std::clamp(1.0 - (std::abs(rel) - tol) / tol, 0.0, 1.0);
    ok_cells += credit * static_cast<double>(end - start);
    if (credit < 0.5 && spots_left-- > 0) {
      const std::size_t mid = cells[(start + end) / 2];
      const Vec2 c = R.centre_of(static_cast<int>(mid % R.cols), static_cast<int>(mid / R.cols));
      out.spots.push_back({c, rel < 0});
    }
    start = end;
  }
  out.share = ok_cells / scar_cells;
  return out;
}

ScarMeasures measure_scar(const ScoringContext& ctx, std::size_t scar_index, bool judge_sessions) {
  const ScarParams& p = ctx.params.scar;
  const Scar& scar = ctx.scalp.scars[scar_index];
  const RingWidths ring = ring_widths(scar, p);
  const ScarRaster R = rasterize_scar(scar, p.raster_cell_mm, ring.outer_mm + 1.0);
  const ScarCells cells = classify_scar_cells(ctx.scalp, scar_index, R, ring, p.border_band_mm);
  ScarMeasures m;
  if (cells.scar == 0) return m;
  m.area_mm2 = cells.scar * (p.raster_cell_mm * p.raster_cell_mm);
  const ScarDotCounts dots = count_scar_dots(ctx.healed, R, cells, p.border_band_mm);
  m.density = scar_densities(ctx.scalp, ctx.level, scar, cells, dots, p.raster_cell_mm);
  m.camouflage =
      measure_camouflage(scar, R, dots.inside_per_cell, cells.scar, m.density.reference_per_cm2, p);
  // Border blending: the band just outside against the inside, relative to the reference.
  m.border_step =
      std::abs(m.density.inside_per_cm2 - m.density.border_per_cm2) / m.density.reference_per_cm2;
  m.overwork = measure_overwork(ctx.attempt.dots, R, m.area_mm2, m.density.reference_per_cm2,
                                judge_sessions, p);
  return m;
}

}  // namespace smp::core::scar_detail
