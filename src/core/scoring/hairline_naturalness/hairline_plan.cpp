// Agreement of the dots' edge with the plan: the hairline the trainee drew on a mockup level, or
// the level's given hairline. Part of hairline_naturalness.
#include <cmath>

#include "core/base/text_format.hpp"
#include "core/scoring/hairline_naturalness/hairline_internal.hpp"

namespace smp::core::hairline_detail {

const Polyline* hairline_plan(const Level& level, const Attempt& attempt) {
  if (level.task.mockup_required)
    return attempt.mockup_hairline_mm.empty() ? nullptr : &attempt.mockup_hairline_mm;
  return level.task.given_hairline_mm.empty() ? nullptr : &level.task.given_hairline_mm;
}

double mean_plan_deviation_mm(const HairlineEdge& e, const Polyline& plan, double canthus_x_mm) {
  double s = 0;
  int m = 0;
  for (std::size_t i = 0; i < e.edge_y_mm.size(); ++i) {
    const double py = polyline_y_at(plan, e.x_of(i));
    if (std::abs(e.x_of(i)) > canthus_x_mm || !std::isfinite(py) || !std::isfinite(e.edge_y_mm[i]))
      continue;
    s += std::abs(e.edge_y_mm[i] - py);
    ++m;
  }
  return m > 0 ? s / m : kNaN;
}

PlanMeasure measure_plan(const Level& level, const Attempt& attempt, const HairlineEdge& e,
                         double canthus_x_mm) {
  PlanMeasure plan;
  plan.from_mockup = level.task.mockup_required;
  const Polyline* line = hairline_plan(level, attempt);
  plan.has_plan = line != nullptr;
  if (line != nullptr) plan.deviation_mm = mean_plan_deviation_mm(e, *line, canthus_x_mm);
  return plan;
}

AspectScore score_plan(const PlanMeasure& plan, const HairlineParams& p) {
  if (!std::isfinite(plan.deviation_mm)) return {};
  return {
      ScorePart{"plan", ramp_score(plan.deviation_mm, p.plan_good_mm, p.plan_bad_mm), p.w_plan}};
}

void write_plan_feedback(const PlanMeasure& plan, Vec2 mid_spot_mm, const HairlineParams& p,
                         MetricResult& res) {
  if (plan.has_plan) {
    if (std::isfinite(plan.deviation_mm) && plan.deviation_mm > p.plan_good_mm) {
      res.spots.push_back({mid_spot_mm, "off_plan"});
      res.feedback.push_back(
          fmt("The dots' edge is on average %.0f mm from the %s.", plan.deviation_mm,
              plan.from_mockup ? "hairline you drew" : "level's planned hairline"));
    }
  } else if (plan.from_mockup) {
    res.feedback.push_back(
        "This attempt has no hairline mockup, so agreement with it is not "
        "judged.");
  }
}

}  // namespace smp::core::hairline_detail
