// The batched neighbour queries of SpatialIndex, the hot paths of grading: every point's nearest
// neighbour, and the k nearest of a point (the row detector's bonds).
#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/base/simd.hpp"
#include "core/spatial/spatial_index.hpp"
#include "core/spatial/spatial_index_internal.hpp"

namespace smp::core {

using simd::F64x2;

void SpatialIndex::k_nearest(Vec2 p, std::size_t k, std::vector<Neighbour>& out,
                             std::uint32_t exclude) const {
  Kernels::k_nearest_excluding(*this, p, k, out, Kernels::canonical_of(*this, exclude));
}

void SpatialIndex::k_nearest_canonical(std::size_t at_k, std::size_t k,
                                       std::vector<Neighbour>& out) const {
  Kernels::k_nearest_excluding(*this, canonical_point(at_k), k, out, at_k);
}

void SpatialIndex::Kernels::k_nearest_excluding(const SpatialIndex& ix, Vec2 p, std::size_t k,
                                                std::vector<Neighbour>& out, std::size_t ex) {
  const SpatialGrid& g = ix.grid_;
  if (ix.points_.empty() || k == 0) {
    out.clear();
    return;
  }
  // A small sorted buffer of (d2, canonical k), kept on the stack for the usual k <= 16.
  struct Cand {
    double d2;
    std::size_t k;
  };
  constexpr std::size_t kStack = 16;
  Cand stack_buf[kStack + 1];
  std::vector<Cand> heap_buf;
  Cand* best = stack_buf;
  if (k > kStack) {
    heap_buf.resize(k + 1);
    best = heap_buf.data();
  }
  std::size_t count = 0;
  const auto scan = [&](std::size_t j0, std::size_t j1) {
    for (std::size_t j = j0; j < j1; ++j) {
      if (j == ex) continue;
      const double d = dist2(p, ix.sorted_points_[j]);
      if (count == k && !(d < best[k - 1].d2 || (d == best[k - 1].d2 && j < best[k - 1].k)))
        continue;
      // Insertion from the back: shift larger entries up one slot.
      std::size_t pos = count < k ? count : k - 1;
      while (pos > 0 && (best[pos - 1].d2 > d || (best[pos - 1].d2 == d && best[pos - 1].k > j))) {
        best[pos] = best[pos - 1];
        --pos;
      }
      best[pos] = {d, j};
      if (count < k) ++count;
    }
  };
  // The 3 x 3 block around p's cell holds the k nearest nearly always (cells hold about two
  // points); only when it does not is the ring walk needed.
  // The point's own row of cells first: the k nearest are mostly there, so the list fills with
  // near points early and fewer later points need inserting (the result does not depend on the
  // order: entries are ranked by distance, then canonical position).
  const int cy = g.clamped_row(p.y);
  const Block b = block3(ix, g.clamped_col(p.x), cy);
  const int own = cy - std::max(cy - 1, 0);
  // Screen the block against a guess of the k-th squared distance (1.6 times the area that
  // holds k points at the block's density: ~1.6k pass; twice the area if fewer than k passed),
  // branch-free, and rank only those; exact, since the k nearest pass whenever k points do. If
  // fewer pass still, insert the whole block.
  constexpr std::size_t kBlockMax = 128;
  std::size_t m = 0;
  for (int r = 0; r < b.runs; ++r) m += b.end[r] - b.begin[r];
  bool done = false;
  Cand ranked[kBlockMax];
  if (m <= kBlockMax && m > k) {
    const double block_area = g.cell_mm * g.cell_mm * 9.0;
    const double guess =
        2.0 * static_cast<double>(k) * block_area / (std::numbers::pi * static_cast<double>(m));
    double all_d2[kBlockMax];
    std::size_t all_k[kBlockMax];
    std::size_t na = 0;
    for (int r = 0; r < b.runs; ++r)
      for (std::size_t j = b.begin[r]; j < b.end[r]; ++j) {
        all_d2[na] = dist2(p, ix.sorted_points_[j]);
        all_k[na] = j;
        na += static_cast<std::size_t>(j != ex);
      }
    double pass_d2[kBlockMax + 1];
    std::size_t pass_k[kBlockMax];
    std::size_t np = 0;
    const auto screen = [&](double limit) {
      np = 0;
      for (std::size_t i = 0; i < na; ++i) {
        pass_d2[np] = all_d2[i];
        pass_k[np] = all_k[i];
        np += static_cast<std::size_t>(all_d2[i] <= limit);
      }
    };
    screen(0.8 * guess);
    if (np < k) screen(guess);
    if (np >= k) {
      // Rank every passing candidate and drop it in its slot. Branch-free on purpose: which
      // candidates make the k nearest is unpredictable, and an insertion sort spent most of its
      // time mispredicting. Ties are rare: the rank is first the number of nearer candidates,
      // counted two at a time over all of them (the same loop for each); only if two ranks
      // coincide (then they sum to less than 0 + 1 + ... + np - 1) is it recounted with ties
      // broken by canonical position (the runs come in canonical order: earlier ones at most
      // as near count, later ones only if nearer).
      pass_d2[np] = std::numeric_limits<double>::infinity();  // pads the last pair: never nearer
      const std::size_t pairs = (np + 1) / 2;
      std::size_t rank_sum = 0;
      for (std::size_t i = 0; i < np; ++i) {
        const double d = pass_d2[i];
        const F64x2 dd = simd::splat(d);
        simd::Count2 nearer;
        for (std::size_t j = 0; j < pairs; ++j)
          simd::add_true(nearer, simd::load(pass_d2 + 2 * j) < dd);
        const auto rank = static_cast<std::size_t>(simd::total(nearer));
        SMP_ASSERT(rank < np);
        rank_sum += rank;
        ranked[rank] = {d, pass_k[i]};
      }
      if (rank_sum != np * (np - 1) / 2)
        for (std::size_t i = 0; i < np; ++i) {
          const double d = pass_d2[i];
          std::size_t rank = 0;
          for (std::size_t j = 0; j < i; ++j) rank += static_cast<std::size_t>(pass_d2[j] <= d);
          for (std::size_t j = i + 1; j < np; ++j) rank += static_cast<std::size_t>(pass_d2[j] < d);
          SMP_ASSERT(rank < np);
          ranked[rank] = {d, pass_k[i]};
        }
      best = ranked;
      count = k;
      done = true;
    }
  }
  if (!done) {
    scan(b.begin[own], b.end[own]);
    for (int r = 0; r < b.runs; ++r)
      if (r != own) scan(b.begin[r], b.end[r]);
  }
  const auto enough = [&](double guard) {
    return guard == std::numeric_limits<double>::infinity() ||
           (count == k && best[k - 1].d2 < guard * guard);
  };
  // The k-th nearest lies beyond the block's edge for ~4 % of queries: the ring of cells around
  // the block nearly always settles those, far cheaper than a ring walk from the start.
  bool settled = enough(b.guard(p));
  if (!settled) {
    const int cx = g.clamped_col(p.x);
    const int x0 = std::max(cx - 2, 0), x1 = std::min(cx + 2, g.cols - 1);
    const auto scan_cells = [&](int xa, int xb, int y) {
      scan(ix.cell_start_[g.index(xa, y)], ix.cell_start_[g.index(xb, y) + 1]);
    };
    for (int y = std::max(cy - 2, 0); y <= std::min(cy + 2, g.rows - 1); ++y) {
      if (y == cy - 2 || y == cy + 2) {
        scan_cells(x0, x1, y);
      } else {
        if (cx - 2 >= 0) scan_cells(cx - 2, cx - 2, y);
        if (cx + 2 < g.cols) scan_cells(cx + 2, cx + 2, y);
      }
    }
    settled = enough(ring_guard(ix, p, cx, cy, 2));
  }
  if (!settled) {
    count = 0;
    const auto visit = [&](int x, int y) {
      const std::size_t c = g.index(x, y);
      scan(ix.cell_start_[c], ix.cell_start_[c + 1]);
    };
    // Strictly, as in nearest_in_rings().
    walk_rings(ix, p, visit, [&](double guard) {
      return count == k && guard > 0.0 && best[k - 1].d2 < guard * guard;
    });
  }
  SMP_ASSERT(count <= k);
  if constexpr (SMP_ASSERTS_ON)  // nearest first, ties by canonical position
    for (std::size_t i = 1; i < count; ++i)
      SMP_ASSERT(best[i - 1].d2 < best[i].d2 ||
                 (best[i - 1].d2 == best[i].d2 && best[i - 1].k < best[i].k));
  // Written field by field into a vector that is mostly already the right size: push_back built
  // each Neighbour on the stack and copied it whole, a stalled store-to-load forward every time.
  out.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    out[i].point = ix.sorted_ids_[best[i].k];
    out[i].distance_mm = std::sqrt(best[i].d2);
    out[i].pos_mm = ix.sorted_points_[best[i].k];
  }
}

