#include <doctest/doctest.h>

#include <glm/geometric.hpp>
#include <vector>

#include "core/scoring_patterns.hpp"
#include "core/spatial/spatial_index.hpp"
#include "core/stats/clark_evans.hpp"
#include "core/stats/empty_space.hpp"
#include "core/stats/pattern_summary.hpp"
#include "core/stats/region_mask.hpp"

using namespace smp::core;
using namespace smp::test;

TEST_CASE("a hole is found where the dots were removed, and nowhere in a blue-noise pattern") {
  auto pts = poisson_disk_pattern(kWindow, kN, 0.72, 9);
  const double dh = d_hex_mm(kNd / 2500.0);
  const RegionMask mask = RegionMask::rect(kWindow, 1.0);
  const auto clean = find_holes(SpatialIndex(pts), mask, 3.0 * dh, dh / 3.0);
  CHECK(clean.empty());
  const Vec2 gap(31.0, 17.0);
  std::erase_if(pts, [&](Vec2 p) { return glm::length(p - gap) < 3.0; });
  const auto holes = find_holes(SpatialIndex(pts), mask, 3.0 * dh, dh / 3.0);
  REQUIRE(holes.size() == 1);
  CHECK(glm::length(holes[0].centre_mm - gap) < 1.0);
  CHECK(holes[0].diameter_mm > 6.0);
  CHECK(holes[0].diameter_mm < 8.5);
}
