// score_zone_parts(): a zone's statistics turned into 0-100 scores per aspect against the
// UniformityParams bands and ramps, and their combination into the zone's score.
#include <algorithm>

#include "core/scoring/density_uniformity/density_zone_internal.hpp"
#include "core/scoring/score_curves.hpp"

namespace smp::core::uniformity_detail {
namespace {

// On plan within +/- density_tolerance, 0 at density_zero off (notes R5).
double plan_band_score(double ratio, const UniformityParams& p) {
  return band_score(ratio, 1.0 - p.density_zero, 1.0 - p.density_tolerance,
                    1.0 + p.density_tolerance, 1.0 + p.density_zero);
}

double density_score(const ZoneMeasures& m, double ratio, const UniformityParams& p) {
  double s = plan_band_score(ratio, p);
  // Never above the cap, whatever the target (notes R6).
  if (m.density_per_cm2 > p.density_cap_per_cm2)
    s = std::min(s,
                 ramp_score(m.density_per_cm2, p.density_cap_per_cm2, p.density_cap_per_cm2 * 1.3));
  return s;
}

std::vector<double> session_plan_scores(const ZoneMeasures& m, const UniformityParams& p) {
  std::vector<double> out;
  out.reserve(m.sessions.size());
  for (const SessionDensity& s : m.sessions)
    out.push_back(
        plan_band_score(s.planned_per_cm2 > 0 ? s.density_per_cm2 / s.planned_per_cm2 : 0.0, p));
  return out;
}

void score_spacing(const ZoneMeasures& m, const SpacingStats& sp, const UniformityParams& p,
                   ZoneScores& s) {
  // Only the weighted ones: the rest are diagnostics (their statistics are in the report).
  if (p.w_r > 0.0)
    s.clark_evans =
        band_score(sp.clark_evans.r_donnelly, p.r_zero_low, p.r_min, p.r_max, p.r_zero_high);
  if (p.w_nn_cv > 0.0)
    s.nn_cv = band_score(sp.nn_cv, p.nn_cv_zero_low, p.nn_cv_min, p.nn_cv_max, p.nn_cv_zero_high);
  // The hairline band ramps from sparse to full by design (notes R10, R13), so its quadrat counts
  // follow the ramp, and its few quadrats make the CV swing 0.2-0.4 with healing luck alone:
  // its evenness is judged by the NN statistics and holes, its ramp by hairline_naturalness.
  if (p.w_quadrat > 0.0 && sp.quadrats.quadrats >= 4 && m.zone != Zone::HairlineBand)
    s.quadrat_cv = ramp_score(sp.quadrats.cv, p.quadrat_cv_good, p.quadrat_cv_zero);
  if (p.w_min_spacing > 0.0)
    s.min_spacing = ramp_score(sp.too_close_share, p.too_close_share_good, p.too_close_share_zero);
  if (p.w_merged > 0.0)
    s.merged = ramp_score(sp.merged_share, p.merged_share_good, p.merged_share_zero);
  if (p.w_rows > 0.0 && !sp.order.tiles.empty())
    s.rows = ramp_score(sp.order.order, p.order_good, p.order_zero);
}

// What shows: see-through spots, mottle, patches at 5-20 mm (the worst scale), lines and grids.
void score_seen(const SeenStats& seen, const UniformityParams& p, ZoneScores& s) {
  s.thin = ramp_score(seen.thin.low_share, p.thin_share_good, p.thin_share_zero);
  s.mottle = ramp_score(seen.mottle.low_share + seen.mottle.high_share, p.mottle_share_good,
                        p.mottle_share_zero);
  double patchy = 0.0;
  for (const WindowExtremes* w : {&seen.patch_5, &seen.patch_10, &seen.patch_20})
    patchy = std::max(patchy, w->low_share + w->high_share);
  s.patches = ramp_score(patchy, p.patch_share_good, p.patch_share_zero);
  s.lines = ramp_score(seen.lines_share, p.lines_share_good, p.lines_share_zero);
}

double holes_score(const ZoneMeasures& m, const UniformityParams& p) {
  const HoleStats& h = m.holes;
  return std::min(
      ramp_score(h.excess / m.area_mm2 * 100.0, p.hole_rate_good, p.hole_rate_zero),
      ramp_score(h.largest_mm / h.spacing_mm, p.hole_largest_good, p.hole_largest_zero));
}

}  // namespace

ZoneScores score_zone_parts(const ZoneMeasures& m, const UniformityParams& p) {
  ZoneScores s;
  const double expected = m.expected_density_per_cm2;
  s.density_ratio = expected > 0.0 ? m.density_per_cm2 / expected : 0.0;
  s.density = density_score(m, s.density_ratio, p);
  s.session_plan = session_plan_scores(m, p);
  if (m.spacing) score_spacing(m, *m.spacing, p, s);
  if (m.seen) score_seen(*m.seen, p, s);
  s.holes = holes_score(m, p);
  return s;
}

std::vector<ScorePart> zone_score_parts(const ZoneScores& s, const UniformityParams& p) {
  std::vector<ScorePart> parts;
  parts.push_back({"density", s.density, p.w_density, true});
  if (!s.session_plan.empty()) {
    double plan_sum = 0.0;
    for (double sc : s.session_plan) plan_sum += sc;
    parts.push_back(
        {"session_plan", plan_sum / static_cast<double>(s.session_plan.size()), p.w_plan, false});
  }
  // A part weighted 0 is a diagnostic: its statistics are reported, it neither scores nor caps.
  const auto add = [&](const char* key, const std::optional<double>& score, double weight,
                       bool critical = true) {
    if (score && weight > 0.0) parts.push_back({key, *score, weight, critical});
  };
  add("thin", s.thin, p.w_thin);
  add("mottle", s.mottle, p.w_mottle);
  add("patches", s.patches, p.w_patches);
  add("lines", s.lines, p.w_lines);
  add("clark_evans", s.clark_evans, p.w_r);
  add("nn_cv", s.nn_cv, p.w_nn_cv);
  add("quadrat_cv", s.quadrat_cv, p.w_quadrat);
  add("min_spacing", s.min_spacing, p.w_min_spacing);
  // Touching pairs cost a little; what they do to the shade (clumps, blotches) is mottle's.
  add("merged", s.merged, p.w_merged, false);
  add("rows", s.rows, p.w_rows);
  add("holes", s.holes, p.w_holes);
  return parts;
}

double zone_score(std::span<const ScorePart> parts, const UniformityParams& p) {
  double worst = 100.0;
  for (const ScorePart& part : parts)
    if (part.critical) worst = std::min(worst, part.score);
  return std::min(weighted_mean(parts), worst + p.critical_margin);
}

}  // namespace smp::core::uniformity_detail
