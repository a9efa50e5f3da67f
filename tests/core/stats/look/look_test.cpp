// darkness_field's windows and oriented_structure's tiles on patterns whose answer is known.
#include <doctest/doctest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "core/scoring_patterns.hpp"
#include "core/stats/look/darkness_field.hpp"
#include "core/stats/look/oriented_structure.hpp"

using namespace smp::core;
using namespace smp::test;

namespace {

const RectMm kSquare{{0.0, 0.0}, {96.0, 96.0}};

DarknessField field_of(const std::vector<Vec2>& pts, const FieldGrid* plan = nullptr) {
  const std::vector<double> ink(pts.size(), 1.0);
  return darkness_field(pts, ink, RegionMask::rect(kSquare, 2.0), 4, plan);
}

}  // namespace

TEST_CASE("an even fill has no thin or dark windows; a bare band is found where it is") {
  const std::vector<Vec2> even = hex_lattice(kSquare, 1.2, 0.1, 1);
  const WindowExtremes w = window_extremes(field_of(even), 2.5, 0.3, 2.0);
  CHECK(w.windows > 1000);
  CHECK(w.low_share == 0.0);
  CHECK(w.high_share == 0.0);
  std::vector<Vec2> banded;
  for (const Vec2& p : even)
    if (p.x < 40.0 || p.x > 44.0) banded.push_back(p);
  const WindowExtremes b = window_extremes(field_of(banded), 2.5, 0.3, 2.0);
  CHECK(b.low_share > 0.02);
  CHECK(b.lowest_mm.x > 39.0);
  CHECK(b.lowest_mm.x < 45.0);
  REQUIRE_FALSE(b.low_where_mm.empty());
  for (const Vec2& at : b.low_where_mm) CHECK(std::abs(at.x - 42.0) < 3.0);
}

TEST_CASE("against a plan, a planned ramp is even and a flat fill is not") {
  FieldGrid plan = FieldGrid::covering(kSquare, 1.0);
  for (int r = 0; r < plan.rows; ++r)
    for (int c = 0; c < plan.cols; ++c)
      plan.at(c, r) = static_cast<float>(40.0 + 0.8 * plan.centre_of(c, r).x);  // 40 -> 117
  // Dots thinned to follow the ramp.
  Rng rng(5);
  std::vector<Vec2> ramp;
  for (const Vec2& p : poisson_disk_pattern(kSquare, count_for(kSquare, 117.0), 0.6, 6))
    if (rng.uniform() < (40.0 + 0.8 * p.x) / 117.0) ramp.push_back(p);
  const WindowExtremes with_plan = window_extremes(field_of(ramp, &plan), 20.0, 0.85, 1.15);
  const WindowExtremes without = window_extremes(field_of(ramp), 20.0, 0.85, 1.15);
  CHECK(with_plan.low_share + with_plan.high_share < 0.05);
  CHECK(without.low_share + without.high_share > 0.5);
}

TEST_CASE("stripes and rows stand out as lines with their period and direction; blue noise not") {
  const std::vector<Vec2> blue = poisson_disk_pattern(kSquare, count_for(kSquare, 80.0), 0.72, 7);
  for (const StructureTile& t : oriented_structure(field_of(blue), 64, 1.0, 12.0, 100).tiles)
    CHECK(t.ring_ratio < 20.0);
  std::vector<Vec2> stripes;  // 6 mm dotted, 2 mm bare, varying along y (90 degrees)
  for (const Vec2& p : blue)
    if (std::fmod(p.y, 8.0) < 6.0) stripes.push_back(p);
  const OrientedStructure s = oriented_structure(field_of(stripes), 64, 1.0, 12.0, 100);
  REQUIRE_FALSE(s.tiles.empty());
  for (const StructureTile& t : s.tiles) {
    CHECK(t.ring_ratio > 20.0);
    CHECK(t.modulation > 0.3);
    CHECK(t.period_mm == doctest::Approx(8.0).epsilon(0.1));
    CHECK(std::abs(t.angle_deg - 90.0) < 8.0);
  }
  const std::vector<Vec2> rows = square_lattice(kSquare, 1.15, 0.1, 8, 0.5);
  for (const StructureTile& t : oriented_structure(field_of(rows), 64, 0.9, 12.0, 100).tiles)
    CHECK(t.ring_ratio > 20.0);
}

TEST_CASE("the tile cap spreads the tiles it keeps") {
  const std::vector<Vec2> blue = poisson_disk_pattern(kSquare, count_for(kSquare, 80.0), 0.72, 9);
  const DarknessField f = field_of(blue);
  CHECK(oriented_structure(f, 32, 1.0, 12.0, 100).tiles.size() == 36);  // 16 mm tiles
  CHECK(oriented_structure(f, 32, 1.0, 12.0, 4).tiles.size() <= 5);
}
