// SpatialIndex: the build (a counting sort by cell, then each cell in canonical order) and the
// single-point queries. The batched neighbour queries are in spatial_index_neighbours.cpp.
#include "core/spatial/spatial_index.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <glm/common.hpp>
#include <tuple>
#include <utility>

#include "core/spatial/spatial_index_internal.hpp"

namespace smp::core {
namespace {

// Whether (pa, a) comes before (pb, b) in canonical order (x, y, input index), without a branch
// on the comparison: a cell's few points come in no particular order, so that branch would
// mispredict about half the time.
inline bool before_flat(Vec2 pa, std::uint32_t a, Vec2 pb, std::uint32_t b) {
  return (pa.x < pb.x) | ((pa.x == pb.x) & ((pa.y < pb.y) | ((pa.y == pb.y) & (a < b))));
}

// Orders a cell of M points in place: every pair compared independently (no chain of
// compare-exchanges), each point's rank counted, each point stored once at its rank. Only for
// points without NaN coordinates: the ranks are a permutation only under a total order.
template <int M>
void order_cell(Vec2* pts, std::uint32_t* ids) {
  Vec2 p[M];
  std::uint32_t id[M];
  int rank[M];
  for (int i = 0; i < M; ++i) {
    p[i] = pts[i];
    id[i] = ids[i];
    rank[i] = 0;
  }
  // By x alone first: a tie leaves both ranks short, so the ranks form a permutation (their sum
  // is complete) exactly when no two x are equal, and then x alone decides the order.
  for (int i = 0; i < M; ++i)
    for (int j = i + 1; j < M; ++j) {
      rank[i] += p[j].x < p[i].x;
      rank[j] += p[i].x < p[j].x;
    }
  unsigned seen = 0;
  for (int i = 0; i < M; ++i) seen |= 1u << rank[i];
  if (seen != (1u << M) - 1) {
    for (int i = 0; i < M; ++i) rank[i] = 0;
    for (int i = 0; i < M; ++i)
      for (int j = i + 1; j < M; ++j) {
        const bool j_first = before_flat(p[j], id[j], p[i], id[i]);
        rank[i] += j_first;
        rank[j] += !j_first;
      }
  }
  for (int i = 0; i < M; ++i) {
    pts[rank[i]] = p[i];
    ids[rank[i]] = id[i];
  }
}

}  // namespace

SpatialIndex::SpatialIndex(std::span<const Vec2> points_mm, double cell_mm)
    : SpatialIndex(std::vector<Vec2>(points_mm.begin(), points_mm.end()), cell_mm) {}

SpatialIndex::SpatialIndex(std::vector<Vec2>&& points_mm, double cell_mm)
    : points_(std::move(points_mm)) {
  const std::size_t n = points_.size();
  if (n == 0) {
    cell_start_.assign(2, 0);
    return;
  }
  Vec2 lo = points_[0];
  Vec2 hi = points_[0];
  for (const Vec2& p : points_) {
    lo = glm::min(lo, p);
    hi = glm::max(hi, p);
  }
  bounds_ = RectMm{lo, hi};
  grid_ = SpatialGrid::fit(bounds_, n, cell_mm);

  // Counting sort by cell: O(n), then a tiny sort inside each cell for the canonical order.
  const std::size_t cells = grid_.cell_count();
  // Counts at [c + 2], so that after the prefix sum [c + 1] is cell c's start and serves as its
  // fill cursor; once filled, [c + 1] has moved on to cell c's end = cell c + 1's start, and
  // [c] is c's start. No copy of the offsets and no per-point cell array (the cell is recomputed:
  // storing it, even in canonical_of_'s storage before its time, was no faster at 100k points
  // and slower at a million).
  cell_start_.assign(cells + 2, 0);
  for (std::size_t i = 0; i < n; ++i) ++cell_start_[grid_.clamped_cell(points_[i]) + 2];
  for (std::size_t c = 1; c < cells + 2; ++c) cell_start_[c] += cell_start_[c - 1];
  // Scatter ids and points together (one sequential read of the input), then order each cell's
  // few points in place by (x, y, input index).
  sorted_ids_.resize(n);
  sorted_points_.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint32_t at = cell_start_[grid_.clamped_cell(points_[i]) + 1]++;
    sorted_ids_[at] = static_cast<std::uint32_t>(i);
    sorted_points_[at] = points_[i];
  }
  cell_start_.pop_back();
  const auto before = [](Vec2 pa, std::uint32_t a, Vec2 pb, std::uint32_t b) {
    if (pa.x != pb.x) return pa.x < pb.x;
    if (pa.y != pb.y) return pa.y < pb.y;
    return a < b;
  };
  canonical_of_.resize(n);
  std::vector<std::pair<Vec2, std::uint32_t>> big;  // a crowded cell (degenerate input)
  const auto cols = static_cast<std::size_t>(grid_.cols);
  for (std::size_t c = 0, col = 0; c < cells; ++c, col = col + 1 == cols ? 0 : col + 1) {
    const std::size_t b = cell_start_[c], e = cell_start_[c + 1];
    Vec2* const pts = sorted_points_.data() + b;
    std::uint32_t* const ids = sorted_ids_.data() + b;
    // Most cells hold two to four points (about two on average). A point with a NaN coordinate
    // lies in the first row or column of cells (SpatialGrid puts it there), so those cells
    // keep the insertion sort, which decides their order as it always has.
    switch (c >= cols && col > 0 ? e - b : 5) {
      case 0:
      case 1:
        continue;
      case 2:
        order_cell<2>(pts, ids);
        continue;
      case 3:
        order_cell<3>(pts, ids);
        continue;
      case 4:
        order_cell<4>(pts, ids);
        continue;
      default:
        break;
    }
    if (e - b > 32) {
      big.clear();
      for (std::size_t k = b; k < e; ++k) big.emplace_back(sorted_points_[k], sorted_ids_[k]);
      std::sort(big.begin(), big.end(), [&](const auto& l, const auto& r) {
        return before(l.first, l.second, r.first, r.second);
      });
      for (std::size_t k = b; k < e; ++k) std::tie(sorted_points_[k], sorted_ids_[k]) = big[k - b];
      continue;
    }
    for (std::size_t k = b + 1; k < e; ++k) {
      const Vec2 p = sorted_points_[k];
      const std::uint32_t id = sorted_ids_[k];
      std::size_t j = k;
      for (; j > b && before(p, id, sorted_points_[j - 1], sorted_ids_[j - 1]); --j) {
        sorted_points_[j] = sorted_points_[j - 1];
        sorted_ids_[j] = sorted_ids_[j - 1];
      }
      sorted_points_[j] = p;
      sorted_ids_[j] = id;
    }
  }
  for (std::size_t k = 0; k < n; ++k) canonical_of_[sorted_ids_[k]] = static_cast<std::uint32_t>(k);
  if constexpr (SMP_ASSERTS_ON) Kernels::check_canonical_order(*this);
}

