// ChartGrid: the one point -> cell rule of every raster over the chart.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "core/base/chart_grid.hpp"
#include "core/base/rng.hpp"

using smp::core::ChartGrid;
using smp::core::RectMm;
using smp::core::Rng;
using smp::core::Vec2;

TEST_CASE("a point's cell is the floor of its offset divided by the cell size, -1 outside") {
  for (const double cell_mm : {0.25, 0.5, 1.0, 0.7, 2.0, 3.3}) {
    const ChartGrid g = ChartGrid::covering(RectMm{{-81.5, -12.25}, {93.0, 240.0}}, cell_mm);
    REQUIRE(g.cols == static_cast<int>(std::ceil(174.5 / cell_mm)));
    Rng rng(11);
    for (int i = 0; i < 20000; ++i) {
      // Half the points on whole multiples of the cell (the edges, where rounding matters).
      Vec2 p{rng.uniform(-100.0, 110.0), rng.uniform(-30.0, 260.0)};
      if (i % 2 == 0)
        p = g.origin_mm + Vec2(std::round((p.x - g.origin_mm.x) / cell_mm) * cell_mm,
                               std::round((p.y - g.origin_mm.y) / cell_mm) * cell_mm);
      const double fx = std::floor((p.x - g.origin_mm.x) / cell_mm);
      const double fy = std::floor((p.y - g.origin_mm.y) / cell_mm);
      CHECK(g.col_of(p.x) == static_cast<int>(fx));
      CHECK(g.row_of(p.y) == static_cast<int>(fy));
      const bool inside = fx >= 0 && fy >= 0 && fx < g.cols && fy < g.rows;
      const std::ptrdiff_t want =
          inside ? static_cast<std::ptrdiff_t>(g.index(static_cast<int>(fx), static_cast<int>(fy)))
                 : -1;
      CHECK(g.cell_of(p) == want);
    }
  }
}

TEST_CASE("a cell's centre lies in that cell, and NaN lies in none") {
  const ChartGrid g = ChartGrid::covering(RectMm{{-3.0, -2.0}, {4.0, 5.0}}, 0.5);
  for (int r = 0; r < g.rows; ++r)
    for (int c = 0; c < g.cols; ++c) {
      CHECK(g.has_cell(c, r));
      CHECK(g.cell_of(g.centre_of(c, r)) == static_cast<std::ptrdiff_t>(g.index(c, r)));
    }
  CHECK_FALSE(g.has_cell(g.cols, 0));
  CHECK_FALSE(g.has_cell(0, -1));
  const double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(g.cell_of(Vec2{nan, 0.0}) == -1);
  CHECK(g.cell_of(Vec2{0.0, nan}) == -1);
}
