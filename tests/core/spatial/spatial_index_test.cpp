// SpatialIndex against BruteForceIndex, the definition of every query: the same answers, bit for
// bit, on patterns that stress the grid (ties, duplicates, lines, clumps, points on cell edges).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/base/rng.hpp"
#include "core/scoring_patterns.hpp"
#include "core/spatial/brute_force_index.hpp"
#include "core/spatial/spatial_index.hpp"

using namespace smp::core;
using smp::test::poisson_pattern;
using Neighbours = std::vector<SpatialIndex::Neighbour>;

namespace {

const RectMm kWindow{{-20.0, 30.0}, {20.0, 70.0}};

struct Pattern {
  std::string name;
  std::vector<Vec2> pts;
  double cell_mm = 0.0;  // 0: the index picks
};

std::vector<Vec2> square_grid(int side, double spacing_mm) {
  std::vector<Vec2> pts;
  for (int y = 0; y < side; ++y)
    for (int x = 0; x < side; ++x) pts.emplace_back(spacing_mm * x, spacing_mm * y);
  return pts;
}

std::vector<Pattern> patterns() {
  std::vector<Pattern> out;
  out.push_back({"poisson", poisson_pattern(kWindow, 1200, 5)});
  // Most neighbours tie in distance.
  out.push_back({"square grid", square_grid(30, 0.8)});
  // Every point on a cell corner, so every guard distance is met exactly by some point.
  out.push_back({"integer grid, 1 mm cells", square_grid(20, 1.0), 1.0});
  out.push_back({"integer grid, 2 mm cells", square_grid(20, 1.0), 2.0});
  out.push_back({"integer grid, 0.5 mm cells", square_grid(12, 1.0), 0.5});
  // Copies: cells of two to four points, of five to 32 (insertion sort) and of more (sort).
  Pattern dup{"duplicates", {}};
  const auto base = poisson_pattern(kWindow, 300, 9);
  for (std::size_t i = 0; i < base.size(); ++i)
    for (std::size_t c = 0; c <= i % 3; ++c) dup.pts.push_back(base[i]);
  for (int c = 0; c < 40; ++c) dup.pts.push_back(base[7]);
  for (int c = 0; c < 10; ++c) dup.pts.push_back(base[11]);
  out.push_back(dup);
  // Collinear: a degenerate bounding box (the grid is one row or column, coarsened).
  Pattern row{"horizontal line", {}}, column{"vertical line", {}}, diagonal{"diagonal", {}};
  for (int i = 0; i < 600; ++i) {
    row.pts.emplace_back(0.5 * i, 3.0);
    column.pts.emplace_back(-2.0, 0.25 * (i % 300));  // each point twice
    diagonal.pts.emplace_back(0.3 * i, 0.3 * i);
  }
  out.push_back(row);
  out.push_back(column);
  out.push_back(diagonal);
  // A dense clump with sparse outliers: neighbours many cells away (the ring walks).
  Pattern clumped{"clump and outliers", poisson_pattern(RectMm{{0.0, 0.0}, {4.0, 4.0}}, 700, 6)};
  for (const Vec2& p : poisson_pattern(kWindow, 60, 7)) clumped.pts.push_back(p);
  out.push_back(clumped);
  // Far from the origin: cell edges and distances are rounded at a coarser step.
  Pattern far{"far from the origin", {}};
  for (const Vec2& p : poisson_pattern(kWindow, 500, 3)) far.pts.push_back(p + Vec2(1e5, -2e5));
  out.push_back(far);
  out.push_back({"jittered hexagons", smp::test::hex_lattice(kWindow, 1.3, 0.2, 4)});
  out.push_back({"two points", {{0.0, 0.0}, {1.0, 1.0}}});
  out.push_back({"three in a row", {{0.0, 0.0}, {1.0, 0.0}, {2.0, 0.0}}});
  out.push_back({"one point", {{4.0, -1.0}}});
  out.push_back({"no points", {}});
  return out;
}

// Where the queries ask from: every point, points between them, cell corners, far outside.
std::vector<Vec2> probes(const SpatialIndex& ix) {
  std::vector<Vec2> out;
  Rng rng(17);
  const RectMm b = ix.bounds();
  const double c = ix.cell_mm();
  for (std::size_t i = 0; i < ix.size(); i += 3)
    out.push_back(ix.point(static_cast<std::uint32_t>(i)));
  for (int i = 0; i < 150; ++i) {
    out.emplace_back(rng.uniform(b.min_mm.x - c, b.max_mm.x + c),
                     rng.uniform(b.min_mm.y - c, b.max_mm.y + c));
    const Vec2 corner =
        b.min_mm + c * Vec2(std::floor(rng.uniform(0.0, 8.0)), std::floor(rng.uniform(0.0, 8.0)));
    out.push_back(corner);
    out.push_back(corner + Vec2(0.5 * c, 0.0));
  }
  out.push_back(b.max_mm + Vec2(1e3, 0.0));
  out.push_back(b.min_mm - Vec2(3.0, 1e4));
  return out;
}

Neighbours first(const Neighbours& all, std::size_t k) {
  return Neighbours(all.begin(),
                    all.begin() + static_cast<std::ptrdiff_t>(std::min(k, all.size())));
}
bool same(const SpatialIndex::Neighbour& a, const SpatialIndex::Neighbour& b) {
  return a.point == b.point && a.distance_mm == b.distance_mm && a.pos_mm == b.pos_mm;
}
bool same(const Neighbours& a, const Neighbours& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const auto& x, const auto& y) { return same(x, y); });
}

}  // namespace