void SpatialIndex::Kernels::check_canonical_order(const SpatialIndex& ix) {
  const std::size_t n = ix.points_.size();
  const SpatialGrid& g = ix.grid_;
  SMP_ASSERT(ix.sorted_ids_.size() == n && ix.sorted_points_.size() == n);
  SMP_ASSERT(ix.canonical_of_.size() == n);
  SMP_ASSERT(ix.cell_start_.size() == g.cell_count() + 1);
  SMP_ASSERT(ix.cell_start_.front() == 0 && ix.cell_start_.back() == n);
  // (x, y, input index) of canonical position a before that of b.
  const auto canonical_before = [&ix](std::size_t a, std::size_t b) {
    const Vec2 pa = ix.sorted_points_[a], pb = ix.sorted_points_[b];
    if (pa.x != pb.x) return pa.x < pb.x;
    if (pa.y != pb.y) return pa.y < pb.y;
    return ix.sorted_ids_[a] < ix.sorted_ids_[b];
  };
  std::vector<std::uint8_t> seen(n, 0);
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t i = ix.sorted_ids_[k];
    SMP_ASSERT(i < n && !seen[i]);
    seen[i] = 1;
    SMP_ASSERT(ix.canonical_of_[i] == k);
    // Bitwise: a NaN coordinate is still the same point.
    SMP_ASSERT(std::memcmp(&ix.sorted_points_[k], &ix.points_[i], sizeof(Vec2)) == 0);
  }
  for (std::size_t c = 0; c < g.cell_count(); ++c) {
    SMP_ASSERT(ix.cell_start_[c] <= ix.cell_start_[c + 1]);
    for (std::size_t k = ix.cell_start_[c]; k < ix.cell_start_[c + 1]; ++k) {
      const Vec2 p = ix.sorted_points_[k];
      SMP_ASSERT(g.clamped_cell(p) == c);
      if (k == ix.cell_start_[c] || std::isnan(p.x + p.y)) continue;
      const Vec2 q = ix.sorted_points_[k - 1];
      if (std::isnan(q.x + q.y)) continue;  // no order is promised for NaN
      SMP_ASSERT(canonical_before(k - 1, k));
    }
  }
}

