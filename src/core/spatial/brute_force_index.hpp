// SpatialIndex's queries answered the plainest way, every point looked at: the definition of what
// they return, and the reference the tests hold SpatialIndex to. Not for grading: O(n) a query.
#pragma once
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "core/base/assert.hpp"
#include "core/base/geometry.hpp"
#include "core/spatial/spatial_grid.hpp"
#include "core/spatial/spatial_index.hpp"

namespace smp::core {

// The same interface and promises as SpatialIndex (see spatial_index.hpp), the canonical order
// made by the same SpatialGrid, so canonical positions agree between the two.
class BruteForceIndex {
 public:
  static constexpr std::uint32_t kNone = SpatialIndex::kNone;
  using Neighbour = SpatialIndex::Neighbour;

  BruteForceIndex() : BruteForceIndex(std::vector<Vec2>{}) {}
  explicit BruteForceIndex(std::span<const Vec2> points_mm, double cell_mm = 0.0);
  explicit BruteForceIndex(std::vector<Vec2>&& points_mm, double cell_mm = 0.0);

  std::size_t size() const { return points_.size(); }
  bool empty() const { return points_.empty(); }
  double cell_mm() const { return grid_.cell_mm; }
  Vec2 point(std::uint32_t i) const {
    SMP_ASSERT(i < size());
    return points_[i];
  }
  RectMm bounds() const { return bounds_; }
  std::uint32_t canonical_index(std::size_t k) const {
    SMP_ASSERT(k < size());
    return order_[k];
  }
  Vec2 canonical_point(std::size_t k) const { return points_[canonical_index(k)]; }

  Neighbour nearest(Vec2 p_mm, std::uint32_t exclude = kNone) const;
  Neighbour nearest_other(std::uint32_t i) const { return nearest(points_[i], i); }
  void k_nearest(Vec2 p_mm, std::size_t k, std::vector<Neighbour>& out,
                 std::uint32_t exclude = kNone) const;
  void k_nearest_canonical(std::size_t at_k, std::size_t k, std::vector<Neighbour>& out) const;
  void within_radius(Vec2 p_mm, double radius_mm, std::vector<std::uint32_t>& out) const;
  void in_rect(const RectMm& rect, std::vector<std::uint32_t>& out) const;
  std::size_t count_in_rect(const RectMm& rect) const;
  std::vector<double> nearest_distances_canonical() const;
  void nearest_all_canonical(std::vector<double>& distance_mm,
                             std::vector<std::uint32_t>& which) const;
  template <class Keep>
  std::size_t nearest_canonical_if(Vec2 p, std::size_t exclude_k, Keep keep,
                                   double* distance_mm) const;
  // Visits every canonical position from from_k on: the widest superset the promise allows.
  template <class Visit>
  void for_each_near_canonical(Vec2 p, double radius_mm, Visit visit, std::size_t from_k = 0) const;

  // The squared distance every query compares.
  static double dist2(Vec2 a, Vec2 b) {
    const double dx = a.x - b.x;
    const double dy = a.y - b.y;
    return dx * dx + dy * dy;
  }

 private:
  // The `count` nearest canonical positions but exclude_k, nearest first, ties by canonical
  // position (fewer when there are fewer).
  std::vector<std::size_t> by_distance(Vec2 p, std::size_t exclude_k, std::size_t count) const;
  Neighbour neighbour(Vec2 p, std::size_t k) const;

  std::vector<Vec2> points_;                 // input order
  std::vector<std::uint32_t> order_;         // canonical position -> input index
  std::vector<std::uint32_t> canonical_of_;  // input index -> canonical position
  SpatialGrid grid_;
  RectMm bounds_;
};

template <class Keep>
std::size_t BruteForceIndex::nearest_canonical_if(Vec2 p, std::size_t exclude_k, Keep keep,
                                                  double* distance_mm) const {
  std::size_t best_k = size();
  double best = std::numeric_limits<double>::infinity();
  for (std::size_t k = 0; k < size(); ++k) {
    const double d = dist2(p, canonical_point(k));
    if (k != exclude_k && (d < best || (d == best && k < best_k)) && keep(k)) {
      best = d;
      best_k = k;
    }
  }
  *distance_mm = std::sqrt(best);
  return best_k;
}

template <class Visit>
void BruteForceIndex::for_each_near_canonical(Vec2, double radius_mm, Visit visit,
                                              std::size_t from_k) const {
  if (!(radius_mm >= 0.0)) return;
  for (std::size_t k = from_k; k < size(); ++k) visit(k);
}

}  // namespace smp::core
