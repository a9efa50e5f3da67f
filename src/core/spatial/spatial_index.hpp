// Fast neighbour queries over many dot positions (mm): a uniform grid hash built in O(n).
// Not a general geometry library (geometry.hpp) and not mutable: rebuild it when dots change.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "core/base/geometry.hpp"

namespace smp::core {

// The points are stored cell by cell, and inside a cell sorted by (x, y, input index), so every
// iteration in "canonical order" is independent of the order the points were given in: sums over
// it are bit-identical for a shuffled input (a scoring invariant, issue 3).
class SpatialIndex {
 public:
  static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

  struct Neighbour {
    std::uint32_t point = kNone;  // input index
    double distance_mm = std::numeric_limits<double>::infinity();
    Vec2 pos_mm{0.0, 0.0};  // the point itself (spares the caller a lookup by input index)
  };

  SpatialIndex() = default;
  // cell_mm <= 0 picks about one point per cell over the points' bounding box.
  explicit SpatialIndex(std::span<const Vec2> points_mm, double cell_mm = 0.0);
  // The same, taking over the vector (no copy of a million points).
  explicit SpatialIndex(std::vector<Vec2>&& points_mm, double cell_mm = 0.0);

  std::size_t size() const { return points_.size(); }
  bool empty() const { return points_.empty(); }
  double cell_mm() const { return cell_mm_; }
  Vec2 point(std::uint32_t i) const { return points_[i]; }  // by input index
  // Bounding box of the points (zero-size at the origin when empty).
  RectMm bounds() const { return bounds_; }

  // Canonical order: position k in [0, size()) -> input index and point.
  std::uint32_t canonical_index(std::size_t k) const { return sorted_ids_[k]; }
  Vec2 canonical_point(std::size_t k) const { return sorted_points_[k]; }

  // Nearest point to p other than `exclude` (an input index, or kNone); ties go to the point
  // that comes first in canonical order. Returns kNone when there is no candidate.
  Neighbour nearest(Vec2 p_mm, std::uint32_t exclude = kNone) const;
  Neighbour nearest_other(std::uint32_t i) const { return nearest(points_[i], i); }
  // Up to k nearest points other than `exclude`, closest first.
  void k_nearest(Vec2 p_mm, std::size_t k, std::vector<Neighbour>& out,
                 std::uint32_t exclude = kNone) const;
  // The same for the point at canonical position at_k, itself excluded: no lookup by input index
  // (a cache miss per query when the points come in canonical order).
  void k_nearest_canonical(std::size_t at_k, std::size_t k, std::vector<Neighbour>& out) const {
    k_nearest_excluding(sorted_points_[at_k], k, out, at_k);
  }
  // Input indices of the points within radius (inclusive), in canonical order.
  void within_radius(Vec2 p_mm, double radius_mm, std::vector<std::uint32_t>& out) const;
  // Input indices of the points inside the rectangle (inclusive), in canonical order.
  void in_rect(const RectMm& rect, std::vector<std::uint32_t>& out) const;
  std::size_t count_in_rect(const RectMm& rect) const;
  // Distance from every point to its nearest other point, in CANONICAL order (k-th entry is the
  // point canonical_point(k)); infinity for a lone point. The fast path for statistics.
  std::vector<double> nearest_distances_canonical() const;
  // Same, with the canonical position of each nearest point (size() when alone).
  void nearest_all_canonical(std::vector<double>& distance_mm,
                             std::vector<std::uint32_t>& which) const;
  // Nearest point to p, other than canonical position exclude_k, among the canonical positions
  // k for which keep(k) is true (e.g. "in the same zone"). Returns the canonical position
  // (size() when none) and sets *distance_mm.
  template <class Keep>
  std::size_t nearest_canonical_if(Vec2 p, std::size_t exclude_k, Keep keep,
                                   double* distance_mm) const;
  // Calls visit(k) for every canonical position k >= from_k whose cell reaches within radius of
  // p (a superset of the points within radius: the caller tests the distance), in canonical
  // order. from_k = k + 1 visits each pair of nearby points once.
  template <class Visit>
  void for_each_near_canonical(Vec2 p, double radius_mm, Visit visit, std::size_t from_k = 0) const;

