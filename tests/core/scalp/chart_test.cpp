#include <doctest/doctest.h>

#include <cmath>

#include "core/scalp/chart.hpp"

using namespace smp::core;

TEST_CASE(
    "the fronto-temporal angles sit on the lateral-canthus lines, behind the mid-frontal point") {
  const Chart c = make_chart({});
  const Landmarks& lm = c.landmarks;
  CHECK(lm.right_fta_mm.x == doctest::Approx(lm.lateral_canthus_x_mm));
  CHECK(lm.left_fta_mm.x == doctest::Approx(-lm.lateral_canthus_x_mm));
  CHECK(lm.right_fta_mm.y > lm.mid_frontal_point_mm.y + 10.0);
  CHECK(lm.left_fta_mm.y == doctest::Approx(lm.right_fta_mm.y));
  CHECK(lm.right_temporal_peak_mm.x > lm.right_fta_mm.x);
}

TEST_CASE("the crown whorl lies 63 mm behind the vertex and the vertex halfway to the nape") {
  const Chart c = make_chart({});
  CHECK(c.landmarks.vertex_mm == Vec2(0.0, 175.0));
  CHECK(c.landmarks.crown_whorl_mm.y - c.landmarks.vertex_mm.y == doctest::Approx(63.0));
  CHECK(c.landmarks.crown_whorl_mm.x == doctest::Approx(0.0));
  CHECK(c.landmarks.glabella_mm == Vec2(0.0, 0.0));
  CHECK(c.landmarks.left_ear_mm.x == doctest::Approx(-c.landmarks.right_ear_mm.x));
  CHECK(c.landmarks.right_ear_mm.y == doctest::Approx(c.landmarks.vertex_mm.y));
}

TEST_CASE("the chart follows its parameters") {
  ChartParams p;
  p.mid_frontal_height_mm = 70.0;
  p.lateral_canthus_x_mm = 50.0;
  p.nasion_inion_arc_mm = 330.0;
  p.crown_whorl_behind_vertex_mm = 40.0;
  const Chart c = make_chart(p);
  CHECK(c.landmarks.mid_frontal_point_mm.y == doctest::Approx(70.0));
  CHECK(c.landmarks.right_fta_mm.x == doctest::Approx(50.0));
  CHECK(c.landmarks.vertex_mm.y == doctest::Approx(165.0));
  CHECK(c.landmarks.crown_whorl_mm.y == doctest::Approx(205.0));
  CHECK(in_natural_hair_region(c, {0.0, 73.0}));
  CHECK_FALSE(in_natural_hair_region(c, {0.0, 67.0}));
}

TEST_CASE("the natural hair region starts at the mid-frontal point and ends at the nape") {
  const Chart c = make_chart({});
  CHECK_FALSE(in_natural_hair_region(c, {0.0, 77.0}));
  CHECK(in_natural_hair_region(c, {0.0, 83.0}));
  CHECK(in_natural_hair_region(c, c.landmarks.vertex_mm));
  CHECK(in_natural_hair_region(c, {0.0, 340.0}));
  CHECK_FALSE(in_natural_hair_region(c, {0.0, 356.0}));
  CHECK_FALSE(in_natural_hair_region(c, c.landmarks.right_ear_mm));
}

TEST_CASE("the head outline holds the forehead and the hair region but not the ears or beyond") {
  const Chart c = make_chart({});
  CHECK(on_head(c, {0.0, 5.0}));
  CHECK(on_head(c, {0.0, 360.0}));
  CHECK_FALSE(on_head(c, {0.0, -10.0}));
  CHECK_FALSE(on_head(c, c.landmarks.left_ear_mm));
  CHECK_FALSE(on_head(c, {400.0, 175.0}));
  for (const Vec2& p : c.natural_hair_boundary_mm) {
    CHECK(c.bounds_mm.contains(p));
  }
  int hair_outside_head = 0;
  for (double y = -20.0; y < 400.0; y += 4.0)
    for (double x = -220.0; x < 220.0; x += 4.0)
      if (in_natural_hair_region(c, {x, y}) && !on_head(c, {x, y})) ++hair_outside_head;
  CHECK(hair_outside_head == 0);
}

TEST_CASE("the natural hairline runs left to right through the mid-frontal point") {
  const Chart c = make_chart({});
  const Polyline line = natural_hairline_mm(c);
  REQUIRE(line.size() > 10);
  for (std::size_t i = 1; i < line.size(); ++i) CHECK(line[i].x > line[i - 1].x);
  CHECK(distance_mm(line.front(), c.landmarks.left_temporal_peak_mm) < 0.01);
  CHECK(distance_mm(line.back(), c.landmarks.right_temporal_peak_mm) < 0.01);
  CHECK(distance_to_polyline_mm(c.landmarks.mid_frontal_point_mm, line) < 0.01);
  CHECK(distance_to_polyline_mm(c.landmarks.right_fta_mm, line) < 0.01);
}

TEST_CASE("vertex polar coordinates round-trip and point 0 at the face, +90 deg at the right ear") {
  const Chart c = make_chart({});
  const VertexPolar front = to_vertex_polar(c, {0.0, 100.0});
  CHECK(front.r_mm == doctest::Approx(75.0));
  CHECK(front.theta_rad == doctest::Approx(0.0));
  const VertexPolar right = to_vertex_polar(c, {50.0, 175.0});
  CHECK(right.theta_rad == doctest::Approx(std::acos(0.0)));
  const Vec2 back = from_vertex_polar(c, 120.0, 2.5);
  const VertexPolar q = to_vertex_polar(c, back);
  CHECK(q.r_mm == doctest::Approx(120.0));
  CHECK(q.theta_rad == doctest::Approx(2.5));
}

TEST_CASE("the occipital band is behind the ears between its top and bottom lines") {
  const Chart c = make_chart({});
  CHECK(in_occipital_band(c, {0.0, 300.0}));
  CHECK_FALSE(in_occipital_band(c, {0.0, 260.0}));
  CHECK_FALSE(in_occipital_band(c, {0.0, 340.0}));
  CHECK_FALSE(in_occipital_band(c, {0.0, 120.0}));
  CHECK_FALSE(in_occipital_band(c, {90.0, 150.0}));
}
