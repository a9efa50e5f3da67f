#include <doctest/doctest.h>

#include <cmath>

#include "core/scoring/hairline_naturalness/hairline_test_edges.hpp"

using namespace smp::core;
using namespace smp::core::hairline_detail;
using namespace smp::test;

namespace {
bool has_spot(const MetricResult& res, const std::string& kind) {
  for (const Spot& s : res.spots)
    if (s.kind == kind) return true;
  return false;
}
}  // namespace

TEST_CASE("a straight edge line has no macro residual and no waviness: a ruler line") {
  const HairlineParams p;
  const ContourMeasures c = measure_contour(flat_edge(100.0), kCanthusXmm, 4, p);
  CHECK(c.macro_residual_mm == doctest::Approx(0.0));
  CHECK(c.micro_rms_mm == doctest::Approx(0.0));
  CHECK(score_macro_shape(c, p).part->score == doctest::Approx(20.0));
  MetricResult res;
  write_contour_feedback(c, {0.0, 100.0}, 80.0, p, res);
  CHECK(has_spot(res, "ruler_line"));
}

TEST_CASE("a tilted straight edge is still a ruler line: the residual is from the best-fit line") {
  const HairlineParams p;
  const ContourMeasures c =
      measure_contour(synthetic_edge([](double x) { return 100.0 + 0.2 * x; }), kCanthusXmm, 4, p);
  CHECK(c.macro_residual_mm < p.ruler_residual_mm);
}

TEST_CASE("a 1.5 mm zig-zag measures a natural waviness and scores full micro-irregularity") {
  const HairlineParams p;
  // Alternate bins 1.5 mm ahead and behind; 4 sentinels along 8 cm of the 10% contour.
  const HairlineEdge e = synthetic_edge([](double x) {
    return 100.0 + (static_cast<int>(std::lround(x + 49.0)) % 4 == 0 ? 1.5 : -1.5);
  });
  const ContourMeasures c = measure_contour(e, kCanthusXmm, 4, p);
  CHECK(c.micro_rms_mm == doctest::Approx(1.2).epsilon(0.05));
  CHECK(c.sentinels_per_cm == doctest::Approx(0.5));
  CHECK(score_micro_irregularity(c, p).part->score == doctest::Approx(100.0));
}

TEST_CASE("no sentinels cost the micro-irregularity part 40% of its sentinel share") {
  const HairlineParams p;
  const HairlineEdge e = synthetic_edge([](double x) {
    return 100.0 + (static_cast<int>(std::lround(x + 49.0)) % 4 == 0 ? 1.5 : -1.5);
  });
  const ContourMeasures c = measure_contour(e, kCanthusXmm, 0, p);
  CHECK(c.sentinels_per_cm == 0.0);
  CHECK(score_micro_irregularity(c, p).part->score == doctest::Approx(0.6 * 100.0 + 0.4 * 60.0));
}

TEST_CASE("an edge 14 mm higher on the right measures 14 mm of asymmetry and reads as lopsided") {
  const HairlineParams p;
  const HairlineEdge e = synthetic_edge([](double x) { return x > 0 ? 114.0 : 100.0; });
  const ContourMeasures c = measure_contour(e, kCanthusXmm, 4, p);
  CHECK(c.symmetry_mm == doctest::Approx(14.0));
  CHECK(c.symmetry_max_mm == doctest::Approx(14.0));
  CHECK(c.symmetry_max_x_mm == doctest::Approx(45.0));  // the outermost mirrored pair, right side
  CHECK(score_symmetry(c, p).part->score == doctest::Approx(68.0));
  MetricResult res;
  write_contour_feedback(c, {0.0, 100.0}, 80.0, p, res);
  REQUIRE(has_spot(res, "lopsided"));
}

TEST_CASE("an exactly mirrored edge measures no asymmetry and costs a little") {
  const HairlineParams p;
  const ContourMeasures c = measure_contour(flat_edge(100.0), kCanthusXmm, 4, p);
  CHECK(c.symmetry_mm == 0.0);
  CHECK(score_symmetry(c, p).part->score == doctest::Approx(80.0));
}