 private:
  template <class Visit, class Done>
  void walk_rings(Vec2 p, Visit&& visit, Done&& done) const;
  static double dist2(Vec2 a, Vec2 b) {
    const double dx = a.x - b.x;
    const double dy = a.y - b.y;
    return dx * dx + dy * dy;
  }
  int cell_x(double x) const;
  int cell_y(double y) const;
  std::size_t cell_id(int cx, int cy) const {
    return static_cast<std::size_t>(cy) * static_cast<std::size_t>(cols_) +
           static_cast<std::size_t>(cx);
  }
  // Core of k_nearest(): excludes canonical position `exclude_k` (or none: size_t(-1)).
  void k_nearest_excluding(Vec2 p, std::size_t k, std::vector<Neighbour>& out,
                           std::size_t exclude_k) const;
  // Core of nearest(): excludes canonical position `exclude_k`.
  Neighbour nearest_canonical(Vec2 p, std::size_t exclude_k, std::size_t* found_k) const;
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
  Block block3(int cx, int cy) const;
  // Distance from p to the edge of the (2r + 1)^2 cells around cell (cx, cy), beyond which
  // points may lie: infinite once that square covers the grid.
  double ring_guard(Vec2 p, int cx, int cy, int r) const;

  std::vector<Vec2> points_;                 // input order
  std::vector<Vec2> sorted_points_;          // canonical order
  std::vector<std::uint32_t> sorted_ids_;    // canonical -> input index
  std::vector<std::uint32_t> canonical_of_;  // input index -> canonical position
  std::vector<std::uint32_t> cell_start_;    // cols*rows + 1 offsets into sorted_*
  Vec2 origin_mm_{0.0, 0.0};
  double cell_mm_ = 1.0;
  double inv_cell_ = 1.0;
  int cols_ = 0;
  int rows_ = 0;
  RectMm bounds_;
};

// Visits the cells around p ring by ring (visit(x, y)); after each ring, `done(guard)` is told
// that every point closer than guard mm lies in the cells visited so far, and ends the walk when
// it returns true. The walk also ends once the whole grid has been visited.
template <class Visit, class Done>
void SpatialIndex::walk_rings(Vec2 p, Visit&& visit, Done&& done) const {
  const int cx = cell_x(p.x);
  const int cy = cell_y(p.y);
  for (int r = 0;; ++r) {
    for (int dy = -r; dy <= r; ++dy) {
      const int y = cy + dy;
      if (y < 0 || y >= rows_) continue;
      if (dy == -r || dy == r) {
        for (int x = std::max(cx - r, 0); x <= std::min(cx + r, cols_ - 1); ++x) visit(x, y);
      } else {
        if (cx - r >= 0) visit(cx - r, y);
        if (cx + r < cols_ && r > 0) visit(cx + r, y);
      }
    }
    const double guard = ring_guard(p, cx, cy, r);
    if (guard == std::numeric_limits<double>::infinity() || done(guard)) return;
  }
}

template <class Keep>
std::size_t SpatialIndex::nearest_canonical_if(Vec2 p, std::size_t exclude_k, Keep keep,
                                               double* distance_mm) const {
  const std::size_t none = points_.size();
  double best = std::numeric_limits<double>::infinity();
  std::size_t best_k = none;
  if (points_.empty()) {
    *distance_mm = best;
    return none;
  }
  const auto visit = [&](int x, int y) {
    const std::size_t c = cell_id(x, y);
    for (std::size_t k = cell_start_[c]; k < cell_start_[c + 1]; ++k) {
      if (k == exclude_k) continue;
      const double dx = p.x - sorted_points_[k].x, dy = p.y - sorted_points_[k].y;
      const double d = dx * dx + dy * dy;
      if ((d < best || (d == best && k < best_k)) && keep(k)) {
        best = d;
        best_k = k;
      }
    }
  };
  walk_rings(p, visit, [&](double guard) { return guard > 0.0 && best <= guard * guard; });
  *distance_mm = std::sqrt(best);
  return best_k;
}

template <class Visit>
void SpatialIndex::for_each_near_canonical(Vec2 p, double radius_mm, Visit visit,
                                           std::size_t from_k) const {
  if (points_.empty() || !(radius_mm >= 0.0)) return;
  const int x0 = cell_x(p.x - radius_mm), x1 = cell_x(p.x + radius_mm);
  const int y0 = cell_y(p.y - radius_mm), y1 = cell_y(p.y + radius_mm);
  // A row of cells is one contiguous run of canonical positions.
  for (int y = y0; y <= y1; ++y) {
    const std::size_t end = cell_start_[cell_id(x1, y) + 1];
    for (std::size_t k = std::max<std::size_t>(cell_start_[cell_id(x0, y)], from_k); k < end; ++k)
      visit(k);
  }
}

}  // namespace smp::core
