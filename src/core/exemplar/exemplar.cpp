// make_exemplar: the expert's steps in the order they draw from the one Rng (exemplar_internal.hpp
// lists them; each lives in the file of its concept).
#include "core/exemplar/exemplar.hpp"

#include <algorithm>

#include "core/base/rng.hpp"
#include "core/colour/pigment_plan.hpp"
#include "core/exemplar/exemplar_internal.hpp"
#include "core/scoring/score.hpp"

namespace smp::core {
namespace {

Attempt attempt_header(const Level& level, const Scalp& scalp) {
  Attempt a;
  a.level_id = level.id;
  a.trainee = "exemplar";
  a.seed = scalp.spec.seed * 0x9E3779B97F4A7C15ull + 0x5EEDull;
  a.mode = level.rules.mode;
  return a;
}

// The expert declines a client the consultation rules out, or one the level expects declined.
Decision expert_decision(const Level& level, const Scalp& scalp) {
  if (should_decline(scalp.spec.profile) || level.expected_decision == Decision::Decline)
    return Decision::Decline;
  return Decision::Treat;
}

}  // namespace

Attempt make_exemplar(const Level& level, const Scalp& scalp, const ExemplarParams& xp) {
  using namespace exemplar_detail;
  Attempt a = attempt_header(level, scalp);
  a.decision = expert_decision(level, scalp);
  if (a.decision == Decision::Decline) return a;

  Rng rng(a.seed);
  const ScoringParams sp = scoring_params_for(level);
  const int sessions = std::max(1, level.task.sessions);

  const PlanLine line = plan_line(level, scalp);
  if (line.is_mockup) a.mockup_hairline_mm = line.line_mm;
  const PigmentPlan pigments = expert_pigment_plan(level.task, scalp.spec.profile, sp.colour);
  a.session_pigments = pigments.session;

  const ZoneRaster zones = make_zone_raster(scalp, sp.uniformity.zone_cell_mm);
  const EdgeNoise noise = draw_edge_noise(line.line_mm, xp, rng);
  const DensityPlan plan = plan_density(level, scalp, sp, zones, line.line_mm, noise, xp);
  const Placement placed = place_dots(plan, scalp, zones, line.line_mm, noise, xp, rng);

  std::vector<Dot> dots = make_impressions(
      placed, plan, pigments, cumulative_session_shares(sessions, sp.uniformity), xp, rng);
  sort_in_work_order(dots);
  a.session_duration_ms = time_sessions(dots, sessions, xp, rng);
  a.dots = std::move(dots);
  return a;
}

FieldGrid planned_density_map(const Level& level, const Scalp& scalp, const ScoringParams& sp,
                              const ZoneRaster& zones, const Polyline& hairline, double edge_mm,
                              const ExemplarParams& xp) {
  using namespace exemplar_detail;
  // On the zone raster's cells: the grader reads it through windows of 2.5 mm and more, and the
  // plan on 1 mm cells cost as much as the rest of a 100k-dot grading.
  const DensityPlan plan =
      plan_density(level, scalp, sp, zones, hairline, EdgeNoise{}, xp, zones.cell_mm);
  FieldGrid out;
  static_cast<ChartGrid&>(out) = plan;
  out.values = plan.density;
  for (std::size_t i = 0; i < out.values.size(); ++i)
    if (plan.behind_mm[i] < edge_mm) out.values[i] = 0.0f;  // NaN (no hairline) compares false
  return out;
}

}  // namespace smp::core