SpatialIndex::Neighbour SpatialIndex::nearest(Vec2 p_mm, std::uint32_t exclude) const {
  using K = Kernels;
  if (points_.empty()) return {};
  const std::size_t ex = K::canonical_of(*this, exclude);
  // The 3 x 3 block around p's cell first (see nearest_all_canonical), the ring walk if needed.
  const K::Block b = K::block3(*this, grid_.clamped_col(p_mm.x), grid_.clamped_row(p_mm.y));
  double best = std::numeric_limits<double>::infinity();
  std::size_t best_k = K::kNoK;
  // The runs come in canonical order: a strict < keeps the first of equally near points.
  for (int r = 0; r < b.runs; ++r)
    for (std::size_t j = b.begin[r]; j < b.end[r]; ++j) {
      const double d = K::dist2(p_mm, sorted_points_[j]);
      if (d < best && j != ex) {
        best = d;
        best_k = j;
      }
    }
  // Settled if nothing beyond the block can be as near; an infinite best (nothing found, or
  // squares so large they overflow and tie) is left to the ring walk's explicit tie rule.
  const double inf = std::numeric_limits<double>::infinity();
  const double g = b.guard(p_mm);
  if (!((g == inf && best < inf) || best < g * g))
    best_k = K::nearest_in_rings(
        *this, p_mm, ex, [](std::size_t) { return true; }, &best);
  if (best_k == K::kNoK) return {};
  return {sorted_ids_[best_k], std::sqrt(best), sorted_points_[best_k]};
}

std::size_t SpatialIndex::nearest_canonical_kept(Vec2 p, std::size_t exclude_k, KeepRef keep,
                                                 double* distance_mm) const {
  double best = std::numeric_limits<double>::infinity();
  std::size_t best_k = Kernels::kNoK;
  if (!points_.empty())
    best_k = Kernels::nearest_in_rings(
        *this, p, exclude_k, [&](std::size_t k) { return keep.call(keep.keep, k); }, &best);
  *distance_mm = std::sqrt(best);
  return best_k == Kernels::kNoK ? points_.size() : best_k;
}

void SpatialIndex::within_radius(Vec2 p, double radius_mm, std::vector<std::uint32_t>& out) const {
  out.clear();
  if (points_.empty() || !(radius_mm >= 0.0)) return;
  const double r2 = radius_mm * radius_mm;
  const int x0 = grid_.clamped_col(p.x - radius_mm), x1 = grid_.clamped_col(p.x + radius_mm);
  const int y0 = grid_.clamped_row(p.y - radius_mm), y1 = grid_.clamped_row(p.y + radius_mm);
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) {
      const std::size_t c = grid_.index(x, y);
      for (std::size_t k = cell_start_[c]; k < cell_start_[c + 1]; ++k)
        if (Kernels::dist2(p, sorted_points_[k]) <= r2) out.push_back(sorted_ids_[k]);
    }
}

