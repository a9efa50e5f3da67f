#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "core/scoring/hairline_naturalness/hairline_test_edges.hpp"

using namespace smp::core;
using namespace smp::core::hairline_detail;
using namespace smp::test;

TEST_CASE("a kept dot is tallied by its distance behind its bin's edge, a shed one is not") {
  const HairlineEdge e = flat_edge(100.0);
  const std::vector<HealedDot> healed = {healed_at({1.0, 103.5}), healed_at({1.0, 104.0}),
                                         healed_at({-1.0, 104.5}),
                                         healed_at({1.0, 103.2}, 0.3, 0.5, /*kept=*/false)};
  const EdgeDots near = tally_edge_dots(healed, e, kCanthusXmm, HairlineParams{});
  // range(a, b) holds the dots a to b mm behind, both ends included.
  CHECK(near.range(3, 4).count == 2);  // 3.5 and exactly 4 mm
  CHECK(near.range(4, 5).count == 2);  // exactly 4 and 4.5 mm
  CHECK(near.range(0, 3).count == 0);
  CHECK(near.range(-10, 80).count == 3);
}

TEST_CASE("dots outside the profile bins are not tallied") {
  const HairlineEdge e = flat_edge(100.0);
  // x = 41 is past the canthus line minus 8 mm; x = 70 is past every bin.
  const std::vector<HealedDot> healed = {healed_at({41.0, 103.5}), healed_at({70.0, 103.5})};
  const EdgeDots near = tally_edge_dots(healed, e, kCanthusXmm, HairlineParams{});
  CHECK(near.range(-10, 80).count == 0);
}

TEST_CASE("a dot 0.5-6 mm ahead of the 10% contour is a sentinel, one further ahead is not") {
  const HairlineEdge e = flat_edge(100.0);  // the 10% contour at y = 98
  const std::vector<HealedDot> healed = {healed_at({1.0, 96.0}), healed_at({-11.0, 92.5}),
                                         healed_at({5.0, 90.0}), healed_at({7.0, 97.8})};
  const EdgeDots near = tally_edge_dots(healed, e, kCanthusXmm, HairlineParams{});
  CHECK(near.sentinels == 2);
}

TEST_CASE("the edge profile is each millimetre's dots over the area of the profile bins") {
  const HairlineEdge e = flat_edge(100.0);
  std::vector<HealedDot> healed;
  for (double x = -37.0; x <= 37.0; x += 2.0) healed.push_back(healed_at({x, 105.5}));
  REQUIRE(healed.size() == 38);
  const EdgeDots near = tally_edge_dots(healed, e, kCanthusXmm, HairlineParams{});
  const std::vector<double> profile = edge_profile(near, e, kCanthusXmm, 2);
  REQUIRE(profile.size() == kProfileLastMm - kProfileFirstMm + 1);
  // 38 dots over 38 bins of 2 mm x 1 mm = 0.76 cm^2, all 5 mm behind the edge.
  CHECK(profile[5 - kProfileFirstMm] == doctest::Approx(50.0));
  CHECK(profile[4 - kProfileFirstMm] == 0.0);
  CHECK(profile[6 - kProfileFirstMm] == 0.0);
}

TEST_CASE("edge dots half as big and half as dark as the core's read an edge-core ratio of 0.5") {
  const HairlineEdge e = flat_edge(100.0);
  std::vector<HealedDot> healed;
  for (int i = 0; i < 20; ++i) {
    const double x = -19.0 + 2.0 * i;
    healed.push_back(healed_at({x, 101.5}, 0.2, 0.3));  // transition zone (ramp 5: -2..5 mm)
    healed.push_back(healed_at({x, 115.0}, 0.4, 0.6));  // core (10..30 mm behind)
  }
  const EdgeDots near = tally_edge_dots(healed, e, kCanthusXmm, HairlineParams{});
  const double ratio = measure_edge_core_ratio(near, 5.0);
  CHECK(ratio == doctest::Approx(0.5));
  CHECK(score_edge_dots(ratio, HairlineParams{}).part->score == doctest::Approx(100.0));
}

TEST_CASE("fewer than 10 transition-zone dots leave the edge-core ratio unmeasured and unscored") {
  const HairlineEdge e = flat_edge(100.0);
  std::vector<HealedDot> healed;
  for (int i = 0; i < 20; ++i) {
    const double x = -19.0 + 2.0 * i;
    if (i < 9) healed.push_back(healed_at({x, 101.5}, 0.2, 0.3));
    healed.push_back(healed_at({x, 115.0}, 0.4, 0.6));
  }
  const EdgeDots near = tally_edge_dots(healed, e, kCanthusXmm, HairlineParams{});
  const double ratio = measure_edge_core_ratio(near, 5.0);
  CHECK(std::isnan(ratio));
  CHECK_FALSE(score_edge_dots(ratio, HairlineParams{}).part.has_value());
  CHECK(std::isnan(measure_edge_core_ratio(near, kNaN)));
}
