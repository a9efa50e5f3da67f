#include <doctest/doctest.h>

#include <cmath>

#include "core/scoring_patterns.hpp"
#include "core/stats/orientational_order.hpp"
#include "core/stats/pattern_summary.hpp"

using namespace smp::core;
using namespace smp::test;

TEST_CASE("the row detector catches a jittered grid that R alone would pass") {
  const auto pd = summarise(poisson_disk_pattern(kWindow, kN, 0.70, 5), kWindow);
  const auto grid = summarise(square_lattice(kWindow, std::sqrt(2500.0 / kNd), 0.25, 5), kWindow);
  const auto hex = summarise(hex_lattice(kWindow, hex_spacing_for(kWindow, kN), 0.25, 5), kWindow);
  // R does not tell them apart: both inside the natural band 1.35-1.80 (notes R7).
  CHECK(grid.ce.r_donnelly > 1.35);
  CHECK(grid.ce.r_donnelly < 1.80);
  CHECK(std::abs(grid.ce.r_donnelly - pd.ce.r_donnelly) < 0.15);
  // Bond order does, by a wide margin, whatever the grid's kind.
  CHECK(pd.order.order < 0.12);
  CHECK(grid.order.psi4 > 0.3);
  CHECK(hex.order.psi6 > 0.3);
  CHECK(grid.order.order > 3.0 * pd.order.order);
}
