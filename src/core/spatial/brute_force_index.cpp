#include "core/spatial/brute_force_index.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>
#include <utility>

#include "core/base/assert.hpp"

namespace smp::core {

BruteForceIndex::BruteForceIndex(std::span<const Vec2> points_mm, double cell_mm)
    : BruteForceIndex(std::vector<Vec2>(points_mm.begin(), points_mm.end()), cell_mm) {}

BruteForceIndex::BruteForceIndex(std::vector<Vec2>&& points_mm, double cell_mm)
    : points_(std::move(points_mm)) {
  const std::size_t n = points_.size();
  if (n > 0) {
    bounds_ = RectMm{points_[0], points_[0]};
    for (const Vec2& p : points_) {
      SMP_ASSERT(std::isfinite(p.x) && std::isfinite(p.y));
      bounds_.min_mm = Vec2(std::min(bounds_.min_mm.x, p.x), std::min(bounds_.min_mm.y, p.y));
      bounds_.max_mm = Vec2(std::max(bounds_.max_mm.x, p.x), std::max(bounds_.max_mm.y, p.y));
    }
  }
  grid_ = SpatialGrid::fit(bounds_, n, cell_mm);
  // Canonical order: by cell (rows of cells bottom to top, each left to right), then x, y and
  // input index.
  order_.resize(n);
  std::iota(order_.begin(), order_.end(), 0u);
  const auto key = [&](std::uint32_t i) {
    const Vec2 p = points_[i];
    return std::make_tuple(grid_.clamped_row(p.y), grid_.clamped_col(p.x), p.x, p.y, i);
  };
  std::sort(order_.begin(), order_.end(),
            [&](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
  canonical_of_.resize(n);
  for (std::size_t k = 0; k < n; ++k) canonical_of_[order_[k]] = static_cast<std::uint32_t>(k);
}

std::vector<std::size_t> BruteForceIndex::by_distance(Vec2 p, std::size_t exclude_k,
                                                      std::size_t count) const {
  std::vector<std::pair<double, std::size_t>> all;
  for (std::size_t k = 0; k < size(); ++k)
    if (k != exclude_k) all.emplace_back(dist2(p, canonical_point(k)), k);
  count = std::min(count, all.size());
  const auto end = all.begin() + static_cast<std::ptrdiff_t>(count);
  std::partial_sort(all.begin(), end, all.end());
  std::vector<std::size_t> ks;
  for (auto it = all.begin(); it != end; ++it) ks.push_back(it->second);
  return ks;
}

BruteForceIndex::Neighbour BruteForceIndex::neighbour(Vec2 p, std::size_t k) const {
  return {order_[k], std::sqrt(dist2(p, canonical_point(k))), canonical_point(k)};
}

BruteForceIndex::Neighbour BruteForceIndex::nearest(Vec2 p_mm, std::uint32_t exclude) const {
  const std::size_t exclude_k = exclude < size() ? canonical_of_[exclude] : size();
  double d_mm = 0.0;
  const std::size_t k = nearest_canonical_if(
      p_mm, exclude_k, [](std::size_t) { return true; }, &d_mm);
  if (k == size()) return {};
  return neighbour(p_mm, k);
}

void BruteForceIndex::k_nearest(Vec2 p_mm, std::size_t k, std::vector<Neighbour>& out,
                                std::uint32_t exclude) const {
  out.clear();
  for (const std::size_t at :
       by_distance(p_mm, exclude < size() ? canonical_of_[exclude] : size(), k))
    out.push_back(neighbour(p_mm, at));
}

void BruteForceIndex::k_nearest_canonical(std::size_t at_k, std::size_t k,
                                          std::vector<Neighbour>& out) const {
  k_nearest(canonical_point(at_k), k, out, order_[at_k]);
}

void BruteForceIndex::within_radius(Vec2 p_mm, double radius_mm,
                                    std::vector<std::uint32_t>& out) const {
  out.clear();
  if (!(radius_mm >= 0.0)) return;
  for (std::size_t k = 0; k < size(); ++k)
    if (dist2(p_mm, canonical_point(k)) <= radius_mm * radius_mm) out.push_back(order_[k]);
}

void BruteForceIndex::in_rect(const RectMm& rect, std::vector<std::uint32_t>& out) const {
  out.clear();
  for (std::size_t k = 0; k < size(); ++k)
    if (rect.contains(canonical_point(k))) out.push_back(order_[k]);
}

std::size_t BruteForceIndex::count_in_rect(const RectMm& rect) const {
  std::vector<std::uint32_t> inside;
  in_rect(rect, inside);
  return inside.size();
}

std::vector<double> BruteForceIndex::nearest_distances_canonical() const {
  std::vector<double> distance_mm;
  std::vector<std::uint32_t> which;
  nearest_all_canonical(distance_mm, which);
  return distance_mm;
}

void BruteForceIndex::nearest_all_canonical(std::vector<double>& distance_mm,
                                            std::vector<std::uint32_t>& which) const {
  distance_mm.resize(size());
  which.resize(size());
  for (std::size_t k = 0; k < size(); ++k) {
    const Neighbour nb = nearest(canonical_point(k), order_[k]);
    distance_mm[k] = nb.distance_mm;
    which[k] = nb.point == kNone ? static_cast<std::uint32_t>(size()) : canonical_of_[nb.point];
  }
}

}  // namespace smp::core
