#include <doctest/doctest.h>

#include <vector>

#include "core/scoring/hairline_naturalness/hairline_test_edges.hpp"
#include "core/scoring_patterns.hpp"
#include "core/spatial/spatial_index.hpp"

using namespace smp::core;
using namespace smp::core::hairline_detail;
using namespace smp::test;

namespace {
HairlineBand band_75_90() {
  HairlineBand b;
  b.min_mm = 75.0, b.max_mm = 90.0, b.fatal_below_mm = 67.0;
  return b;
}
}  // namespace

TEST_CASE("the hairline's height is the median edge of the bins within 10 mm of the midline") {
  // Two central bins far behind, the bins further out far ahead: neither moves the median.
  const HairlineEdge e = synthetic_edge([](double x) {
    if (std::abs(x) > kMidHalfWidthMm) return 60.0;
    return x == 1.0 || x == 3.0 ? 130.0 : 100.0;
  });
  const HairlinePosition pos = measure_position(e, 20.0, band_75_90());
  REQUIRE(pos.found);
  CHECK(pos.height_mm == doctest::Approx(80.0));
  CHECK(pos.mid_spot_mm.y == doctest::Approx(100.0));
}

TEST_CASE("no edge near the midline is no hairline") {
  const HairlineEdge e =
      synthetic_edge([](double x) { return std::abs(x) > kMidHalfWidthMm ? 100.0 : kNaN; });
  CHECK_FALSE(measure_position(e, 0.0, band_75_90()).found);
}

TEST_CASE("too low costs 7 points a mm and is fatal past the band's floor; too high costs 2.5") {
  const HairlineParams p;
  HairlinePosition pos;
  pos.found = true;
  pos.band = band_75_90();
  pos.height_mm = 72.0;
  CHECK(score_position(pos, p).part->score == doctest::Approx(79.0));
  CHECK_FALSE(score_position(pos, p).fatal);
  pos.height_mm = 60.0;
  CHECK(score_position(pos, p).part->score == 0.0);
  CHECK(score_position(pos, p).fatal);
  pos.height_mm = 100.0;
  CHECK(score_position(pos, p).part->score == doctest::Approx(75.0));
  CHECK_FALSE(score_position(pos, p).fatal);
  pos.height_mm = 80.0;
  CHECK(score_position(pos, p).part->score == 100.0);
}

TEST_CASE("a temple recess dotted at the core density reads about 1 and fails; an open one 0") {
  const HairlineParams p;
  Landmarks lm;
  lm.left_fta_mm = {-55.0, 90.0};
  lm.right_fta_mm = {55.0, 90.0};
  const Vec2 left_probe = lm.left_fta_mm - Vec2(0.0, p.temple_probe_ahead_mm);
  // A hex lattice at 50 per cm^2 around the left probe only.
  const RectMm w{left_probe - Vec2(15.0), left_probe + Vec2(15.0)};
  const SpatialIndex kept(hex_lattice(w, hex_spacing_for(w, count_for(w, 50.0))));
  const TempleMeasures t = measure_temples(kept, lm, p, 50.0);
  CHECK(t.probe_mm[0].x == doctest::Approx(left_probe.x));
  CHECK(t.probe_mm[0].y == doctest::Approx(left_probe.y));
  CHECK(t.fraction[0] == doctest::Approx(1.0).epsilon(0.08));
  CHECK(t.fraction[1] == 0.0);
  const AspectScore s = score_temples(t, p);
  CHECK(s.part->score == doctest::Approx(50.0));  // the open side's half
  CHECK(s.fatal);
  MetricResult res;
  write_temple_feedback(t, p, res);
  REQUIRE(res.spots.size() == 1);
  CHECK(res.spots[0].kind == "temple_filled");
  CHECK(res.spots[0].pos_mm.x < 0.0);
}
