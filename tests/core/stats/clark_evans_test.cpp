#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "core/scoring_patterns.hpp"
#include "core/stats/clark_evans.hpp"
#include "core/stats/pattern_summary.hpp"

using namespace smp::core;
using namespace smp::test;

TEST_CASE("a Poisson pattern has Clark-Evans R near 1 and NN-CV near 0.52") {
  double r = 0.0, cv = 0.0;
  for (std::uint64_t seed = 1; seed <= 4; ++seed) {
    const auto s = summarise(poisson_pattern(kWindow, kN, seed), kWindow);
    r += s.ce.r / 4.0;
    cv += s.nn_cv / 4.0;
  }
  // SE(R) ~ 0.52 / sqrt(n) = 0.012 per pattern; edge effects raise plain R by ~1%.
  CHECK(r == doctest::Approx(1.0).epsilon(0.04));
  CHECK(cv == doctest::Approx(0.523).epsilon(0.06));
}

TEST_CASE("a hexagonal lattice has R near 2.15 and a square lattice near 2.0") {
  const auto hex = summarise(hex_lattice(kWindow, hex_spacing_for(kWindow, kN)), kWindow);
  CHECK(hex.ce.r == doctest::Approx(2.149).epsilon(0.02));
  CHECK(hex.nn_cv < 0.01);
  const auto sq = summarise(square_lattice(kWindow, std::sqrt(2500.0 / kNd), 0.0, 1), kWindow);
  CHECK(sq.ce.r == doctest::Approx(2.0).epsilon(0.02));
}

TEST_CASE(
    "Donnelly's correction follows spatstat's formula and brings small-window R closer to 1") {
  const ClarkEvans ce = clark_evans(std::vector<double>{1.0, 2.0, 3.0}, 100.0, 40.0);
  const double expected =
      0.5 / std::sqrt(3.0 / 100.0) + (0.0514 + 0.0412 / std::sqrt(3.0)) * 40.0 / 3.0;
  CHECK(ce.expected_nn_donnelly_mm == doctest::Approx(expected));
  CHECK(ce.r_donnelly == doctest::Approx(2.0 / expected));
  // 60 dots in a 1 x 1 cm window: edge effects inflate the plain R.
  const RectMm small{{0.0, 0.0}, {10.0, 10.0}};
  double err_plain = 0.0, err_donnelly = 0.0;
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    const auto s = summarise(poisson_pattern(small, 60, seed), small);
    err_plain += (s.ce.r - 1.0) / 40.0;
    err_donnelly += (s.ce.r_donnelly - 1.0) / 40.0;
  }
  CHECK(err_plain > 0.03);
  CHECK(std::abs(err_donnelly) < std::abs(err_plain) / 2.0);
}
