// measure_zone(): one zone's statistics (density, the session plan, spacing, quadrats, merged
// dots, rows, the healed look's windows and lines, holes) from its dots and the shared passes;
// no scores and no words here.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <utility>

#include "core/base/assert.hpp"
#include "core/base/rng.hpp"
#include "core/scoring/density_uniformity/density_uniformity.hpp"
#include "core/scoring/density_uniformity/density_zone_internal.hpp"
#include "core/spatial/spatial_index.hpp"
#include "core/stats/clark_evans.hpp"
#include "core/stats/empty_space.hpp"
#include "core/stats/orientational_order.hpp"
#include "core/stats/quadrats.hpp"
#include "core/stats/summary.hpp"

namespace smp::core::uniformity_detail {
namespace {

// The zone's points and same-zone nearest distances into the scratch buffers, and its dots per
// session (index 0 unused).
std::vector<int> gather_zone_dots(const SharedInput& in, std::span<const std::uint32_t> ks,
                                  ScratchBuffers& scratch) {
  scratch.pts.clear();
  scratch.nn.clear();
  scratch.ink.clear();
  scratch.pts.reserve(ks.size());
  scratch.nn.reserve(ks.size());
  scratch.ink.reserve(ks.size());
  std::vector<int> session_count(static_cast<std::size_t>(in.sessions_total) + 1, 0);
  for (std::uint32_t k : ks) {
    scratch.pts.push_back(in.all.canonical_point(k));
    scratch.nn.push_back(in.nn_zone[k]);
    scratch.ink.push_back(in.ink_of_k[k]);
    ++session_count[static_cast<std::size_t>(in.session_of_k[k])];
  }
  return session_count;
}

// The cumulative density after each earlier session, against the plan (notes R5).
std::vector<SessionDensity> measure_sessions(const SharedInput& in, const ZoneMeasures& m,
                                             std::span<const int> session_count) {
  std::vector<SessionDensity> out;
  if (in.sessions_total < 2) return out;
  const UniformityParams& p = in.ctx.params.uniformity;
  int cum = 0;
  for (int s = 1; s < in.sessions_total; ++s) {
    cum += session_count[static_cast<std::size_t>(s)];
    out.push_back({s, cum / m.area_mm2 * 100.0,
                   m.target_density_per_cm2 * planned_density_share(s, in.sessions_total, p)});
  }
  return out;
}

// Square quadrats of ~quadrat_expected_dots, laid from an offset drawn per attempt and zone.
QuadratStats measure_quadrats(const SharedInput& in, const ZoneInput& zone_in,
                              std::span<const Vec2> pts, double lambda_per_mm2) {
  const UniformityParams& p = in.ctx.params.uniformity;
  const double side = std::sqrt(p.quadrat_expected_dots / lambda_per_mm2);
  Rng rng = Rng(in.ctx.attempt.seed).fork(0x0ad0 + static_cast<std::uint64_t>(zone_in.zone));
  const double ox = rng.uniform(0.0, side), oy = rng.uniform(0.0, side);
  return quadrat_stats(pts, zone_in.mask, side, Vec2(ox, oy));
}

// Tiles hold ~order_tile_dots of the points actually used (subsampled beyond the cap).
OrientationalOrder measure_rows(const SharedInput& in, const ZoneInput& zone_in,
                                double lambda_per_mm2) {
  const UniformityParams& p = in.ctx.params.uniformity;
  const double n_d = static_cast<double>(zone_in.ks.size());
  const double used = std::min(1.0, p.order_max_points / n_d);
  return orientational_order(in.all, zone_in.ks, zone_in.mask.bounds_mm().min_mm,
                             std::sqrt(p.order_tile_dots / (lambda_per_mm2 * used)),
                             static_cast<int>(p.order_min_tile_points),
                             static_cast<std::size_t>(p.order_max_points));
}

// The spacing the plan asks for by now; the zone's own when nothing is expected.
double planned_spacing_mm(const ZoneMeasures& m) {
  const double expected = m.expected_density_per_cm2;
  return d_hex_mm((expected > 0.0 ? expected : std::max(m.density_per_cm2, 1.0)) / 100.0);
}

SpacingStats measure_spacing(const SharedInput& in, ZoneInput& zone_in, const ZoneMeasures& m,
                             const ScratchBuffers& scratch) {
  const UniformityParams& p = in.ctx.params.uniformity;
  const std::vector<double>& nn = scratch.nn;
  const double n_d = static_cast<double>(nn.size());
  const double area = zone_in.area_mm2;
  SpacingStats s;
  s.clark_evans = clark_evans(nn, area, zone_in.mask.perimeter_mm());
  s.nn_cv = coefficient_of_variation(nn);
  const double lambda = n_d / area;
  s.quadrats = measure_quadrats(in, zone_in, scratch.pts, lambda);
  s.d_hex_mm = d_hex_mm(lambda);
  s.planned_spacing_mm = planned_spacing_mm(m);
  s.too_close_mm = p.min_spacing_fraction * s.planned_spacing_mm;
  std::size_t close = 0;
  for (double d : nn) close += d < s.too_close_mm;
  s.too_close_share = static_cast<double>(close) / n_d;
  s.min_nn_mm = quantile(nn, 0.0);
  s.nn_p05_mm = quantile(nn, 0.05);
  s.merged_where_mm = std::move(zone_in.merged_where);
  s.merged_share = std::min(1.0, 2.0 * static_cast<double>(s.merged_where_mm.size()) / n_d);
  s.order = measure_rows(in, zone_in, lambda);
  return s;
}

// The healed look: windows of the zone's ink, and lines and grids per tile. The grid sizes are
// parameters a level may override: kept whole and in range here, never asserted on.
SeenStats measure_seen(const SharedInput& in, const ZoneInput& zone_in,
                       const ScratchBuffers& scratch, double planned_spacing) {
  const UniformityParams& p = in.ctx.params.uniformity;
  SeenStats s;
  const int subdivide = static_cast<int>(std::clamp(std::round(p.seen_subdivide), 1.0, 16.0));
  // Against the expert's plan: its ramps are no patches, the skin it leaves bare (in front of a
  // planned hairline) no holes.
  const DarknessField f =
      darkness_field(scratch.pts, scratch.ink, zone_in.mask, subdivide, in.planned_per_cm2);
  // Small windows only wholly inside: a hand's fill runs softly over the edge of the plan, which
  // nobody sees, and a window over it would read thin.
  s.thin = window_extremes(f, p.thin_window_spacings * planned_spacing, p.thin_below, 1e300, 1.0);
  s.mottle = window_extremes(f, p.mottle_window_spacings * planned_spacing, 1.0 - p.mottle_off,
                             1.0 + p.mottle_off, 1.0);
  s.patch_5 = window_extremes(f, std::max(5.0, 4.2 * planned_spacing), 1.0 - p.patch_5_off,
                              1.0 + p.patch_5_off, 1.0);
  s.patch_10 = window_extremes(f, 10.0, 1.0 - p.patch_10_off, 1.0 + p.patch_10_off);
  s.patch_20 = window_extremes(f, 20.0, 1.0 - p.patch_20_off, 1.0 + p.patch_20_off);
  int tile = 4;
  while (tile < 256 && tile * 2 <= p.lines_tile_cells) tile *= 2;
  s.structure = oriented_structure(
      f, tile, p.lines_min_period_spacings * planned_spacing, p.lines_max_period_mm,
      static_cast<std::size_t>(std::clamp(p.lines_max_tiles, 1.0, 1e6)));
  double area = 0.0, lined = 0.0;
  for (std::size_t i = 0; i < s.structure.tiles.size(); ++i) {
    const StructureTile& t = s.structure.tiles[i];
    area += t.inside_share;
    if (t.modulation >= p.lines_modulation_visible && t.ring_ratio >= p.lines_ring_ratio_visible) {
      lined += t.inside_share;
      s.line_tiles.push_back(i);
    }
  }
  s.lines_share = area > 0.0 ? lined / area : 0.0;
  return s;
}

// Holes against the spacing the plan asks for at this stage (notes R10).
HoleStats measure_holes(const SharedInput& in, const ZoneInput& zone_in, const ZoneMeasures& m) {
  const UniformityParams& p = in.ctx.params.uniformity;
  HoleStats h;
  h.spacing_mm = planned_spacing_mm(m);
  h.threshold_mm = p.hole_factor * h.spacing_mm;
  h.holes = find_holes(in.field, in.all, zone_in.mask, h.threshold_mm);
  for (const Hole& hole : h.holes) {
    h.excess += (hole.diameter_mm / h.threshold_mm) * (hole.diameter_mm / h.threshold_mm) - 1.0;
    h.largest_mm = std::max(h.largest_mm, hole.diameter_mm);
  }
  return h;
}

// The share of the zone within reach of a dot, and its largest uncovered areas.
CoverageStats measure_coverage(const SharedInput& in, const ZoneInput& zone_in,
                               const ZoneMeasures& m) {
  const UniformityParams& p = in.ctx.params.uniformity;
  CoverageStats c;
  c.reach_mm = p.coverage_reach_spacings * planned_spacing_mm(m);
  c.coverage = coverage(in.field, zone_in.mask, c.reach_mm, 3);
  return c;
}

}  // namespace

ZoneMeasures measure_zone(const SharedInput& in, ZoneInput& zone_in, ScratchBuffers& scratch) {
  const UniformityParams& p = in.ctx.params.uniformity;
  SMP_ASSERT(in.nn_zone.size() == in.all.size());
  SMP_ASSERT(in.session_of_k.size() == in.all.size());
  SMP_ASSERT(zone_in.ks.empty() || zone_in.ks.back() < in.all.size());  // ks ascend
  SMP_ASSERT(zone_in.area_mm2 > 0.0);
  const std::vector<int> session_count = gather_zone_dots(in, zone_in.ks, scratch);
  ZoneMeasures m;
  m.zone = zone_in.zone;
  m.centre_mm = zone_in.mask.centroid_mm();
  m.area_mm2 = zone_in.area_mm2;
  m.dots = scratch.pts.size();
  m.density_per_cm2 = static_cast<double>(m.dots) / m.area_mm2 * 100.0;
  m.target_density_per_cm2 = zone_in.target_density_per_cm2;
  m.expected_density_per_cm2 = m.target_density_per_cm2 * in.plan_share;
  m.sessions = measure_sessions(in, m, session_count);
  if (static_cast<double>(m.dots) >= p.min_zone_dots) {
    m.spacing = measure_spacing(in, zone_in, m, scratch);
    m.seen = measure_seen(in, zone_in, scratch, m.spacing->planned_spacing_mm);
  }
  m.holes = measure_holes(in, zone_in, m);
  m.coverage = measure_coverage(in, zone_in, m);
  return m;
}

}  // namespace smp::core::uniformity_detail