void SpatialIndex::in_rect(const RectMm& rect, std::vector<std::uint32_t>& out) const {
  out.clear();
  if (points_.empty()) return;
  const int x0 = grid_.clamped_col(rect.min_mm.x), x1 = grid_.clamped_col(rect.max_mm.x);
  const int y0 = grid_.clamped_row(rect.min_mm.y), y1 = grid_.clamped_row(rect.max_mm.y);
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) {
      const std::size_t c = grid_.index(x, y);
      for (std::size_t k = cell_start_[c]; k < cell_start_[c + 1]; ++k)
        if (rect.contains(sorted_points_[k])) out.push_back(sorted_ids_[k]);
    }
}

std::size_t SpatialIndex::count_in_rect(const RectMm& rect) const {
  if (points_.empty()) return 0;
  std::size_t count = 0;
  const int x0 = grid_.clamped_col(rect.min_mm.x), x1 = grid_.clamped_col(rect.max_mm.x);
  const int y0 = grid_.clamped_row(rect.min_mm.y), y1 = grid_.clamped_row(rect.max_mm.y);
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) {
      const std::size_t c = grid_.index(x, y);
      // Interior cells lie wholly inside the rectangle (a point's cell is monotone in its
      // coordinates): count them without looking.
      const bool interior = x > x0 && x < x1 && y > y0 && y < y1;
      if (interior) {
        count += cell_start_[c + 1] - cell_start_[c];
        continue;
      }
      for (std::size_t k = cell_start_[c]; k < cell_start_[c + 1]; ++k)
        if (rect.contains(sorted_points_[k])) ++count;
    }
  return count;
}

double SpatialIndex::Kernels::ring_guard(const SpatialIndex& ix, Vec2 p, int cx, int cy, int r) {
  const SpatialGrid& g = ix.grid_;
  SMP_ASSERT(cx >= 0 && cx < g.cols && cy >= 0 && cy < g.rows && r >= 0);
  const double inf = std::numeric_limits<double>::infinity();
  const double xlo = cx - r <= 0 ? -inf : g.origin_mm.x + (cx - r) * g.cell_mm;
  const double xhi = cx + r >= g.cols - 1 ? inf : g.origin_mm.x + (cx + r + 1) * g.cell_mm;
  const double ylo = cy - r <= 0 ? -inf : g.origin_mm.y + (cy - r) * g.cell_mm;
  const double yhi = cy + r >= g.rows - 1 ? inf : g.origin_mm.y + (cy + r + 1) * g.cell_mm;
  return std::min({p.x - xlo, xhi - p.x, p.y - ylo, yhi - p.y});
}

SpatialIndex::Kernels::Block SpatialIndex::Kernels::block3(const SpatialIndex& ix, int cx, int cy) {
  const SpatialGrid& g = ix.grid_;
  SMP_ASSERT(cx >= 0 && cx < g.cols && cy >= 0 && cy < g.rows);
  const double inf = std::numeric_limits<double>::infinity();
  Block b;
  const int x0 = std::max(cx - 1, 0), x1 = std::min(cx + 1, g.cols - 1);
  const int y0 = std::max(cy - 1, 0), y1 = std::min(cy + 1, g.rows - 1);
  for (int y = y0; y <= y1; ++y) {
    b.begin[b.runs] = ix.cell_start_[g.index(x0, y)];
    b.end[b.runs] = ix.cell_start_[g.index(x1, y) + 1];
    ++b.runs;
  }
  b.xlo = x0 == 0 ? -inf : g.origin_mm.x + x0 * g.cell_mm;
  b.xhi = x1 == g.cols - 1 ? inf : g.origin_mm.x + (x1 + 1) * g.cell_mm;
  b.ylo = y0 == 0 ? -inf : g.origin_mm.y + y0 * g.cell_mm;
  b.yhi = y1 == g.rows - 1 ? inf : g.origin_mm.y + (y1 + 1) * g.cell_mm;
  return b;
}

}  // namespace smp::core
