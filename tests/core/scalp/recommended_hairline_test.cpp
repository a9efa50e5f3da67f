#include <doctest/doctest.h>

#include <cmath>

#include "core/scalp/scalp.hpp"
#include "core/scalp_helpers.hpp"

using namespace smp::core;

namespace {
Scalp client(Sex sex, int age, std::uint64_t seed = 3) {
  ClientSpec spec = smp::test::norwood_spec(NorwoodStage::III, seed);
  spec.profile.sex = sex;
  spec.profile.age_years = age;
  if (sex == Sex::Female) spec.chart.mid_frontal_height_mm = 62.0;  // (notes N53)
  return generate_scalp(spec, smp::test::fast_params());
}
double y_at(const Polyline& line, double x) {
  for (std::size_t i = 1; i < line.size(); ++i)
    if (line[i].x >= x) {
      const double t = (x - line[i - 1].x) / (line[i].x - line[i - 1].x);
      return line[i - 1].y + t * (line[i].y - line[i - 1].y);
    }
  return line.back().y;
}
}  // namespace

TEST_CASE(
    "the recommended male hairline is mature: ~8 cm up, corners behind on the canthus lines") {
  const Scalp s = client(Sex::Male, 35);
  const Polyline line = recommended_hairline_mm(s);
  REQUIRE(line.size() > 20);
  for (std::size_t i = 1; i < line.size(); ++i) CHECK(line[i].x > line[i - 1].x);
  const double mid = y_at(line, 0.0);
  CHECK(mid > 75.0);
  CHECK(mid < 86.0);
  const double cx = s.chart.landmarks.lateral_canthus_x_mm;
  CHECK(y_at(line, cx) > mid + 10.0);  // FTA recessed (notes N51)
  CHECK(y_at(line, -cx) > mid + 10.0);
  CHECK(line.front().x < -cx);  // the temples stay open down to the temporal points
  CHECK(line.back().x > cx);
  CHECK(line.back().y < y_at(line, cx));
}

TEST_CASE("the recommended female hairline is lower and rounder, with a slight widow's peak") {
  const Polyline male = recommended_hairline_mm(client(Sex::Male, 35));
  const Scalp f = client(Sex::Female, 35);
  const Polyline female = recommended_hairline_mm(f);
  const double mid = y_at(female, 0.0);
  CHECK(mid > 55.0);
  CHECK(mid < 70.0);
  CHECK(mid < y_at(male, 0.0) - 10.0);
  const double cx = f.chart.landmarks.lateral_canthus_x_mm;
  CHECK(y_at(female, cx) - mid < y_at(male, cx) - y_at(male, 0.0));  // rounder corners
  CHECK(y_at(female, 10.0) > mid + 1.5);  // widow's peak: the midline is ahead of its neighbours
  CHECK(y_at(female, -10.0) > mid + 1.5);
}

TEST_CASE("the recommended hairline is seeded: repeatable, a little asymmetric, not a ruler line") {
  const Polyline a = recommended_hairline_mm(client(Sex::Male, 35, 8));
  const Polyline b = recommended_hairline_mm(client(Sex::Male, 35, 8));
  const Polyline c = recommended_hairline_mm(client(Sex::Male, 35, 9));
  CHECK(a == b);
  CHECK(a != c);
  double asymmetry = 0.0;
  for (double x = 10.0; x <= 50.0; x += 10.0) asymmetry += std::abs(y_at(a, x) - y_at(a, -x));
  CHECK(asymmetry > 0.5);
  CHECK(asymmetry < 50.0);
}

TEST_CASE("a woman's recommended hairline never moves in front of her preserved natural one") {
  ClientSpec spec;
  spec.profile.sex = Sex::Female;
  spec.loss.pattern = LossPattern::Ludwig;
  const Scalp s = generate_scalp(spec, smp::test::fast_params());  // default chart: 80 mm
  CHECK(y_at(recommended_hairline_mm(s), 0.0) >= s.chart.landmarks.mid_frontal_point_mm.y);
}

TEST_CASE("an older man's recommended hairline sits a little higher (conservative)") {
  const double young = y_at(recommended_hairline_mm(client(Sex::Male, 30)), 0.0);
  const double older = y_at(recommended_hairline_mm(client(Sex::Male, 60)), 0.0);
  CHECK(older > young + 2.0);
}
