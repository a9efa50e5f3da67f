// Fast neighbour queries over many dot positions (mm): a uniform grid hash built in O(n).
// Not a general geometry library (geometry.hpp) and not mutable: rebuild it when dots change.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "core/base/assert.hpp"
#include "core/base/geometry.hpp"
#include "core/spatial/spatial_grid.hpp"

namespace smp::core {

// What the queries promise; BruteForceIndex (brute_force_index.hpp) keeps the same promises in
// the plainest code and is their definition.
// - A point is named by its input index i (its place in the constructor's input) or by its
//   canonical position k. Canonical order sorts the points by the SpatialGrid cell they fall in
//   (row by row), then by (x, y, input index): it does not depend on the input order, so sums
//   taken in it are bit-identical for a shuffled input (a scoring invariant).
// - Distances are compared squared, as dx * dx + dy * dy; equally near points rank by canonical
//   position, the first first. A returned distance is the square root of that square.
// - Coordinates are finite (io rejects others).
class SpatialIndex {
 public:
  static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

  struct Neighbour {
    std::uint32_t point = kNone;  // input index
    double distance_mm = std::numeric_limits<double>::infinity();
    Vec2 pos_mm{0.0, 0.0};  // the point itself (spares the caller a lookup by input index)
  };

  SpatialIndex() : SpatialIndex(std::vector<Vec2>{}) {}
  // cell_mm <= 0 picks about two points per cell over the points' bounding box.
  explicit SpatialIndex(std::span<const Vec2> points_mm, double cell_mm = 0.0);
  // The same, taking over the vector (no copy of a million points).
  explicit SpatialIndex(std::vector<Vec2>&& points_mm, double cell_mm = 0.0);

  std::size_t size() const { return points_.size(); }
  bool empty() const { return points_.empty(); }
  double cell_mm() const { return grid_.cell_mm; }
  Vec2 point(std::uint32_t i) const {  // by input index
    SMP_ASSERT(i < points_.size());
    return points_[i];
  }
  // Bounding box of the points (zero-size at the origin when empty).
  RectMm bounds() const { return bounds_; }

  // Canonical order: position k in [0, size()) -> input index and point.
  std::uint32_t canonical_index(std::size_t k) const {
    SMP_ASSERT(k < sorted_ids_.size());
    return sorted_ids_[k];
  }
  Vec2 canonical_point(std::size_t k) const {
    SMP_ASSERT(k < sorted_points_.size());
    return sorted_points_[k];
  }

  // Nearest point to p other than `exclude` (an input index; kNone or any index out of range
  // excludes nothing). Returns a Neighbour with point kNone when there is no candidate.
  Neighbour nearest(Vec2 p_mm, std::uint32_t exclude = kNone) const;
  Neighbour nearest_other(std::uint32_t i) const { return nearest(point(i), i); }
  // The min(k, candidates) nearest points other than `exclude`, nearest first.
  void k_nearest(Vec2 p_mm, std::size_t k, std::vector<Neighbour>& out,
                 std::uint32_t exclude = kNone) const;
  // The same for the point at canonical position at_k, itself excluded: no lookup by input index
  // (a cache miss per query when the points come in canonical order).
  void k_nearest_canonical(std::size_t at_k, std::size_t k, std::vector<Neighbour>& out) const;
  // Input indices of the points within radius (inclusive: squared distance <= radius squared),
  // in canonical order. None for a negative or NaN radius.
  void within_radius(Vec2 p_mm, double radius_mm, std::vector<std::uint32_t>& out) const;
  // Input indices of the points inside the rectangle (RectMm::contains), in canonical order.
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
  // (size() when none) and sets *distance_mm (infinity when none). keep is asked only about
  // candidates that would win, so it must not count on being called for every point.
  template <class Keep>
  std::size_t nearest_canonical_if(Vec2 p, std::size_t exclude_k, Keep keep,
                                   double* distance_mm) const;
  // Calls visit(k) for every canonical position k >= from_k whose cell reaches within radius of
  // p (a superset of the points within radius: the caller tests the distance), in increasing
  // canonical order. from_k = k + 1 visits each pair of nearby points once.
  template <class Visit>
  void for_each_near_canonical(Vec2 p, double radius_mm, Visit visit, std::size_t from_k = 0) const;

 private:
  // The queries' machinery (spatial_index_internal.hpp), a nested type so it reaches the storage.
  struct Kernels;
  // keep(k) behind one indirect call, so that the ring walk stays out of this header.
  struct KeepRef {
    const void* keep;
    bool (*call)(const void* keep, std::size_t k);
  };
  std::size_t nearest_canonical_kept(Vec2 p, std::size_t exclude_k, KeepRef keep,
                                     double* distance_mm) const;

  std::vector<Vec2> points_;                 // input order
  std::vector<Vec2> sorted_points_;          // canonical order
  std::vector<std::uint32_t> sorted_ids_;    // canonical -> input index
  std::vector<std::uint32_t> canonical_of_;  // input index -> canonical position
  std::vector<std::uint32_t> cell_start_;  // cell id -> first canonical position; one more: size()
  SpatialGrid grid_;
  RectMm bounds_;
};

template <class Keep>
std::size_t SpatialIndex::nearest_canonical_if(Vec2 p, std::size_t exclude_k, Keep keep,
                                               double* distance_mm) const {
  const KeepRef ref{&keep, [](const void* f, std::size_t k) {
                      return static_cast<bool>((*static_cast<const Keep*>(f))(k));
                    }};
  return nearest_canonical_kept(p, exclude_k, ref, distance_mm);
}

template <class Visit>
void SpatialIndex::for_each_near_canonical(Vec2 p, double radius_mm, Visit visit,
                                           std::size_t from_k) const {
  if (points_.empty() || !(radius_mm >= 0.0)) return;
  const int x0 = grid_.clamped_col(p.x - radius_mm), x1 = grid_.clamped_col(p.x + radius_mm);
  const int y0 = grid_.clamped_row(p.y - radius_mm), y1 = grid_.clamped_row(p.y + radius_mm);
  // A row of cells is one contiguous run of canonical positions.
  for (int y = y0; y <= y1; ++y) {
    const std::size_t end = cell_start_[grid_.index(x1, y) + 1];
    for (std::size_t k = std::max<std::size_t>(cell_start_[grid_.index(x0, y)], from_k); k < end;
         ++k)
      visit(k);
  }
}

}  // namespace smp::core
