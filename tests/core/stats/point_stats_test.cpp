#include <doctest/doctest.h>

#include <cmath>

#include "core/scoring_patterns.hpp"
#include "core/spatial/spatial_index.hpp"
#include "core/stats/clark_evans.hpp"
#include "core/stats/empty_space.hpp"
#include "core/stats/merged_pairs.hpp"
#include "core/stats/orientational_order.hpp"
#include "core/stats/quadrats.hpp"
#include "core/stats/region_mask.hpp"
#include "core/stats/summary.hpp"

using namespace smp::core;
using namespace smp::test;

namespace {
const RectMm kWindow{{0.0, 0.0}, {50.0, 50.0}};
const std::size_t kN = count_for(kWindow, 80.0);  // 2,000 dots at 80 / cm^2
const double kNd = static_cast<double>(kN);

struct Summary {
  ClarkEvans ce;
  double nn_cv = 0.0;
  OrientationalOrder order;
};
Summary summarise(const std::vector<Vec2>& pts, const RectMm& w) {
  const SpatialIndex idx(pts);
  const auto nn = idx.nearest_distances_canonical();
  Summary s;
  s.ce = clark_evans(nn, w.width_mm() * w.height_mm(), 2.0 * (w.width_mm() + w.height_mm()));
  s.nn_cv = coefficient_of_variation(nn);
  std::vector<std::uint32_t> all(pts.size());  // every canonical position
  for (std::size_t k = 0; k < all.size(); ++k) all[k] = static_cast<std::uint32_t>(k);
  const double tile = std::sqrt(100.0 / s.ce.intensity_per_mm2);
  s.order = orientational_order(idx, all, w.min_mm, tile, 30, 100'000);
  return s;
}
}  // namespace

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

TEST_CASE("the row detector catches a jittered grid that R alone would pass") {
  const auto pd = summarise(poisson_disk_pattern(kWindow, kN, 0.70, 5), kWindow);
  const auto grid = summarise(square_lattice(kWindow, std::sqrt(2500.0 / kNd), 0.25, 5), kWindow);
  const auto hex = summarise(hex_lattice(kWindow, hex_spacing_for(kWindow, kN), 0.25, 5), kWindow);
  // R does not tell them apart: both inside the natural band 1.35-1.80 (rule 7).
  CHECK(grid.ce.r_donnelly > 1.35);
  CHECK(grid.ce.r_donnelly < 1.80);
  CHECK(std::abs(grid.ce.r_donnelly - pd.ce.r_donnelly) < 0.15);
  // Bond order does, by a wide margin, whatever the grid's kind.
  CHECK(pd.order.order < 0.12);
  CHECK(grid.order.psi4 > 0.3);
  CHECK(hex.order.psi6 > 0.3);
  CHECK(grid.order.order > 3.0 * pd.order.order);
}

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

TEST_CASE("merged pairs: discs that overlap or nearly touch are counted once") {
  const std::vector<Vec2> pts{{0, 0}, {0.25, 0}, {5, 5}, {5.45, 5}, {10, 10}};
  const std::vector<double> diam{0.2, 0.2, 0.3, 0.3, 0.2};
  const SpatialIndex idx(pts);
  const auto nn = idx.nearest_distances_canonical();
  const auto merged = find_merged_pairs(idx, diam, nn, 0.1);
  // Pair 1: gap 0.05 < 0.1 (merged). Pair 2: gap 0.15 (fine).
  CHECK(merged.pairs == 1);
  CHECK(merged.dots_involved == 2);
  REQUIRE(merged.where_mm.size() == 1);
  CHECK(merged.where_mm[0].x == doctest::Approx(0.125));
}

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
