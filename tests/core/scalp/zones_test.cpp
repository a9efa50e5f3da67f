#include <doctest/doctest.h>

#include "core/scalp/zones.hpp"

using namespace smp::core;

TEST_CASE("every zone name round-trips and unknown names are refused") {
  for (Zone z : kAllZones) {
    const auto back = zone_from_name(zone_name(z));
    REQUIRE(back.has_value());
    CHECK(*back == z);
  }
  CHECK(zone_name(Zone::HairlineBand) == "hairline_band");
  CHECK(zone_name(Zone::TemporalLeft) == "temporal_left");
  CHECK_FALSE(zone_from_name("Crown").has_value());
  CHECK_FALSE(zone_from_name("").has_value());
  CHECK_FALSE(zone_from_name("vertex").has_value());
}

TEST_CASE("zone_at names the expected zone at landmark-based points") {
  const Chart c = make_chart({});
  const Landmarks& lm = c.landmarks;
  CHECK(zone_at(c, {0.0, 40.0}) == Zone::Forehead);
  CHECK(zone_at(c, lm.mid_frontal_point_mm + Vec2(0.0, 4.0)) == Zone::HairlineBand);
  CHECK(zone_at(c, {0.0, 110.0}) == Zone::Frontal);
  CHECK(zone_at(c, {0.0, 160.0}) == Zone::MidScalp);
  CHECK(zone_at(c, lm.crown_whorl_mm) == Zone::Crown);
  CHECK(zone_at(c, {0.0, 320.0}) == Zone::Occipital);
  CHECK(zone_at(c, {-80.0, 120.0}) == Zone::TemporalLeft);
  CHECK(zone_at(c, {80.0, 120.0}) == Zone::TemporalRight);
  CHECK(zone_at(c, {-85.0, 180.0}) == Zone::ParietalLeft);
  CHECK(zone_at(c, {85.0, 180.0}) == Zone::ParietalRight);
  CHECK(zone_at(c, {500.0, 500.0}) == Zone::OffHead);
  CHECK(zone_at(c, lm.right_ear_mm) == Zone::OffHead);
}

TEST_CASE("zone_at covers the head: on-head points have a head zone, hair points a hair zone") {
  const Chart c = make_chart({});
  for (double y = c.bounds_mm.min_mm.y; y < c.bounds_mm.max_mm.y; y += 5.0) {
    for (double x = c.bounds_mm.min_mm.x; x < c.bounds_mm.max_mm.x; x += 5.0) {
      const Zone z = zone_at(c, {x, y});
      CHECK((z == Zone::OffHead) == !on_head(c, {x, y}));
      if (in_natural_hair_region(c, {x, y})) CHECK(z != Zone::Forehead);
    }
  }
}

TEST_CASE("zone areas are plausible: the hair region is about 500 cm^2 and left equals right") {
  const Chart c = make_chart({});
  const auto a = zone_areas_cm2(c);
  auto area = [&](Zone z) { return a[static_cast<std::size_t>(z)]; };
  // Hair-bearing area counted on the same grid (~500 cm^2) (notes N29).
  double hair = 0.0;
  for (double y = c.bounds_mm.min_mm.y + 1.0; y < c.bounds_mm.max_mm.y; y += 2.0)
    for (double x = c.bounds_mm.min_mm.x + 1.0; x < c.bounds_mm.max_mm.x; x += 2.0)
      if (in_natural_hair_region(c, {x, y})) hair += 0.04;
  CHECK(hair > 450.0);
  CHECK(hair < 550.0);
  const double zoned = area(Zone::HairlineBand) + area(Zone::Frontal) + area(Zone::MidScalp) +
                       area(Zone::Crown) + area(Zone::TemporalLeft) + area(Zone::TemporalRight) +
                       area(Zone::ParietalLeft) + area(Zone::ParietalRight) + area(Zone::Occipital);
  CHECK(zoned >= hair);  // occipital also holds the bare neck skin
  CHECK(area(Zone::Crown) == doctest::Approx(50.3).epsilon(0.05));  // 4 cm disc
  CHECK(area(Zone::HairlineBand) > 10.0);  // ~1 cm deep along ~20 cm of hairline (notes N43)
  CHECK(area(Zone::HairlineBand) < 35.0);
  CHECK(area(Zone::Forehead) > 100.0);
  CHECK(area(Zone::TemporalLeft) == doctest::Approx(area(Zone::TemporalRight)).epsilon(0.08));
  CHECK(area(Zone::ParietalLeft) == doctest::Approx(area(Zone::ParietalRight)).epsilon(0.08));
  for (Zone z : kAllZones) CHECK(area(z) > 5.0);
  CHECK(zone_area_cm2(c, Zone::Crown) == doctest::Approx(area(Zone::Crown)));
}
