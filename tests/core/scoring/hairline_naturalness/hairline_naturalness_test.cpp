#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/scalp/scalp.hpp"
#include "core/scalp_helpers.hpp"
#include "core/scoring/hairline_naturalness/hairline_naturalness.hpp"
#include "core/scoring/report_lookup.hpp"
#include "core/scoring/score.hpp"
#include "core/spatial/spatial_index.hpp"

using namespace smp::core;

namespace {

using smp::test::stat;

// A level with a given hairline 85 mm above the glabella, graded on hand-made healed dots: lines
// 1 mm apart from that line back 50 mm, |x| <= 45 mm (the temple recesses stay open), whose
// density rises linearly from 0 to 80 per cm^2 over ramp_mm and then stays there.
MetricResult grade_synthetic_hairline(double ramp_mm) {
  Level level;
  level.task.mockup_required = false;
  level.task.sessions = 1;
  level.task.target_density_per_cm2[Zone::HairlineBand] = 80.0;
  const Scalp scalp = generate_scalp(level.client, smp::test::fast_params());
  const double edge_y = scalp.chart.landmarks.glabella_mm.y + 85.0;
  level.task.given_hairline_mm = {{-60.0, edge_y}, {60.0, edge_y}};
  std::vector<HealedDot> healed;
  std::vector<Vec2> kept;
  for (int row = 0; row < 50; ++row) {
    const double behind_mm = row + 0.5;
    const double density = 80.0 * std::min(1.0, behind_mm / ramp_mm);
    const double spacing_mm = 100.0 / density;  // dots per mm of x in a 1 mm row: density / 100
    const double offset = std::fmod(row * 0.618, 1.0) * spacing_mm;
    for (double x = -45.0 + offset; x <= 45.0; x += spacing_mm) {
      HealedDot h;
      h.pos_mm = {x, edge_y + behind_mm};
      h.diameter_mm = 0.3;
      h.darkness = 0.5;
      healed.push_back(h);
      kept.push_back(h.pos_mm);
    }
  }
  const Attempt attempt;
  const SpatialIndex index(kept);
  const ScoringParams params = defaults_for(level);
  const ScoringContext ctx{level, scalp, attempt, healed, index, params};
  return score_hairline_naturalness(ctx);
}

}  // namespace

TEST_CASE("a hairline whose density rises over 10 mm measures a ramp of about 8 mm and passes") {
  const MetricResult m = grade_synthetic_hairline(10.0);
  REQUIRE(m.applicable);
  CHECK(stat(m, "ramp_width_mm") >= 6.0);
  CHECK(stat(m, "ramp_width_mm") <= 10.0);
  CHECK(stat(m, "mid_frontal_height_mm") == doctest::Approx(88.0).epsilon(0.005));  // 30% of core
  CHECK(stat(m, "temple_left_fraction") == 0.0);
  CHECK(stat(m, "plan_deviation_mm") < 5.0);
  CHECK(stat(m, "score_ramp") == 100.0);
}

TEST_CASE("a hairline whose density jumps to full at once is a hard edge and fails") {
  const MetricResult m = grade_synthetic_hairline(0.5);
  REQUIRE(m.applicable);
  CHECK(stat(m, "ramp_width_mm") < HairlineParams{}.hard_edge_mm);
  CHECK_FALSE(m.passed);
  CHECK(m.score <= HairlineParams{}.fatal_cap);
  bool hard_edge = false;
  for (const Spot& s : m.spots) hard_edge = hard_edge || s.kind == "hard_edge";
  CHECK(hard_edge);
}
