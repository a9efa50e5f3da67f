#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "core/exemplar/exemplar.hpp"
#include "core/exemplar/exemplar_internal.hpp"
#include "core/scalp_helpers.hpp"

using namespace smp::core;
using namespace smp::core::exemplar_detail;

namespace {

// A Norwood III hairline exercise like the first shipped level, on coarse fields.
struct HairlineCase {
  Level level;
  Scalp scalp;
  ScoringParams sp;
  ZoneRaster zones;
  PlanLine line;
  ExemplarParams xp;
  HairlineCase() {
    level.id = "test-hairline";
    level.client = smp::test::norwood_spec(NorwoodStage::III, 1101);
    level.task.mockup_required = true;
    level.task.sessions = 3;
    level.task.target_density_per_cm2 = {
        {Zone::HairlineBand, 50.0}, {Zone::Frontal, 80.0}, {Zone::MidScalp, 80.0}};
    scalp = generate_scalp(level.client, smp::test::fast_params());
    sp = scoring_params_for(level);
    zones = make_zone_raster(scalp, sp.uniformity.zone_cell_mm);
    line = plan_line(level, scalp);
  }
};

}  // namespace

TEST_CASE("the edge noise passes through its knots and blends smoothly between them") {
  EdgeNoise n;
  n.knot_x0_mm = -6.0;
  n.wavelength_mm = 3.0;
  n.knots_mm = {1.0, -1.0, 2.0, 0.5};
  CHECK(n.offset_mm(-6.0) == doctest::Approx(1.0));
  CHECK(n.offset_mm(-3.0) == doctest::Approx(-1.0));
  CHECK(n.offset_mm(0.0) == doctest::Approx(2.0));
  CHECK(n.offset_mm(-4.5) == doctest::Approx(0.0));   // half way: the mean of the two knots
  CHECK(n.offset_mm(-50.0) == doctest::Approx(1.0));  // clamped to the first knot
}

TEST_CASE(
    "where hair was lost the edge ramps from a quarter of the core density at the line to the "
    "core") {
  const HairlineCase c;
  REQUIRE(!c.line.line_mm.empty());
  Rng rng(7);
  const EdgeNoise noise = draw_edge_noise(c.line.line_mm, c.xp, rng);
  const DensityPlan plan =
      plan_density(c.level, c.scalp, c.sp, c.zones, c.line.line_mm, noise, c.xp);
  const double core = core_density_per_cm2(c.level.task.target_density_per_cm2);
  CHECK(core == 80.0);
  int ramp_cells = 0;
  for (std::size_t i = 0; i < plan.cell_count(); ++i) {
    const double behind = plan.behind_mm[i];
    if (!std::isfinite(behind) || behind >= c.xp.hairline_ramp_mm || plan.density[i] == 0.0f)
      continue;
    // Cells with hair enough left keep the zone's own target.
    const Vec2 centre =
        plan.centre_of(static_cast<int>(i % plan.cols), static_cast<int>(i / plan.cols));
    if (hair_loss_fraction(c.scalp, centre) < c.sp.uniformity.treat_min_loss_fraction) continue;
    ++ramp_cells;
    CHECK(plan.density[i] ==
          doctest::Approx(core * (0.25 + 0.75 * behind / c.xp.hairline_ramp_mm)).epsilon(1e-5));
  }
  CHECK(ramp_cells > 500);
}

TEST_CASE("sentinels sit 1-3 mm ahead of the worked edge and are placed last, with a 1RL needle") {
  const HairlineCase c;
  Rng rng(7);
  const EdgeNoise noise = draw_edge_noise(c.line.line_mm, c.xp, rng);
  const DensityPlan plan =
      plan_density(c.level, c.scalp, c.sp, c.zones, c.line.line_mm, noise, c.xp);
  const Placement placed = place_dots(plan, c.scalp, c.zones, c.line.line_mm, noise, c.xp, rng);
  REQUIRE(placed.first_sentinel < placed.pos_mm.size());
  for (std::size_t i = placed.first_sentinel; i < placed.pos_mm.size(); ++i) {
    const Vec2 p = placed.pos_mm[i];
    const double edge_y = polyline_y_at(c.line.line_mm, p.x) + noise.offset_mm(p.x);
    CHECK(edge_y - p.y >= 1.0 - 1e-9);
    CHECK(edge_y - p.y <= 3.0 + 1e-9);
  }
  const PigmentPlan pigments = expert_pigment_plan(c.level.task, c.scalp.spec.profile, c.sp.colour);
  const std::vector<Dot> dots = make_impressions(
      placed, plan, pigments, cumulative_session_shares(3, c.sp.uniformity), c.xp, rng);
  for (std::size_t i = placed.first_sentinel; i < dots.size(); ++i) {
    CHECK(dots[i].session == 3);
    CHECK(dots[i].needle.config == NeedleConfig::RL1);
  }
}

TEST_CASE("each session's clock starts again and lasts a second past its last dot") {
  std::vector<Dot> dots(5);
  const int sessions_of[] = {1, 1, 1, 3, 3};
  for (std::size_t i = 0; i < dots.size(); ++i) dots[i].session = sessions_of[i];
  Rng rng(3);
  ExemplarParams xp;
  const std::vector<std::int64_t> duration_ms = time_sessions(dots, 3, xp, rng);
  REQUIRE(duration_ms.size() == 3);
  CHECK(dots[0].t_ms < dots[1].t_ms);
  CHECK(dots[1].t_ms < dots[2].t_ms);
  CHECK(dots[3].t_ms < dots[2].t_ms);  // session 3 starts from zero
  CHECK(dots[3].t_ms >= 0.7 * 1000.0 / xp.dots_per_s - 1);
  CHECK(duration_ms[0] == dots[2].t_ms + 1000);
  CHECK(duration_ms[1] == 0);
  CHECK(duration_ms[2] == dots[4].t_ms + 1000);
}

TEST_CASE("the exemplar's session shades are the expert's pigment plan") {
  HairlineCase c;
  const Attempt a = make_exemplar(c.level, c.scalp);
  const PigmentPlan pigments = expert_pigment_plan(c.level.task, c.scalp.spec.profile, c.sp.colour);
  REQUIRE(a.session_pigments.size() == pigments.session.size());
  for (std::size_t s = 0; s < pigments.session.size(); ++s)
    CHECK(a.session_pigments[s].dilution_water_parts == pigments.session[s].dilution_water_parts);
  CHECK(!a.mockup_hairline_mm.empty());
}