void SpatialIndex::nearest_all_canonical(std::vector<double>& distance_mm,
                                         std::vector<std::uint32_t>& which) const {
  const std::size_t n = points_.size();
  distance_mm.resize(n);
  which.resize(n);
  const double inf = std::numeric_limits<double>::infinity();
  // Four points at a time, one per lane of two simd::F64x2: each candidate is loaded once
  // for all four, and their running minima are independent (the scalar loop waited on its one
  // minimum). They are consecutive in canonical order, in the same grid row and at most two
  // cells apart, and search the cells around all four (3 contiguous runs), which hold each one's
  // nearest neighbour unless it is farther than that block's edge (then: the ring walk).
  // Scanning in canonical order with a strict < (the select's test and simd::min's) keeps the
  // first of equally near points, as nearest() does; a point's own position is masked with an
  // infinite distance in its lane.
  // Fewer than four points (the end of a row, a wide gap) repeat the last one in spare lanes.
  constexpr std::size_t kLanes = 4;
  for (int cy = 0; cy < grid_.rows; ++cy) {
    const int y0 = std::max(cy - 1, 0), y1 = std::min(cy + 1, grid_.rows - 1);
    const double ylo = y0 == 0 ? -inf : grid_.origin_mm.y + y0 * grid_.cell_mm;
    const double yhi = y1 == grid_.rows - 1 ? inf : grid_.origin_mm.y + (y1 + 1) * grid_.cell_mm;
    const std::size_t row_end = cell_start_[grid_.index(grid_.cols - 1, cy) + 1];
    for (std::size_t k = cell_start_[grid_.index(0, cy)]; k < row_end;) {
      const int ca = grid_.clamped_col(sorted_points_[k].x);
      int cb = ca;
      std::size_t c = 1;
      while (c < kLanes && k + c < row_end) {
        const int cc = grid_.clamped_col(sorted_points_[k + c].x);
        if (cc - ca > 2) break;  // a wider block costs more than the shared loads save
        cb = cc;
        ++c;
      }
      const int x0 = std::max(ca - 1, 0), x1 = std::min(cb + 1, grid_.cols - 1);
      Vec2 pts[kLanes];
      for (std::size_t l = 0; l < kLanes; ++l) pts[l] = sorted_points_[k + std::min(l, c - 1)];
      const F64x2 px0 = simd::set(pts[0].x, pts[1].x), py0 = simd::set(pts[0].y, pts[1].y);
      const F64x2 px1 = simd::set(pts[2].x, pts[3].x), py1 = simd::set(pts[2].y, pts[3].y);
      F64x2 best0 = simd::splat(inf), best1 = simd::splat(inf);
      F64x2 bk0 = simd::splat(static_cast<double>(n)), bk1 = bk0;
      F64x2 at_j;  // the candidate's canonical position
      const auto step = [&](std::size_t j) {
        const F64x2 qx = simd::splat(sorted_points_[j].x), qy = simd::splat(sorted_points_[j].y);
        const F64x2 dx0 = px0 - qx, dy0 = py0 - qy;
        const F64x2 dx1 = px1 - qx, dy1 = py1 - qy;
        const F64x2 d0 = dx0 * dx0 + dy0 * dy0;
        const F64x2 d1 = dx1 * dx1 + dy1 * dy1;
        bk0 = simd::select(d0 < best0, at_j, bk0);
        bk1 = simd::select(d1 < best1, at_j, bk1);
        best0 = simd::min(d0, best0);
        best1 = simd::min(d1, best1);
        at_j += simd::splat(1.0);
      };
      const auto step_self = [&](std::size_t j, F64x2 m0, F64x2 m1) {
        const F64x2 qx = simd::splat(sorted_points_[j].x), qy = simd::splat(sorted_points_[j].y);
        const F64x2 dx0 = px0 - qx, dy0 = py0 - qy;
        const F64x2 dx1 = px1 - qx, dy1 = py1 - qy;
        const F64x2 d0 = dx0 * dx0 + dy0 * dy0 + m0;
        const F64x2 d1 = dx1 * dx1 + dy1 * dy1 + m1;
        bk0 = simd::select(d0 < best0, at_j, bk0);
        bk1 = simd::select(d1 < best1, at_j, bk1);
        best0 = simd::min(d0, best0);
        best1 = simd::min(d1, best1);
        at_j += simd::splat(1.0);
      };
      for (int y = y0; y <= y1; ++y) {
        const std::size_t b = cell_start_[grid_.index(x0, y)],
                          e = cell_start_[grid_.index(x1, y) + 1];
        at_j = simd::splat(static_cast<double>(b));
        if (y != cy) {
          for (std::size_t j = b; j < e; ++j) step(j);
          continue;
        }
        for (std::size_t j = b; j < k; ++j) step(j);
        for (std::size_t t = 0; t < c; ++t) {
          double m[kLanes];
          for (std::size_t l = 0; l < kLanes; ++l) m[l] = std::min(l, c - 1) == t ? inf : 0.0;
          step_self(k + t, simd::set(m[0], m[1]), simd::set(m[2], m[3]));
        }
        for (std::size_t j = k + c; j < e; ++j) step(j);
      }
      const double xlo = x0 == 0 ? -inf : grid_.origin_mm.x + x0 * grid_.cell_mm;
      const double xhi = x1 == grid_.cols - 1 ? inf : grid_.origin_mm.x + (x1 + 1) * grid_.cell_mm;
      const double bd[kLanes] = {simd::lane(best0, 0), simd::lane(best0, 1), simd::lane(best1, 0),
                                 simd::lane(best1, 1)};
      const double bk[kLanes] = {simd::lane(bk0, 0), simd::lane(bk0, 1), simd::lane(bk1, 0),
                                 simd::lane(bk1, 1)};
      for (std::size_t lane = 0; lane < c; ++lane) {
        const Vec2 p = pts[lane];
        const std::size_t at = k + lane;
        const double g = std::min({p.x - xlo, xhi - p.x, p.y - ylo, yhi - p.y});
        if (!((g == inf && bd[lane] < inf) || bd[lane] < g * g)) {  // as in nearest()
          double d2 = 0.0;
          const std::size_t found = Kernels::nearest_in_rings(
              *this, p, at, [](std::size_t) { return true; }, &d2);
          distance_mm[at] =
              found == Kernels::kNoK ? std::numeric_limits<double>::infinity() : std::sqrt(d2);
          which[at] = static_cast<std::uint32_t>(found == Kernels::kNoK ? n : found);
          continue;
        }
        distance_mm[at] = std::sqrt(bd[lane]);
        which[at] = static_cast<std::uint32_t>(bk[lane]);
        SMP_ASSERT(which[at] != at && (which[at] < n || std::isinf(bd[lane])));  // n: alone
      }
      k += c;
    }
  }
}

std::vector<double> SpatialIndex::nearest_distances_canonical() const {
  std::vector<double> out;
  std::vector<std::uint32_t> which;
  nearest_all_canonical(out, which);
  return out;
}

}  // namespace smp::core
