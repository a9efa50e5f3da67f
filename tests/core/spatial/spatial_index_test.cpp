#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>

#include "core/scoring_patterns.hpp"
#include "core/spatial/spatial_index.hpp"

using namespace smp::core;
using smp::test::poisson_pattern;

namespace {
double brute_nn(const std::vector<Vec2>& pts, std::size_t i) {
  double best = std::numeric_limits<double>::infinity();
  for (std::size_t j = 0; j < pts.size(); ++j)
    if (j != i) best = std::min(best, glm::length(pts[i] - pts[j]));
  return best;
}
const RectMm kWindow{{-20.0, 30.0}, {20.0, 70.0}};
}  // namespace

TEST_CASE("the nearest neighbour from the index matches brute force, excluding the point itself") {
  const auto pts = poisson_pattern(kWindow, 800, 7);
  const SpatialIndex index(pts);
  for (std::size_t i = 0; i < pts.size(); i += 7) {
    const auto nb = index.nearest_other(static_cast<std::uint32_t>(i));
    CHECK(nb.point != i);
    CHECK(nb.distance_mm == doctest::Approx(brute_nn(pts, i)));
  }
  const auto nn = index.nearest_distances_canonical();
  for (std::size_t k = 0; k < pts.size(); k += 13)
    CHECK(nn[k] == doctest::Approx(brute_nn(pts, index.canonical_index(k))));
}

TEST_CASE("a query far outside the points still finds the closest one") {
  const std::vector<Vec2> pts{{0, 0}, {5, 5}, {10, 0}};
  const SpatialIndex index(pts);
  const auto nb = index.nearest(Vec2(100.0, 3.0));
  CHECK(nb.point == 2);
  CHECK(nb.distance_mm == doctest::Approx(std::hypot(90.0, 3.0)));
}

TEST_CASE("k nearest, radius and rectangle queries agree with brute force") {
  const auto pts = poisson_pattern(kWindow, 500, 11);
  const SpatialIndex index(pts, 0.7);
  const Vec2 q(1.3, 47.2);
  std::vector<double> all;
  for (const Vec2& p : pts) all.push_back(glm::length(p - q));
  std::vector<double> sorted = all;
  std::sort(sorted.begin(), sorted.end());
  std::vector<SpatialIndex::Neighbour> knn;
  index.k_nearest(q, 6, knn);
  REQUIRE(knn.size() == 6);
  for (std::size_t i = 0; i < 6; ++i) CHECK(knn[i].distance_mm == doctest::Approx(sorted[i]));

  std::vector<std::uint32_t> near;
  index.within_radius(q, 4.0, near);
  CHECK(near.size() == static_cast<std::size_t>(std::count_if(all.begin(), all.end(),
                                                              [](double d) { return d <= 4.0; })));

  const RectMm r{{-5.0, 40.0}, {7.5, 61.0}};
  const auto expected =
      std::count_if(pts.begin(), pts.end(), [&](Vec2 p) { return r.contains(p); });
  CHECK(index.count_in_rect(r) == static_cast<std::size_t>(expected));
  index.in_rect(r, near);
  CHECK(near.size() == static_cast<std::size_t>(expected));
}

TEST_CASE("the canonical order does not depend on the input order") {
  auto pts = poisson_pattern(kWindow, 300, 3);
  const SpatialIndex a(pts);
  std::reverse(pts.begin(), pts.end());
  const SpatialIndex b(pts);
  REQUIRE(a.size() == b.size());
  for (std::size_t k = 0; k < a.size(); ++k) CHECK(a.canonical_point(k) == b.canonical_point(k));
  CHECK(a.nearest_distances_canonical() == b.nearest_distances_canonical());
}

TEST_CASE("degenerate inputs: empty, one point, all on a line, duplicates") {
  const SpatialIndex empty(std::span<const Vec2>{});
  CHECK(empty.nearest(Vec2(0.0)).point == SpatialIndex::kNone);
  const std::vector<Vec2> one{{1, 1}};
  const SpatialIndex single(one);
  CHECK(single.nearest_other(0).point == SpatialIndex::kNone);
  CHECK(std::isinf(single.nearest_distances_canonical()[0]));
  std::vector<Vec2> line;
  for (int i = 0; i < 1000; ++i) line.emplace_back(i * 0.5, 3.0);
  const SpatialIndex l(line);
  CHECK(l.nearest_other(500).distance_mm == doctest::Approx(0.5));
  const std::vector<Vec2> dup{{2, 2}, {2, 2}, {3, 2}};
  const SpatialIndex d(dup);
  CHECK(d.nearest_other(0).point == 1);
  CHECK(d.nearest_other(0).distance_mm == 0.0);
}

// Brute force with the index's tie rule: nearer first, then first in canonical order.
std::vector<std::size_t> brute_k_nearest(const SpatialIndex& index, std::size_t at, std::size_t k) {
  std::vector<std::pair<double, std::size_t>> all;
  const Vec2 p = index.canonical_point(at);
  for (std::size_t j = 0; j < index.size(); ++j) {
    if (j == at) continue;
    const Vec2 d = index.canonical_point(j) - p;
    all.emplace_back(d.x * d.x + d.y * d.y, j);
  }
  std::sort(all.begin(), all.end());
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < k && i < all.size(); ++i) out.push_back(all[i].second);
  return out;
}

TEST_CASE("every point's k nearest and nearest match brute force, ties included") {
  // A Poisson pattern; a square grid where most neighbours tie in distance; and a dense clump
  // with sparse outliers, whose neighbours lie many cells away (the wider searches).
  std::vector<Vec2> grid;
  for (int y = 0; y < 30; ++y)
    for (int x = 0; x < 30; ++x) grid.emplace_back(0.8 * x, 0.8 * y);
  std::vector<Vec2> clumped = poisson_pattern(RectMm{{0.0, 0.0}, {4.0, 4.0}}, 800, 6);
  for (const Vec2& p : poisson_pattern(kWindow, 60, 7)) clumped.push_back(p);
  for (const auto& pts : {poisson_pattern(kWindow, 1500, 5), grid, clumped}) {
    const SpatialIndex index(pts);
    std::vector<double> nn;
    std::vector<std::uint32_t> which;
    index.nearest_all_canonical(nn, which);
    std::vector<SpatialIndex::Neighbour> knn;
    for (std::size_t at = 0; at < index.size(); ++at) {
      const auto want = brute_k_nearest(index, at, 6);
      index.k_nearest_canonical(at, 6, knn);
      REQUIRE(knn.size() == want.size());
      for (std::size_t i = 0; i < want.size(); ++i) {
        CHECK(knn[i].point == index.canonical_index(want[i]));
        CHECK(knn[i].pos_mm == index.canonical_point(want[i]));
      }
      CHECK(which[at] == want[0]);
      CHECK(nn[at] == knn[0].distance_mm);
    }
  }
}
