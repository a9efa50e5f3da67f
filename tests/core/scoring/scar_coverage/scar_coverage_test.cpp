#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/scalp/scalp.hpp"
#include "core/scalp_helpers.hpp"
#include "core/scoring/report_lookup.hpp"
#include "core/scoring/scar_coverage/scar_coverage.hpp"
#include "core/scoring/score.hpp"
#include "core/scoring_patterns.hpp"
#include "core/spatial/spatial_index.hpp"

using namespace smp::core;

namespace {

double group_stat(const MetricResult& m, const std::string& key) {
  return smp::test::group_stat(m, "scar_1", key);
}

// A FUT strip graded on a hex lattice of healed dots at 80 per cm^2 over the scar and 25 mm
// around it; with `skip_scar` the lattice leaves the scar itself empty.
MetricResult grade_lattice_around_fut(bool skip_scar) {
  Level level;
  level.task.mockup_required = false;
  level.task.sessions = 1;
  level.client.seed = 21;
  ScarSpec fut;
  fut.kind = ScarKind::FutStrip;
  fut.length_mm = 200.0;
  fut.width_mm = 3.0;
  level.client.scars.push_back(fut);
  level.task.target_density_per_cm2[Zone::Occipital] = 80.0;
  const Scalp scalp = generate_scalp(level.client, smp::test::fast_params());
  const Scar& scar = scalp.scars[0];
  const RectMm around{scar.bounds_mm.min_mm - Vec2(25.0), scar.bounds_mm.max_mm + Vec2(25.0)};
  const double spacing = smp::test::hex_spacing_for(around, smp::test::count_for(around, 80.0));
  std::vector<HealedDot> healed;
  std::vector<Vec2> kept;
  for (const Vec2& p : smp::test::hex_lattice(around, spacing, 0.1, 3)) {
    if (skip_scar && on_scar(scar, p)) continue;
    HealedDot h;
    h.pos_mm = p;
    healed.push_back(h);
    kept.push_back(p);
  }
  const Attempt attempt;
  const SpatialIndex index(kept);
  const ScoringParams params = defaults_for(level);
  const ScoringContext ctx{level, scalp, attempt, healed, index, params};
  return score_scar_coverage(ctx);
}

}  // namespace

TEST_CASE("a strip scar dotted like the skin around it is camouflaged and passes") {
  const MetricResult m = grade_lattice_around_fut(false);
  REQUIRE(m.applicable);
  CHECK(group_stat(m, "density_ring_per_cm2") == doctest::Approx(80.0).epsilon(0.05));
  CHECK(group_stat(m, "camouflaged_share") > 0.95);
  CHECK(group_stat(m, "border_step") < ScarParams{}.blend_ok_step);
  CHECK(m.passed);
}

TEST_CASE("a strip scar left empty among dotted skin is not camouflaged and fails") {
  const MetricResult m = grade_lattice_around_fut(true);
  REQUIRE(m.applicable);
  CHECK(group_stat(m, "camouflaged_share") == 0.0);
  // Only dots just off the scar in cells whose centre is on it count as inside.
  CHECK(group_stat(m, "density_inside_per_cm2") < 0.05 * group_stat(m, "density_ring_per_cm2"));
  CHECK_FALSE(m.passed);
  bool uncovered = false;
  for (const Spot& s : m.spots) uncovered = uncovered || s.kind == "scar_uncovered";
  CHECK(uncovered);
}
