#include <doctest/doctest.h>

#include <vector>

#include "core/scoring/hairline_naturalness/hairline_internal.hpp"

using namespace smp::core;
using namespace smp::core::hairline_detail;

namespace {

// A profile (entry k is k - 10 mm behind the edge) from a density per mm behind the edge.
template <class F>
std::vector<double> profile_of(F density_at_mm) {
  std::vector<double> profile;
  for (int mm = kProfileFirstMm; mm <= kProfileLastMm; ++mm) profile.push_back(density_at_mm(mm));
  return profile;
}

}  // namespace

TEST_CASE("a density rising linearly over 20 mm behind the edge measures a 16 mm ramp") {
  // 5 per cm^2 more every mm from the edge to 20 mm behind it, then a plateau of 100: the
  // smoothed profile crosses 10% at 2 mm and 90% at 18 mm.
  const auto profile = profile_of([](int mm) {
    return mm <= 0 ? 0.0 : mm >= 20 ? 100.0 : 5.0 * mm;
  });
  const RampMeasure ramp = measure_ramp(profile, 0.10, 0.90);
  CHECK(ramp.plateau_per_cm2 == doctest::Approx(100.0));
  CHECK(ramp.start_mm == doctest::Approx(2.0));
  CHECK(ramp.end_mm == doctest::Approx(18.0));
  CHECK(ramp.width_mm == doctest::Approx(16.0));
}

TEST_CASE("a density step at the edge measures a 2 mm ramp: a hard edge, scored as a fatal fault") {
  const auto profile = profile_of([](int mm) { return mm >= 0 ? 80.0 : 0.0; });
  const RampMeasure ramp = measure_ramp(profile, 0.10, 0.90);
  CHECK(ramp.width_mm == doctest::Approx(2.0));
  const AspectScore s = score_ramp(ramp, HairlineParams{});
  REQUIRE(s.part.has_value());
  CHECK(s.part->score == doctest::Approx(10.0));
  CHECK(s.fatal);
}

TEST_CASE("the plateau is the densest 5 mm from the edge on, so a dense patch ahead of it is not") {
  // A band of 200 per cm^2 5-8 mm ahead of the edge (stray dots), 50 from the edge on.
  const auto profile = profile_of([](int mm) {
    if (mm >= -8 && mm <= -5) return 200.0;
    return mm >= 0 ? 50.0 : 0.0;
  });
  const RampMeasure ramp = measure_ramp(profile, 0.10, 0.90);
  CHECK(ramp.plateau_per_cm2 == doctest::Approx(50.0));
}

TEST_CASE("a ramp within 5-15 mm scores full marks; a longer one loses 4 points a mm") {
  const HairlineParams p;
  RampMeasure ramp;
  ramp.width_mm = 10.0;
  CHECK(score_ramp(ramp, p).part->score == doctest::Approx(100.0));
  CHECK_FALSE(score_ramp(ramp, p).fatal);
  ramp.width_mm = 20.0;
  CHECK(score_ramp(ramp, p).part->score == doctest::Approx(80.0));
  ramp.width_mm = kNaN;
  CHECK_FALSE(score_ramp(ramp, p).part.has_value());
}
