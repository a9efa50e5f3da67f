// The hairline metric as a sequence of steps: measure the edge and what it is judged on, score
// the parts, write the feedback and spots, report the stats. Each aspect's steps live in its own
// file (hairline_position, _temples, _edge_dots, _ramp, _contour, _plan).
#include "core/scoring/hairline_naturalness/hairline_naturalness.hpp"

#include <algorithm>
#include <string>

#include "core/base/assert.hpp"
#include "core/base/text_format.hpp"
#include "core/scoring/hairline_naturalness/hairline_internal.hpp"
#include "core/scoring/score.hpp"

namespace smp::core {
namespace {

using namespace hairline_detail;

// Everything the hairline is judged on, measured once.
struct HairlineMeasures {
  HairlineEdge edge;
  HairlinePosition position;  // when !position.found there is no hairline and nothing else
  TempleMeasures temples;
  RampMeasure ramp;
  ContourMeasures contour;
  double edge_core_ratio = kNaN;
  PlanMeasure plan;
};

HairlineMeasures measure_hairline(const ScoringContext& ctx) {
  const HairlineParams& p = ctx.params.hairline;
  const Landmarks& lm = ctx.scalp.chart.landmarks;
  const double cx = lm.lateral_canthus_x_mm;
  HairlineMeasures m;
  m.edge = measure_hairline_edge(ctx);
  SMP_ASSERT(m.edge.low_y_mm.size() == m.edge.edge_y_mm.size() &&
             m.edge.high_y_mm.size() == m.edge.edge_y_mm.size());
  m.position =
      measure_position(m.edge, lm.glabella_mm.y, hairline_height_band(ctx.level, ctx.scalp, p));
  if (!m.position.found) return m;
  const EdgeDots near = tally_edge_dots(ctx.healed, m.edge, cx, p);
  m.temples = measure_temples(ctx.kept_index, lm, p, m.edge.core_density_per_cm2);
  const std::vector<double> profile = edge_profile(near, m.edge, cx, whole_bin_mm(p));
  m.ramp = measure_ramp(profile, p.ramp_low_fraction, p.ramp_high_fraction);
  m.contour = measure_contour(m.edge, cx, near.sentinels, p);
  m.edge_core_ratio = measure_edge_core_ratio(near, m.ramp.width_mm);
  m.plan = measure_plan(ctx.level, ctx.attempt, m.edge, cx);
  return m;
}

// The parts in report order, and whether a fatal fault (too low, filled temples, a hard edge)
// fails the hairline.
struct HairlineScore {
  std::vector<ScorePart> parts;
  bool fatal = false;
};

HairlineScore score_hairline_parts(const HairlineMeasures& m, const HairlineParams& p) {
  HairlineScore s;
  for (const AspectScore& a : {score_position(m.position, p), score_temples(m.temples, p),
                               score_ramp(m.ramp, p), score_macro_shape(m.contour, p),
                               score_micro_irregularity(m.contour, p), score_symmetry(m.contour, p),
                               score_edge_dots(m.edge_core_ratio, p), score_plan(m.plan, p)}) {
    if (a.part) s.parts.push_back(*a.part);
    s.fatal = s.fatal || a.fatal;
  }
  return s;
}

// Feedback and spots in the order of the aspects; a word of praise when nothing is wrong.
void write_hairline_feedback(const ScoringContext& ctx, const HairlineMeasures& m,
                             MetricResult& res) {
  const HairlineParams& p = ctx.params.hairline;
  const Vec2 mid_spot = m.position.mid_spot_mm;
  write_position_feedback(m.position, ctx.scalp.spec.profile, res);
  write_temple_feedback(m.temples, p, res);
  write_ramp_feedback(m.ramp, mid_spot, p, res);
  write_contour_feedback(m.contour, mid_spot, ctx.scalp.chart.landmarks.mid_frontal_point_mm.y, p,
                         res);
  write_edge_dots_feedback(m.edge_core_ratio, p, res);
  write_plan_feedback(m.plan, mid_spot, p, res);
  if (res.feedback.empty())
    res.feedback.push_back(
        fmt("A natural hairline %.0f mm above the glabella with a %.0f mm "
            "transition zone.",
            m.position.height_mm, m.ramp.width_mm));
}

std::vector<Stat> hairline_stats(const HairlineMeasures& m, std::span<const ScorePart> parts) {
  std::vector<Stat> stats = {{"mid_frontal_height_mm", m.position.height_mm},
                             {"band_min_mm", m.position.band.min_mm},
                             {"band_max_mm", m.position.band.max_mm},
                             {"core_density_per_cm2", m.edge.core_density_per_cm2},
                             {"ramp_width_mm", m.ramp.width_mm},
                             {"temple_left_fraction", m.temples.fraction[0]},
                             {"temple_right_fraction", m.temples.fraction[1]},
                             {"macro_residual_mm", m.contour.macro_residual_mm},
                             {"micro_rms_mm", m.contour.micro_rms_mm},
                             {"sentinels_per_cm", m.contour.sentinels_per_cm},
                             {"symmetry_mm", m.contour.symmetry_mm},
                             {"edge_core_ratio", m.edge_core_ratio},
                             {"plan_deviation_mm", m.plan.deviation_mm}};
  for (const ScorePart& c : parts) stats.push_back({std::string("score_") + c.key, c.score});
  return stats;
}

}  // namespace

MetricResult score_hairline_naturalness(const ScoringContext& ctx) {
  MetricResult res;
  res.id = MetricId::HairlineNaturalness;
  if (!hairline_applies(ctx.level, ctx.scalp)) {
    res.applicable = false;
    res.passed = true;
    return res;
  }
  const HairlineParams& p = ctx.params.hairline;
  const HairlineMeasures m = measure_hairline(ctx);
  if (!m.position.found) {
    res.score = 0.0;
    res.passed = false;
    res.feedback.push_back(
        "No hairline found: there are no dots along the front of the head. Design the hairline "
        "and build a soft transition zone behind it.");
    res.spots.push_back({ctx.scalp.chart.landmarks.mid_frontal_point_mm, "no_hairline"});
    return res;
  }
  const HairlineScore s = score_hairline_parts(m, p);
  write_hairline_feedback(ctx, m, res);
  res.score = weighted_mean(s.parts);
  if (s.fatal) res.score = std::min(res.score, p.fatal_cap);
  res.score = std::clamp(res.score, 0.0, 100.0);
  res.passed = !s.fatal && res.score >= metric_weight(ctx.level, res.id).pass_mark;
  res.stats = hairline_stats(m, s.parts);
  return res;
}

}  // namespace smp::core
