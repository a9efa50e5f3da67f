// The scar metric as a sequence of steps, scar by scar: measure (scar_measure.cpp,
// scar_overwork.cpp) -> score_scar -> feedback, spots and stats (scar_feedback.cpp); then the
// area-weighted mean over the scars.
#include "core/scoring/scar_coverage/scar_coverage.hpp"

#include <algorithm>

#include "core/base/assert.hpp"
#include "core/base/text_format.hpp"
#include "core/scoring/scar_coverage/scar_internal.hpp"
#include "core/scoring/score.hpp"
#include "core/scoring/score_curves.hpp"

namespace smp::core {

namespace scar_detail {

ScarScore score_scar(const ScarMeasures& m, const ScarParams& p) {
  ScarScore s;
  s.blend = ramp_score(m.border_step, p.blend_ok_step, p.blend_bad_step);
  const Overwork& w = m.overwork;
  s.overwork_penalty =
      std::min(p.max_overwork_penalty,
               std::max(0.0, w.repeat_share - p.repeat_share_free) * p.repeat_penalty_per_share +
                   w.session_excess * p.session_excess_penalty);
  s.score = std::clamp(
      p.w_camouflage * 100.0 * m.camouflage.share + p.w_blend * s.blend - s.overwork_penalty, 0.0,
      100.0);
  return s;
}

}  // namespace scar_detail

bool scar_coverage_applies(const Scalp& scalp) {
  return !scalp.scars.empty();
}

MetricResult score_scar_coverage(const ScoringContext& ctx) {
  using namespace scar_detail;
  MetricResult res;
  res.id = MetricId::ScarCoverage;
  if (!scar_coverage_applies(ctx.scalp) || ctx.level.expected_decision == Decision::Decline) {
    res.applicable = false;
    res.passed = true;
    return res;
  }
  const ScarParams& p = ctx.params.scar;
  const bool judge_sessions = sessions_can_be_judged(ctx.attempt, ctx.level);
  std::vector<ScorePart> by_area;  // each measured scar's score, weighted by its area
  double min_camouflage = 1.0;
  for (std::size_t si = 0; si < ctx.scalp.scars.size(); ++si) {
    const Scar& scar = ctx.scalp.scars[si];
    const ScarMeasures m = measure_scar(ctx, si, judge_sessions);
    if (m.area_mm2 == 0.0) continue;
    SMP_ASSERT(m.camouflage.share >= 0.0 && m.camouflage.share <= 1.0);
    const ScarScore s = score_scar(m, p);
    min_camouflage = std::min(min_camouflage, m.camouflage.share);
    by_area.push_back({"scar", s.score, m.area_mm2});
    res.groups[fmt("scar_%zu", si + 1)] = scar_stats(m, s);
    write_scar_feedback(scar, scar_label(scar, si), m, s, p, res);
  }
  if (by_area.empty()) {
    res.applicable = false;
    res.passed = true;
    return res;
  }
  res.score = weighted_mean(by_area);
  res.passed = res.score >= metric_weight(ctx.level, res.id).pass_mark &&
               min_camouflage >= p.min_camouflaged_share;
  res.stats = {{"scars", static_cast<double>(by_area.size())},
               {"min_camouflaged_share", min_camouflage},
               {"sessions_judged", judge_sessions ? 1.0 : 0.0}};
  if (res.feedback.empty()) res.feedback.push_back("The scars blend into the surrounding density.");
  return res;
}

}  // namespace smp::core
