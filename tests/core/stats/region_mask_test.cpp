#include <doctest/doctest.h>

#include <cmath>
#include <numbers>

#include "core/stats/region_mask.hpp"

using namespace smp::core;

TEST_CASE("the region mask estimates area and perimeter of a disc") {
  RegionMask m;
  m.cell_mm = 0.5;
  m.cols = m.rows = 100;
  m.inside.assign(10'000, 0);
  for (int r = 0; r < 100; ++r)
    for (int c = 0; c < 100; ++c)
      if (std::hypot((c + 0.5) * 0.5 - 25.0, (r + 0.5) * 0.5 - 25.0) < 20.0)
        m.inside[static_cast<std::size_t>(r * 100 + c)] = 1;
  CHECK(m.area_mm2() == doctest::Approx(std::numbers::pi * 400.0).epsilon(0.01));
  CHECK(m.perimeter_mm() == doctest::Approx(2.0 * std::numbers::pi * 20.0).epsilon(0.05));
  CHECK(m.contains(Vec2(25.0, 25.0)));
  CHECK_FALSE(m.contains(Vec2(1.0, 1.0)));
}
