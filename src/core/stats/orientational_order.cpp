#include "core/stats/orientational_order.hpp"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <iterator>
#include <limits>
#include <numbers>

#include "core/base/assert.hpp"
#include "core/base/fast_floor.hpp"
#include "core/base/hash.hpp"

namespace smp::core {

OrientationalOrder orientational_order(const SpatialIndex& dots,
                                       std::span<const std::uint32_t> canonical,
                                       Vec2 tile_origin_mm, double tile_mm, int min_tile_points,
                                       std::size_t max_points) {
  constexpr int kSquareBonds = 4;
  constexpr std::size_t kHexBonds = 6;
  OrientationalOrder out;
  // The subsampling below is order-independent only for a list in canonical order.
  SMP_ASSERT(std::is_sorted(canonical.begin(), canonical.end()));
  SMP_ASSERT(canonical.empty() || canonical.back() < dots.size());
  if (canonical.empty() || !(tile_mm > 0.0) || max_points == 0) return out;
  // Every stride-th point of the list: with the list in canonical order this is independent of
  // the order the dots were placed in.
  const std::size_t stride = (canonical.size() + max_points - 1) / max_points;
  struct Acc {
    double re[3] = {0, 0, 0};
    double im[3] = {0, 0, 0};
    int bonds[2] = {0, 0};  // square bonds, hexagonal bonds
    int points = 0;
  };
  // Tiles on a dense grid over the points' extent.
  Vec2 lo(std::numeric_limits<double>::infinity()), hi(-std::numeric_limits<double>::infinity());
  for (std::size_t i = 0; i < canonical.size(); i += stride) {
    lo = glm::min(lo, dots.canonical_point(canonical[i]));
    hi = glm::max(hi, dots.canonical_point(canonical[i]));
  }
  const auto tx0 = static_cast<std::int64_t>(std::floor((lo.x - tile_origin_mm.x) / tile_mm));
  const auto ty0 = static_cast<std::int64_t>(std::floor((lo.y - tile_origin_mm.y) / tile_mm));
  const auto tcols =
      static_cast<std::int64_t>(std::floor((hi.x - tile_origin_mm.x) / tile_mm)) - tx0 + 1;
  const auto trows =
      static_cast<std::int64_t>(std::floor((hi.y - tile_origin_mm.y) / tile_mm)) - ty0 + 1;
  std::vector<Acc> tiles(static_cast<std::size_t>(tcols * trows));
  std::vector<SpatialIndex::Neighbour> nb;
  for (std::size_t i = 0; i < canonical.size(); i += stride) {
    const Vec2 p = dots.canonical_point(canonical[i]);
    const auto tx = static_cast<std::int64_t>(fast_floor((p.x - tile_origin_mm.x) / tile_mm)) - tx0;
    const auto ty = static_cast<std::int64_t>(fast_floor((p.y - tile_origin_mm.y) / tile_mm)) - ty0;
    Acc& acc = tiles[static_cast<std::size_t>(std::clamp<std::int64_t>(ty, 0, trows - 1) * tcols +
                                              std::clamp<std::int64_t>(tx, 0, tcols - 1))];
    dots.k_nearest_canonical(canonical[i], kHexBonds, nb);
    ++acc.points;
    int bond = 0;
    for (const auto& n : nb) {
      if (!(n.distance_mm > 0.0)) continue;
      const Vec2 d = (n.pos_mm - p) / n.distance_mm;
      // z = e^{i theta}; z^2, z^4, z^6 by complex multiplication (no trigonometry). Square order
      // (m = 2, 4) reads the 4 nearest bonds, hexagonal order (m = 6) the 6 nearest, as a
      // lattice of that kind has that many first neighbours.
      const double r2 = d.x * d.x - d.y * d.y, i2 = 2.0 * d.x * d.y;
      const double r4 = r2 * r2 - i2 * i2, i4 = 2.0 * r2 * i2;
      const double r6 = r4 * r2 - i4 * i2, i6 = r4 * i2 + i4 * r2;
      if (bond < kSquareBonds) {
        acc.re[0] += r2;
        acc.im[0] += i2;
        acc.re[1] += r4;
        acc.im[1] += i4;
        ++acc.bonds[0];
      }
      acc.re[2] += r6;
      acc.im[2] += i6;
      ++acc.bonds[1];
      ++bond;
    }
  }
  double weight[3] = {0, 0, 0};
  double psi[3] = {0, 0, 0};
  for (std::size_t t = 0; t < tiles.size(); ++t) {
    const Acc& acc = tiles[t];
    out.points += acc.points;
    if (acc.points < min_tile_points || acc.bonds[1] == 0) continue;
    const auto tx = static_cast<std::int64_t>(t) % tcols + tx0;
    const auto ty = static_cast<std::int64_t>(t) / tcols + ty0;
    OrderTile tile{tile_origin_mm + Vec2((static_cast<double>(tx) + 0.5) * tile_mm,
                                         (static_cast<double>(ty) + 0.5) * tile_mm),
                   acc.points, 0.0};
    for (int m = 0; m < 3; ++m) {
      const double bonds = acc.bonds[m == 2 ? 1 : 0];
      const double mag = std::hypot(acc.re[m], acc.im[m]) / bonds;
      psi[m] += mag * bonds;
      weight[m] += bonds;
      tile.order = std::max(tile.order, mag);
    }
    out.tiles.push_back(tile);
  }
  if (weight[2] > 0.0) {
    out.psi2 = psi[0] / weight[0];
    out.psi4 = psi[1] / weight[1];
    out.psi6 = psi[2] / weight[2];
    out.order = std::max({out.psi2, out.psi4, out.psi6});
  }
  return out;
}

}  // namespace smp::core
