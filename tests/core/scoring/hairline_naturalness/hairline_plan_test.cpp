#include <doctest/doctest.h>

#include <cmath>

#include "core/scoring/hairline_naturalness/hairline_test_edges.hpp"

using namespace smp::core;
using namespace smp::core::hairline_detail;
using namespace smp::test;

TEST_CASE("an edge 4 mm behind the plan deviates 4 mm; bins past the canthus lines are skipped") {
  // Beyond x = 45 the edge is far off, and one bin has no edge at all: neither counts.
  const HairlineEdge e = synthetic_edge([](double x) {
    if (std::abs(x) > 46.0) return 150.0;
    return x == 1.0 ? kNaN : 104.0;
  });
  const Polyline plan = {{-60.0, 100.0}, {60.0, 100.0}};
  CHECK(mean_plan_deviation_mm(e, plan, kCanthusXmm) == doctest::Approx(4.0));
}

TEST_CASE("a plan that covers no bin leaves the deviation unmeasured and the part out") {
  const HairlineEdge e = flat_edge(100.0);
  const Polyline plan = {{100.0, 100.0}, {120.0, 100.0}};
  PlanMeasure m;
  m.has_plan = true;
  m.deviation_mm = mean_plan_deviation_mm(e, plan, kCanthusXmm);
  CHECK(std::isnan(m.deviation_mm));
  CHECK_FALSE(score_plan(m, HairlineParams{}).part.has_value());
}

TEST_CASE("the plan is the trainee's mockup on a mockup level and the level's hairline otherwise") {
  Level level;
  Attempt attempt;
  level.task.given_hairline_mm = {{-50.0, 90.0}, {50.0, 90.0}};
  attempt.mockup_hairline_mm = {{-50.0, 85.0}, {50.0, 85.0}};
  level.task.mockup_required = true;
  CHECK(hairline_plan(level, attempt) == &attempt.mockup_hairline_mm);
  attempt.mockup_hairline_mm.clear();
  CHECK(hairline_plan(level, attempt) == nullptr);  // not the given hairline instead
  level.task.mockup_required = false;
  CHECK(hairline_plan(level, attempt) == &level.task.given_hairline_mm);
}

TEST_CASE("a mockup level graded without a mockup says the plan is not judged") {
  PlanMeasure m;
  m.from_mockup = true;
  MetricResult res;
  write_plan_feedback(m, {0.0, 80.0}, HairlineParams{}, res);
  REQUIRE(res.feedback.size() == 1);
  CHECK(res.feedback[0].find("no hairline mockup") != std::string::npos);
}
