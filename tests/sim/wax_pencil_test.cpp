// The wax-pencil mockup tool: stroke -> control points -> smooth curve, mirror, picking.
#include <doctest/doctest.h>

#include <cmath>

#include "sim/wax_pencil.hpp"

using smp::core::Polyline;
using smp::core::Vec2;
namespace sim = smp::sim;

namespace {
// A wobbly freehand stroke across the forehead, left temple to right temple.
Polyline freehand(int n) {
  Polyline s;
  for (int i = 0; i <= n; ++i) {
    const double x = -60.0 + 120.0 * i / n;
    s.emplace_back(x, 80.0 + 0.004 * x * x + 0.6 * std::sin(i * 1.7));
  }
  return s;
}
}  // namespace

TEST_CASE("a freehand stroke becomes evenly spaced control points that keep its ends") {
  sim::WaxPencilParams p;
  p.control_points = 7;
  const Polyline stroke = freehand(300);
  const Polyline c = sim::fit_control_points(stroke, p);
  REQUIRE(c.size() == 7);
  CHECK(c.front() == stroke.front());
  CHECK(c.back() == stroke.back());
  const double first = smp::core::distance_mm(c[0], c[1]);
  for (std::size_t i = 1; i + 1 < c.size(); ++i)
    CHECK(smp::core::distance_mm(c[i], c[i + 1]) == doctest::Approx(first).epsilon(0.15));
}

TEST_CASE("a stroke shorter than the minimum gives no control points") {
  sim::WaxPencilParams p;
  p.min_stroke_mm = 20.0;
  CHECK(sim::fit_control_points({{0, 80}, {5, 80}, {10, 81}}, p).empty());
  CHECK(sim::fit_control_points({{0, 80}}, p).empty());
}

TEST_CASE("the smooth curve passes through every control point and is smoother than the stroke") {
  sim::WaxPencilParams p;
  const Polyline stroke = freehand(300);
  const Polyline c = sim::fit_control_points(stroke, p);
  const Polyline curve = sim::smooth_curve(c, p);
  for (const auto& q : c) CHECK(smp::core::distance_to_polyline_mm(q, curve) < 1e-9);
  // Total turning: the wobble of the hand is gone.
  auto turning = [](const Polyline& l) {
    double t = 0.0;
    for (std::size_t i = 1; i + 1 < l.size(); ++i) {
      const Vec2 a = l[i] - l[i - 1], b = l[i + 1] - l[i];
      t += std::abs(std::atan2(a.x * b.y - a.y * b.x, a.x * b.x + a.y * b.y));
    }
    return t;
  };
  CHECK(turning(curve) < 0.5 * turning(stroke));
}

TEST_CASE("the mirror guide reflects across the midline") {
  const Polyline m = sim::mirror_x({{-30, 85}, {10, 80}});
  REQUIRE(m.size() == 2);
  CHECK(m[0] == Vec2(-10, 80));
  CHECK(m[1] == Vec2(30, 85));
}

TEST_CASE("picking a control point finds the nearest one within the radius only") {
  const Polyline c{{0, 0}, {10, 0}, {20, 0}};
  CHECK(sim::pick_control_point(c, {9.0, 0.5}, 2.0) == 1);
  CHECK(sim::pick_control_point(c, {15.0, 0.0}, 2.0) == -1);
}
