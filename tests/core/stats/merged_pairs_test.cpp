#include <doctest/doctest.h>

#include <vector>

#include "core/spatial/spatial_index.hpp"
#include "core/stats/merged_pairs.hpp"

using namespace smp::core;

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
