#include "core/scoring/scar_coverage/scar_coverage.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>
#include <unordered_map>

#include "core/base/chart_grid.hpp"
#include "core/base/text_format.hpp"
#include "core/scalp/zones.hpp"
#include "core/scoring/score.hpp"
#include "core/scoring/score_curves.hpp"

namespace smp::core {
namespace {

const char* scar_name(ScarKind k) {
  switch (k) {
    case ScarKind::FutStrip:
      return "strip (FUT) scar";
    case ScarKind::FuePunctures:
      return "FUE scar field";
    case ScarKind::SurgicalLine:
      return "surgical scar";
    case ScarKind::IrregularArea:
      return "scar";
  }
  return "scar";
}

// A scar and the skin around it on a fine raster: which cells are scar, and each other cell's
// distance (mm) to the nearest scar cell, by a two-pass chamfer transform.
struct ScarRaster : ChartGrid {
  std::vector<std::uint8_t> scar;
  std::vector<float> dist_mm;
};

ScarRaster rasterize(const Scar& s, double cell_mm, double margin_mm) {
  ScarRaster R;
  R.cell_mm = cell_mm;
  R.origin_mm = s.bounds_mm.min_mm - Vec2(margin_mm);
  R.cols = static_cast<int>(std::ceil((s.bounds_mm.width_mm() + 2 * margin_mm) / cell_mm));
  R.rows = static_cast<int>(std::ceil((s.bounds_mm.height_mm() + 2 * margin_mm) / cell_mm));
  const std::size_t total = static_cast<std::size_t>(R.cols) * static_cast<std::size_t>(R.rows);
  R.scar.assign(total, 0);
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
  const float inf = std::numeric_limits<float>::infinity();
  R.dist_mm.assign(total, inf);
  for (std::size_t i = 0; i < total; ++i)
    if (R.scar[i]) R.dist_mm[i] = 0.0f;
  const float a = static_cast<float>(cell_mm), d = static_cast<float>(cell_mm * std::sqrt(2.0));
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
  return R;
}

struct ScarOutcome {
  double score = 0.0;
  double weight = 0.0;  // scar area
  double camouflaged = 0.0;
};

}  // namespace

bool scar_coverage_applies(const Scalp& scalp) {
  return !scalp.scars.empty();
}

MetricResult score_scar_coverage(const ScoringContext& ctx) {
  MetricResult res;
  res.id = MetricId::ScarCoverage;
  if (!scar_coverage_applies(ctx.scalp) || ctx.level.expected_decision == Decision::Decline) {
    res.applicable = false;
    res.passed = true;
    return res;
  }
  const ScarParams& p = ctx.params.scar;
  const double cell_area_mm2 = p.raster_cell_mm * p.raster_cell_mm;

  // All dots in one session while the level has several: a CSV without sessions (dots_csv.hpp);
  // the per-session cap cannot be judged then.
  int first_session = 0;
  bool one_session = true;
  for (const Dot& d : ctx.attempt.dots) {
    if (first_session == 0) first_session = d.session;
    one_session = one_session && d.session == first_session;
  }
  const bool judge_sessions = !(one_session && ctx.level.task.sessions > 1);

  std::vector<ScarOutcome> outcomes;
  double min_camouflage = 1.0;
  for (std::size_t si = 0; si < ctx.scalp.scars.size(); ++si) {
    const Scar& scar = ctx.scalp.scars[si];
    const bool fue = scar.kind == ScarKind::FuePunctures;
    const double ring_in = fue ? p.fue_ring_inner_mm : p.ring_inner_mm;
    const double ring_out = fue ? p.fue_ring_outer_mm : p.ring_outer_mm;
    const ScarRaster R = rasterize(scar, p.raster_cell_mm, ring_out + 1.0);
    const std::string label = fmt("%s %zu", scar_name(scar.kind), si + 1);

    // Areas: scar cells, ring cells (on the head, not on another scar), border band cells.
    double scar_cells = 0, ring_cells = 0, band_cells = 0;
    std::vector<std::uint8_t> ring_ok(R.scar.size(), 0);
    for (int r = 0; r < R.rows; ++r)
      for (int q = 0; q < R.cols; ++q) {
        const std::size_t i = static_cast<std::size_t>(r) * R.cols + q;
        if (R.scar[i]) {
          ++scar_cells;
          continue;
        }
        const float dd = R.dist_mm[i];
        if (dd <= p.border_band_mm) ++band_cells;
        if (dd >= ring_in && dd <= ring_out) {
          const Vec2 c = R.centre_of(q, r);
          bool other = false;
          for (std::size_t sj = 0; sj < ctx.scalp.scars.size(); ++sj)
            if (sj != si && ctx.scalp.scars[sj].kind != ScarKind::FuePunctures &&
                on_scar(ctx.scalp.scars[sj], c))
              other = true;
          // An FUE field's surroundings are the skin between its punctures, inside the field.
          if (fue && !scar.bounds_mm.contains(c)) other = true;
          if (!other && on_head(ctx.scalp.chart, c)) ring_ok[i] = 1, ++ring_cells;
        }
      }
    if (scar_cells == 0) continue;
    const double scar_area = scar_cells * cell_area_mm2;

    // Healed, kept dots: inside (per cell, for patches), in the ring, in the border band.
    std::vector<std::uint32_t> inside_count(R.scar.size(), 0);
    double inside = 0, ring = 0, band = 0;
    for (const HealedDot& h : ctx.healed) {
      if (!h.kept) continue;
      const std::ptrdiff_t i = R.cell_of(h.pos_mm);
      if (i < 0) continue;
      const auto u = static_cast<std::size_t>(i);
      if (R.scar[u]) {
        ++inside_count[u];
        ++inside;
      } else {
        if (R.dist_mm[u] <= p.border_band_mm) ++band;
        if (ring_ok[u]) ++ring;
      }
    }
    double ref = ring_cells > 0 ? ring / (ring_cells * cell_area_mm2) * 100.0 : 0.0;
    bool ref_from_target = false;
    if (ref < 1.0) {
      // Nothing dotted around it: match the level's target for the zone the scar lies in.
      const Zone z =
          zone_at(ctx.scalp.chart, 0.5 * (scar.bounds_mm.min_mm + scar.bounds_mm.max_mm));
      const auto it = ctx.level.task.target_density_per_cm2.find(z);
      ref = it != ctx.level.task.target_density_per_cm2.end() ? it->second : 80.0;
      ref_from_target = true;
    }
    const double inside_density = inside / scar_area * 100.0;
    const double band_density = band_cells > 0 ? band / (band_cells * cell_area_mm2) * 100.0 : 0.0;

    // Patches of scar big enough for the counting noise to stay under the tolerance: scar cells
    // in order along the scar's long axis, grouped until each holds ~patch_min_expected_dots.
    const bool along_x = scar.bounds_mm.width_mm() >= scar.bounds_mm.height_mm();
    std::vector<std::size_t> cells;
    for (int a = 0; a < (along_x ? R.cols : R.rows); ++a)
      for (int b = 0; b < (along_x ? R.rows : R.cols); ++b) {
        const int q = along_x ? a : b, r = along_x ? b : a;
        const std::size_t i = static_cast<std::size_t>(r) * R.cols + q;
        if (R.scar[i]) cells.push_back(i);
      }
    const double lambda_per_mm2 = ref / 100.0;
    const double patch_cells =
        std::max(p.patch_min_expected_dots / std::max(lambda_per_mm2, 1e-3) / cell_area_mm2,
                 p.patch_min_length_mm / p.raster_cell_mm);
    double ok_cells = 0;
    int spots_left = 8;
    for (std::size_t start = 0; start < cells.size();) {
      std::size_t end = std::min(cells.size(), start + static_cast<std::size_t>(patch_cells));
      if (cells.size() - end < static_cast<std::size_t>(patch_cells / 2)) end = cells.size();
      double cnt = 0;
      for (std::size_t k = start; k < end; ++k) cnt += inside_count[cells[k]];
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
        res.spots.push_back({c, rel < 0 ? "scar_uncovered" : "scar_too_dense"});
      }
      start = end;
    }
    const double camouflaged = ok_cells / scar_cells;
    min_camouflage = std::min(min_camouflage, camouflaged);

    // Border blending: the band just outside against the inside, relative to the reference.
    const double step = std::abs(inside_density - band_density) / ref;
    const double s_blend = ramp_score(step, p.blend_ok_step, p.blend_bad_step);

    // Overworking: repeat punctures in one session, and too much density per session.
    std::unordered_map<std::int64_t, std::vector<const Dot*>> grid;  // cell key -> dots on scar
    std::vector<double> per_session(8, 0.0);
    double scar_dots = 0;
    const double cell_g = std::max(p.repeat_radius_mm, 0.05);
    auto key = [&](std::int64_t gx, std::int64_t gy, int s) { return (gx * 1000003 + gy) * 8 + s; };
    for (const Dot& d : ctx.attempt.dots) {
      const std::ptrdiff_t i = R.cell_of(d.pos_mm);
      if (i < 0 || !R.scar[static_cast<std::size_t>(i)]) continue;
      ++scar_dots;
      per_session[static_cast<std::size_t>(std::clamp(d.session, 0, 7))] += 1.0;
      grid[key(static_cast<std::int64_t>(std::floor(d.pos_mm.x / cell_g)),
               static_cast<std::int64_t>(std::floor(d.pos_mm.y / cell_g)),
               std::clamp(d.session, 0, 7))]
          .push_back(&d);
    }
    double repeats = 0;
    for (const auto& [k, list] : grid) {
      (void)k;
      for (const Dot* d : list) {
        const auto gx = static_cast<std::int64_t>(std::floor(d->pos_mm.x / cell_g));
        const auto gy = static_cast<std::int64_t>(std::floor(d->pos_mm.y / cell_g));
        bool rep = false;
        for (std::int64_t dx = -1; dx <= 1 && !rep; ++dx)
          for (std::int64_t dy = -1; dy <= 1 && !rep; ++dy) {
            const auto it = grid.find(key(gx + dx, gy + dy, std::clamp(d->session, 0, 7)));
            if (it == grid.end()) continue;
            for (const Dot* o : it->second)
              if (o != d && distance_mm(o->pos_mm, d->pos_mm) < p.repeat_radius_mm) rep = true;
          }
        if (rep) ++repeats;
      }
    }
    const double repeat_share = scar_dots > 0 ? repeats / scar_dots : 0.0;
    double excess = 0.0, worst_share = 0.0;
    if (judge_sessions) {
      for (double c : per_session) {
        const double share = c / scar_area * 100.0 / ref;
        worst_share = std::max(worst_share, share);
        excess += std::max(0.0, share - p.max_session_share);
      }
    }
    const double overwork =
        std::min(p.max_overwork_penalty,
                 std::max(0.0, repeat_share - p.repeat_share_free) * p.repeat_penalty_per_share +
                     excess * p.session_excess_penalty);

    const double score = std::clamp(
        p.w_camouflage * 100.0 * camouflaged + p.w_blend * s_blend - overwork, 0.0, 100.0);
    outcomes.push_back({score, scar_area, camouflaged});

    res.groups[fmt("scar_%zu", si + 1)] = {{"area_mm2", scar_area},
                                           {"density_inside_per_cm2", inside_density},
                                           {"density_ring_per_cm2", ref},
                                           {"density_border_per_cm2", band_density},
                                           {"camouflaged_share", camouflaged},
                                           {"border_step", step},
                                           {"repeat_share", repeat_share},
                                           {"max_session_share", worst_share},
                                           {"overwork_penalty", overwork},
                                           {"score", score}};
    const Vec2 centre = 0.5 * (scar.bounds_mm.min_mm + scar.bounds_mm.max_mm);
    if (camouflaged < 0.85) {
      const char* how = inside_density < ref ? "too sparse" : "too dense";
      res.feedback.push_back(
          fmt("The %s is camouflaged over %.0f%% of its area: inside it %.0f dots/cm^2 (healed) "
              "against %.0f around it%s; it is %s. Scar tissue keeps less pigment, so work it a "
              "little denser, over more sessions.",
              label.c_str(), 100 * camouflaged, inside_density, ref,
              ref_from_target ? " (the level's target)" : "", how));
    }
    if (step > p.blend_ok_step) {
      res.spots.push_back({centre, "scar_border_step"});
      res.feedback.push_back(
          fmt("The border of the %s shows a density step (%.0f%% of the "
              "surrounding density): feather it over 3-10 mm.",
              label.c_str(), 100 * step));
    }
    if (overwork > 0.0) {
      res.spots.push_back({centre, "overworked"});
      res.feedback.push_back(
          fmt("The %s is overworked: %.0f%% of its punctures land within %.1f mm of another in the "
              "same session, and one session put in %.0f%% of the final density (cap %.0f%%). "
              "Overworked scar tissue scabs and spreads: spread the work over the sessions.",
              label.c_str(), 100 * repeat_share, p.repeat_radius_mm, 100 * worst_share,
              100 * p.max_session_share));
    }
  }
  if (outcomes.empty()) {
    res.applicable = false;
    res.passed = true;
    return res;
  }
  double wsum = 0, ssum = 0;
  for (const ScarOutcome& o : outcomes) wsum += o.weight, ssum += o.weight * o.score;
  res.score = wsum > 0 ? ssum / wsum : 0.0;
  res.passed = res.score >= metric_weight(ctx.level, res.id).pass_mark &&
               min_camouflage >= p.min_camouflaged_share;
  res.stats = {{"scars", static_cast<double>(outcomes.size())},
               {"min_camouflaged_share", min_camouflage},
               {"sessions_judged", judge_sessions ? 1.0 : 0.0}};
  if (res.feedback.empty()) res.feedback.push_back("The scars blend into the surrounding density.");
  return res;
}

}  // namespace smp::core
