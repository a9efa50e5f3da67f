// The promises both spatial indexes keep (spatial_index.hpp), on inputs small enough to work out
// by hand: each test runs once over SpatialIndex and once over BruteForceIndex.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/spatial/brute_force_index.hpp"
#include "core/spatial/spatial_index.hpp"

using namespace smp::core;

TEST_CASE_TEMPLATE("an empty index answers every query with nothing", Index, SpatialIndex,
                   BruteForceIndex) {
  const Index ix(std::span<const Vec2>{});
  CHECK(ix.size() == 0);
  CHECK(ix.nearest(Vec2(1.0, 2.0)).point == Index::kNone);
  CHECK(std::isinf(ix.nearest(Vec2(1.0, 2.0)).distance_mm));
  std::vector<typename Index::Neighbour> knn(3);
  ix.k_nearest(Vec2(0.0), 4, knn);
  CHECK(knn.empty());
  std::vector<std::uint32_t> ids{7};
  ix.within_radius(Vec2(0.0), 100.0, ids);
  CHECK(ids.empty());
  ix.in_rect(RectMm{Vec2(-1.0), Vec2(1.0)}, ids);
  CHECK(ids.empty());
  CHECK(ix.count_in_rect(RectMm{Vec2(-1.0), Vec2(1.0)}) == 0);
  CHECK(ix.nearest_distances_canonical().empty());
  double d = 0.0;
  CHECK(ix.nearest_canonical_if(
            Vec2(0.0), 0, [](std::size_t) { return true; }, &d) == 0);
  CHECK(std::isinf(d));
  int visits = 0;
  ix.for_each_near_canonical(Vec2(0.0), 5.0, [&](std::size_t) { ++visits; });
  CHECK(visits == 0);
}

TEST_CASE_TEMPLATE("a lone point has no neighbour but is found from anywhere else", Index,
                   SpatialIndex, BruteForceIndex) {
  const std::vector<Vec2> one{{1.0, 1.0}};
  const Index ix(one);
  CHECK(ix.nearest_other(0).point == Index::kNone);
  CHECK(std::isinf(ix.nearest_distances_canonical()[0]));
  std::vector<double> d;
  std::vector<std::uint32_t> which;
  ix.nearest_all_canonical(d, which);
  CHECK(which[0] == 1);  // size(): alone
  const auto nb = ix.nearest(Vec2(4.0, 5.0));
  CHECK(nb.point == 0);
  CHECK(nb.distance_mm == 5.0);
  CHECK(nb.pos_mm == Vec2(1.0, 1.0));
  std::vector<typename Index::Neighbour> knn;
  ix.k_nearest_canonical(0, 3, knn);
  CHECK(knn.empty());
}

TEST_CASE_TEMPLATE("canonical order is by cell, then x, then y, then input index", Index,
                   SpatialIndex, BruteForceIndex) {
  // One cell of 10 mm holds all of them: the order is (x, y, input index) alone.
  const std::vector<Vec2> pts{{1, 0}, {0, 1}, {-1, 0}, {0, -1}, {0, 1}};
  const Index ix(pts, 10.0);
  const std::vector<std::uint32_t> want{2, 3, 1, 4, 0};
  for (std::size_t k = 0; k < pts.size(); ++k) {
    CHECK(ix.canonical_index(k) == want[k]);
    CHECK(ix.canonical_point(k) == pts[want[k]]);
  }
  // Cells of 1 mm: rows of cells first (y), then columns, whatever x says.
  const std::vector<Vec2> rows{{5.5, 0.25}, {0.5, 1.75}, {0.25, 0.75}};
  const Index by_cell(rows, 1.0);
  CHECK(by_cell.canonical_index(0) == 2);
  CHECK(by_cell.canonical_index(1) == 0);
  CHECK(by_cell.canonical_index(2) == 1);
}

