// SpatialIndex's machinery: the blocks and rings of cells its searches scan, and the search cores
// that exclude a point by canonical position. Only src/core/spatial/*.cpp include this header.
#pragma once
#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

#include "core/base/assert.hpp"
#include "core/spatial/spatial_index.hpp"

namespace smp::core {

struct SpatialIndex::Kernels {
  // "No canonical position": nothing excluded, nothing found.
  static constexpr std::size_t kNoK = static_cast<std::size_t>(-1);

  static double dist2(Vec2 a, Vec2 b) {
    const double dx = a.x - b.x;
    const double dy = a.y - b.y;
    return dx * dx + dy * dy;
  }

  // The canonical position of input index `exclude`, or kNoK (kNone, out of range).
  static std::size_t canonical_of(const SpatialIndex& ix, std::uint32_t exclude) {
    return exclude == kNone || exclude >= ix.points_.size() ? kNoK : ix.canonical_of_[exclude];
  }

  // The 3 x 3 cells around cell (cx, cy), clipped to the grid: one contiguous run of canonical
  // positions per grid row (cells are stored row by row), and the distance from p to the
  // block's edge beyond which points may lie (infinite where the block reaches the grid's edge).
  struct Block {
    std::size_t begin[3];
    std::size_t end[3];
    int runs = 0;
    double xlo, xhi, ylo, yhi;  // block edges; +/-infinity at the grid's edge
    double guard(Vec2 p) const { return std::min({p.x - xlo, xhi - p.x, p.y - ylo, yhi - p.y}); }
  };
  static Block block3(const SpatialIndex& ix, int cx, int cy);
  // Distance from p to the edge of the (2r + 1)^2 cells around cell (cx, cy), beyond which
  // points may lie: infinite once that square covers the grid.
  static double ring_guard(const SpatialIndex& ix, Vec2 p, int cx, int cy, int r);

  // Visits the cells around p ring by ring (visit(x, y)); after each ring, `done(guard)` is told
  // that every point closer than guard mm lies in the cells visited so far, and ends the walk
  // when it returns true. The walk also ends once the whole grid has been visited.
  template <class Visit, class Done>
  static void walk_rings(const SpatialIndex& ix, Vec2 p, Visit&& visit, Done&& done) {
    const SpatialGrid& g = ix.grid_;
    const int cx = g.clamped_col(p.x);
    const int cy = g.clamped_row(p.y);
    for (int r = 0;; ++r) {
      for (int dy = -r; dy <= r; ++dy) {
        const int y = cy + dy;
        if (y < 0 || y >= g.rows) continue;
        if (dy == -r || dy == r) {
          for (int x = std::max(cx - r, 0); x <= std::min(cx + r, g.cols - 1); ++x) visit(x, y);
        } else {
          if (cx - r >= 0) visit(cx - r, y);
          if (cx + r < g.cols && r > 0) visit(cx + r, y);
        }
      }
      const double guard = ring_guard(ix, p, cx, cy, r);
      if (guard == std::numeric_limits<double>::infinity() || done(guard)) return;
    }
  }

  // The nearest point to p by a ring walk, other than canonical position exclude_k, among those
  // with keep(k): its canonical position (kNoK when none), and its squared distance in *best_d2.
  // The rings come in no canonical order, so the tie rule is spelt out.
  template <class Keep>
  static std::size_t nearest_in_rings(const SpatialIndex& ix, Vec2 p, std::size_t exclude_k,
                                      Keep&& keep, double* best_d2) {
    double best = std::numeric_limits<double>::infinity();
    std::size_t best_k = kNoK;
    const auto visit = [&](int x, int y) {
      const std::size_t c = ix.grid_.index(x, y);
      for (std::size_t k = ix.cell_start_[c]; k < ix.cell_start_[c + 1]; ++k) {
        if (k == exclude_k) continue;
        const double d = dist2(p, ix.sorted_points_[k]);
        if ((d < best || (d == best && k < best_k)) && keep(k)) {
          best = d;
          best_k = k;
        }
      }
    };
    // Strictly nearer than the guard: a point exactly that far may lie outside, tie, and come
    // first in canonical order.
    walk_rings(ix, p, visit, [&](double guard) { return guard > 0.0 && best < guard * guard; });
    *best_d2 = best;
    return best_k;
  }

  // After a build, in builds with SMP_ASSERT on: the canonical order is a permutation of the
  // input, every point lies in the cell its run says, and each cell is sorted.
  static void check_canonical_order(const SpatialIndex& ix);

  // Core of k_nearest(): excludes canonical position exclude_k (or nothing: kNoK).
  static void k_nearest_excluding(const SpatialIndex& ix, Vec2 p, std::size_t k,
                                  std::vector<Neighbour>& out, std::size_t exclude_k);
};

}  // namespace smp::core