TEST_CASE("SpatialIndex builds the canonical order BruteForceIndex defines") {
  for (const Pattern& pat : patterns()) {
    CAPTURE(pat.name);
    const SpatialIndex ix(pat.pts, pat.cell_mm);
    const BruteForceIndex bf(pat.pts, pat.cell_mm);
    REQUIRE(ix.size() == bf.size());
    CHECK(ix.cell_mm() == bf.cell_mm());
    CHECK(ix.bounds().min_mm == bf.bounds().min_mm);
    CHECK(ix.bounds().max_mm == bf.bounds().max_mm);
    std::vector<std::uint32_t> a, b;
    for (std::size_t k = 0; k < ix.size(); ++k) {
      a.push_back(ix.canonical_index(k));
      b.push_back(bf.canonical_index(k));
      CHECK(ix.canonical_point(k) == bf.canonical_point(k));
    }
    CHECK(a == b);
  }
}

TEST_CASE("every point's nearest neighbour matches brute force, ties included") {
  for (const Pattern& pat : patterns()) {
    CAPTURE(pat.name);
    const SpatialIndex ix(pat.pts, pat.cell_mm);
    const BruteForceIndex bf(pat.pts, pat.cell_mm);
    std::vector<double> d_ix, d_bf;
    std::vector<std::uint32_t> w_ix, w_bf;
    ix.nearest_all_canonical(d_ix, w_ix);
    bf.nearest_all_canonical(d_bf, w_bf);
    CHECK(d_ix == d_bf);
    CHECK(w_ix == w_bf);
    CHECK(ix.nearest_distances_canonical() == d_bf);
    for (std::uint32_t i = 0; i < ix.size(); ++i) {
      CAPTURE(i);
      CHECK(same(ix.nearest_other(i), bf.nearest_other(i)));
    }
  }
}

TEST_CASE("nearest and k nearest from anywhere match brute force, ties included") {
  Neighbours a, b;
  for (const Pattern& pat : patterns()) {
    CAPTURE(pat.name);
    const SpatialIndex ix(pat.pts, pat.cell_mm);
    const BruteForceIndex bf(pat.pts, pat.cell_mm);
    const auto qs = probes(ix);
    for (std::size_t q = 0; q < qs.size(); ++q) {
      CAPTURE(q);
      CHECK(same(ix.nearest(qs[q]), bf.nearest(qs[q])));
      const auto ex = static_cast<std::uint32_t>(q % (ix.size() + 1));  // size(): none excluded
      CHECK(same(ix.nearest(qs[q], ex), bf.nearest(qs[q], ex)));
      // The k nearest are the first k of the 17 nearest: one brute-force answer serves all k.
      bf.k_nearest(qs[q], 17, b, ex);
      for (const std::size_t k : {1, 6, 17}) {  // 17: past the on-stack buffer of 16
        ix.k_nearest(qs[q], k, a, ex);
        CHECK(same(a, first(b, k)));
      }
    }
    for (std::size_t at = 0; at < ix.size(); ++at) {
      CAPTURE(at);
      bf.k_nearest_canonical(at, at % 7 == 0 ? 40 : 6, b);
      for (const std::size_t k : {6, 1, 3, 40}) {
        if (k != 6 && at % 7 != 0) continue;
        ix.k_nearest_canonical(at, k, a);
        CHECK(same(a, first(b, k)));
      }
    }
  }
}

