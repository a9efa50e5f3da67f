#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "core/scoring_patterns.hpp"
#include "core/stats/pattern_summary.hpp"
#include "core/stats/quadrats.hpp"
#include "core/stats/region_mask.hpp"

using namespace smp::core;
using namespace smp::test;

TEST_CASE("quadrat counts: Poisson has VMR near 1, blue noise well below, clusters above") {
  const RegionMask mask = RegionMask::rect(kWindow, 1.0);
  const double side = std::sqrt(20.0 / (kNd / 2500.0));
  const auto vmr = [&](const std::vector<Vec2>& p) {
    return quadrat_stats(p, mask, side, Vec2(0.3 * side, 0.7 * side)).vmr;
  };
  CHECK(vmr(poisson_pattern(kWindow, kN, 3)) == doctest::Approx(1.0).epsilon(0.35));
  CHECK(vmr(poisson_disk_pattern(kWindow, kN, 0.7, 3)) < 0.4);
  CHECK(vmr(thomas_pattern(kWindow, kN, 10, 0.6, 3)) > 2.5);
  const auto qs =
      quadrat_stats(poisson_pattern(kWindow, kN, 3), mask, side, Vec2(0.3 * side, 0.7 * side));
  CHECK(qs.mean_count == doctest::Approx(20.0).epsilon(0.2));
}