TEST_CASE_TEMPLATE("equally near points rank by canonical position", Index, SpatialIndex,
                   BruteForceIndex) {
  const std::vector<Vec2> pts{{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
  for (const double cell_mm : {0.0, 0.5, 1.0, 10.0}) {
    CAPTURE(cell_mm);
    const Index ix(pts, cell_mm);
    const Vec2 centre(0.0, 0.0);
    CHECK(ix.nearest(centre).point == ix.canonical_index(0));
    CHECK(ix.nearest(centre, ix.canonical_index(0)).point == ix.canonical_index(1));
    std::vector<typename Index::Neighbour> knn;
    ix.k_nearest(centre, 4, knn);
    REQUIRE(knn.size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
      CHECK(knn[i].point == ix.canonical_index(i));
      CHECK(knn[i].distance_mm == 1.0);
    }
    double d = 0.0;
    CHECK(ix.nearest_canonical_if(
              centre, 0, [](std::size_t k) { return k >= 2; }, &d) == 2);
    CHECK(d == 1.0);
  }
}

TEST_CASE_TEMPLATE("duplicates are each other's nearest, at distance zero", Index, SpatialIndex,
                   BruteForceIndex) {
  const std::vector<Vec2> dup{{2, 2}, {2, 2}, {3, 2}};
  const Index ix(dup);
  CHECK(ix.nearest_other(0).point == 1);
  CHECK(ix.nearest_other(1).point == 0);
  CHECK(ix.nearest_other(0).distance_mm == 0.0);
  CHECK(ix.nearest_other(2).distance_mm == 1.0);
  CHECK(ix.nearest_distances_canonical() == std::vector<double>{0.0, 0.0, 1.0});
}

TEST_CASE_TEMPLATE("a query far outside the points still finds the closest one", Index,
                   SpatialIndex, BruteForceIndex) {
  const std::vector<Vec2> pts{{0, 0}, {5, 5}, {10, 0}};
  const Index ix(pts);
  const auto nb = ix.nearest(Vec2(100.0, 3.0));
  CHECK(nb.point == 2);
  CHECK(nb.distance_mm == std::sqrt(90.0 * 90.0 + 3.0 * 3.0));
  CHECK(ix.nearest(Vec2(-1e6, 1e6)).point == 0);
  CHECK(ix.nearest(Vec2(1e12, 1.0)).point == 2);  // far beyond any int count of cells
  // So far away that every squared distance overflows: all tie, and the first in canonical
  // order wins.
  const auto overflow = ix.nearest(Vec2(1e300, 0.0));
  CHECK(overflow.point == ix.canonical_index(0));
  CHECK(std::isinf(overflow.distance_mm));
  std::vector<typename Index::Neighbour> knn;
  ix.k_nearest(Vec2(0.0, -1e300), 3, knn);
  REQUIRE(knn.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) CHECK(knn[i].point == ix.canonical_index(i));
}

TEST_CASE_TEMPLATE("points so far apart that their squared distances overflow tie", Index,
                   SpatialIndex, BruteForceIndex) {
  const std::vector<Vec2> pts{{2e200, 0.0}, {0.0, 0.0}, {1e200, 0.0}};
  const Index ix(pts);
  CHECK(ix.nearest_other(0).point == 1);  // both others are infinitely far: the first
  CHECK(ix.nearest_other(1).point == 2);
  CHECK(std::isinf(ix.nearest_other(1).distance_mm));
  std::vector<double> d;
  std::vector<std::uint32_t> which;
  ix.nearest_all_canonical(d, which);
  CHECK(which == std::vector<std::uint32_t>{1, 0, 0});
}

TEST_CASE_TEMPLATE("radius and rectangle queries include their boundary", Index, SpatialIndex,
                   BruteForceIndex) {
  const std::vector<Vec2> pts{{0, 0}, {3, 0}, {0, 4}, {3, 4}, {1, 1}};
  const Index ix(pts);
  std::vector<std::uint32_t> ids;
  ix.within_radius(Vec2(0.0), 3.0, ids);
  std::sort(ids.begin(), ids.end());
  CHECK(ids == std::vector<std::uint32_t>{0, 1, 4});
  ix.within_radius(Vec2(0.0), 5.0, ids);
  CHECK(ids.size() == 5);
  ix.within_radius(Vec2(0.0), -1.0, ids);
  CHECK(ids.empty());
  ix.within_radius(Vec2(0.0), std::nan(""), ids);
  CHECK(ids.empty());
  const RectMm r{{0.0, 0.0}, {3.0, 1.0}};
  ix.in_rect(r, ids);
  std::sort(ids.begin(), ids.end());
  CHECK(ids == std::vector<std::uint32_t>{0, 1, 4});
  CHECK(ix.count_in_rect(r) == 3);
  CHECK(ix.count_in_rect(RectMm{{3.0, 4.0}, {3.0, 4.0}}) == 1);  // a point-sized rectangle
  CHECK(ix.count_in_rect(RectMm{{3.0, 4.0}, {0.0, 0.0}}) == 0);  // min above max: empty
}

TEST_CASE_TEMPLATE("the canonical order does not depend on the input order", Index, SpatialIndex,
                   BruteForceIndex) {
  std::vector<Vec2> pts;
  for (int i = 0; i < 200; ++i) pts.emplace_back((i * 37) % 23 * 0.7, (i * 11) % 17 * 0.45);
  const Index a(pts);
  std::reverse(pts.begin(), pts.end());
  const Index b(pts);
  REQUIRE(a.size() == b.size());
  for (std::size_t k = 0; k < a.size(); ++k) CHECK(a.canonical_point(k) == b.canonical_point(k));
  CHECK(a.nearest_distances_canonical() == b.nearest_distances_canonical());
}

TEST_CASE_TEMPLATE("k nearest returns no more than the other points, nearest first", Index,
                   SpatialIndex, BruteForceIndex) {
  const std::vector<Vec2> pts{{0, 0}, {1, 0}, {3, 0}, {6, 0}};
  const Index ix(pts);
  std::vector<typename Index::Neighbour> knn;
  ix.k_nearest_canonical(0, 10, knn);
  REQUIRE(knn.size() == 3);
  CHECK(knn[0].distance_mm == 1.0);
  CHECK(knn[1].distance_mm == 3.0);
  CHECK(knn[2].distance_mm == 6.0);
  ix.k_nearest(Vec2(2.9, 0.0), 2, knn, 2);  // input index 2 excluded
  REQUIRE(knn.size() == 2);
  CHECK(knn[0].point == 1);
  CHECK(knn[1].point == 0);
  ix.k_nearest(Vec2(2.9, 0.0), 0, knn);
  CHECK(knn.empty());
}

TEST_CASE_TEMPLATE("a point just as far as the searched cells reach still wins a tie by order",
                   Index, SpatialIndex, BruteForceIndex) {
  // With 1 mm cells from (0, 0), a search from p covers the cells up to x = 4 mm when it first
  // meets (3, 7.5), 2.5 mm away. (4, 5.5), just as far, lies on that edge in the next cell, but
  // in an earlier row of cells: it comes first in canonical order and is the nearest.
  const std::vector<Vec2> pts{{0, 8}, {8, 0}, {8, 8}, {3, 7.5}, {4, 5.5}};
  const Index ix(pts, 1.0);
  REQUIRE(ix.cell_mm() == 1.0);
  const Vec2 p(1.5, 5.5);
  CHECK(ix.nearest(p).point == 4);
  CHECK(ix.nearest(p).distance_mm == 2.5);
  std::vector<typename Index::Neighbour> knn;
  ix.k_nearest(p, 2, knn);
  REQUIRE(knn.size() == 2);
  CHECK(knn[0].point == 4);
  CHECK(knn[1].point == 3);
  double d = 0.0;
  const std::size_t k = ix.nearest_canonical_if(
      p, ix.size(), [](std::size_t) { return true; }, &d);
  CHECK(ix.canonical_index(k) == 4);
}