TEST_CASE("radius and rectangle queries match brute force, in canonical order") {
  std::vector<std::uint32_t> a, b;
  for (const Pattern& pat : patterns()) {
    CAPTURE(pat.name);
    const SpatialIndex ix(pat.pts, pat.cell_mm);
    const BruteForceIndex bf(pat.pts, pat.cell_mm);
    const auto qs = probes(ix);
    for (std::size_t q = 0; q < qs.size(); q += 2) {
      CAPTURE(q);
      for (const double r : {0.0, 0.3, 1.0, 2.5, 0.5 * ix.cell_mm(), 1e9, -1.0}) {
        ix.within_radius(qs[q], r, a);
        bf.within_radius(qs[q], r, b);
        CHECK(a == b);
      }
      for (const Vec2 half : {Vec2(0.0), Vec2(0.4, 1.7), Vec2(3.0, 0.5), Vec2(1e9)}) {
        const RectMm rect{qs[q] - half, qs[q] + half};
        ix.in_rect(rect, a);
        bf.in_rect(rect, b);
        CHECK(a == b);
        CHECK(ix.count_in_rect(rect) == b.size());
      }
    }
    const RectMm all = ix.bounds();  // inclusive edges: every point
    CHECK(ix.count_in_rect(all) == ix.size());
    CHECK(bf.count_in_rect(all) == ix.size());
  }
}

TEST_CASE("the kept nearest and the near visits match brute force") {
  for (const Pattern& pat : patterns()) {
    CAPTURE(pat.name);
    const SpatialIndex ix(pat.pts, pat.cell_mm);
    const BruteForceIndex bf(pat.pts, pat.cell_mm);
    const auto qs = probes(ix);
    for (std::size_t q = 0; q < qs.size(); ++q) {
      CAPTURE(q);
      const std::size_t ex = q % (ix.size() + 1);
      for (const std::size_t every : {1, 3, 50}) {
        const auto keep = [every](std::size_t k) { return k % every == 1 % every; };
        double d_ix = 0.0, d_bf = 0.0;
        CHECK(ix.nearest_canonical_if(qs[q], ex, keep, &d_ix) ==
              bf.nearest_canonical_if(qs[q], ex, keep, &d_bf));
        CHECK(d_ix == d_bf);
      }
      // Visits: increasing, from from_k on, and every point within the radius among them.
      const std::size_t from_k = q % 5 == 0 ? 0 : ex;
      for (const double r : {0.0, 0.7, 2.0}) {
        std::vector<std::size_t> near_ix, near_bf;
        std::size_t visits = 0, last = 0;
        bool increasing = true, from_ok = true;
        ix.for_each_near_canonical(
            qs[q], r,
            [&](std::size_t k) {
              increasing &= visits++ == 0 || k > last;
              from_ok &= k >= from_k;
              last = k;
              if (BruteForceIndex::dist2(qs[q], ix.canonical_point(k)) <= r * r)
                near_ix.push_back(k);
            },
            from_k);
        bf.for_each_near_canonical(
            qs[q], r,
            [&](std::size_t k) {
              if (BruteForceIndex::dist2(qs[q], bf.canonical_point(k)) <= r * r)
                near_bf.push_back(k);
            },
            from_k);
        CHECK(increasing);
        CHECK(from_ok);
        CHECK(near_ix == near_bf);
      }
    }
  }
}
