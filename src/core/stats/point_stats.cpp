#include "core/stats/point_stats.hpp"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <iterator>
#include <limits>
#include <numbers>

#include "core/base/fast_floor.hpp"

namespace smp::core {

// ---------------------------------------------------------------- summary statistics

double d_hex_mm(double intensity_per_mm2) {
  if (!(intensity_per_mm2 > 0.0)) return 0.0;
  return std::sqrt(2.0 / (std::sqrt(3.0) * intensity_per_mm2));
}

ClarkEvans clark_evans(std::span<const double> nn_mm, double area_mm2, double perimeter_mm) {
  ClarkEvans ce;
  ce.area_mm2 = area_mm2;
  ce.perimeter_mm = perimeter_mm;
  double sum = 0.0;
  for (double d : nn_mm)
    if (std::isfinite(d)) {
      sum += d;
      ++ce.n;
    }
  if (ce.n < 2 || !(area_mm2 > 0.0)) return ce;
  const double n = static_cast<double>(ce.n);
  ce.intensity_per_mm2 = n / area_mm2;
  ce.mean_nn_mm = sum / n;
  ce.expected_nn_mm = 0.5 / std::sqrt(ce.intensity_per_mm2);
  ce.r = ce.mean_nn_mm / ce.expected_nn_mm;
  // Donnelly (1978) as in spatstat's clarkevans(): E_D = 0.5/sqrt(lambda) + (0.0514 +
  // 0.0412/sqrt(n)) * P / n.
  ce.expected_nn_donnelly_mm =
      ce.expected_nn_mm + (0.0514 + 0.0412 / std::sqrt(n)) * perimeter_mm / n;
  ce.r_donnelly = ce.mean_nn_mm / ce.expected_nn_donnelly_mm;
  return ce;
}

double coefficient_of_variation(std::span<const double> values) {
  double sum = 0.0;
  std::size_t n = 0;
  for (double v : values)
    if (std::isfinite(v)) {
      sum += v;
      ++n;
    }
  if (n < 2) return 0.0;
  const double mean = sum / static_cast<double>(n);
  if (mean == 0.0) return 0.0;
  double ss = 0.0;
  for (double v : values)
    if (std::isfinite(v)) ss += (v - mean) * (v - mean);
  return std::sqrt(ss / static_cast<double>(n - 1)) / mean;
}

double quantile(std::span<const double> values, double q) {
  if (q <= 0.0) {  // the minimum: no copy, no selection
    double lo = std::numeric_limits<double>::infinity();
    for (double x : values)
      if (std::isfinite(x)) lo = std::min(lo, x);
    return std::isfinite(lo) ? lo : 0.0;
  }
  std::vector<double> v;
  v.reserve(values.size());
  for (double x : values)
    if (std::isfinite(x)) v.push_back(x);
  if (v.empty()) return 0.0;
  const double pos = std::clamp(q, 0.0, 1.0) * static_cast<double>(v.size() - 1);
  const auto lo = static_cast<std::size_t>(pos);
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(lo), v.end());
  const double a = v[lo];
  if (lo + 1 >= v.size()) return a;
  const double b = *std::min_element(v.begin() + static_cast<std::ptrdiff_t>(lo) + 1, v.end());
  return a + (b - a) * (pos - static_cast<double>(lo));
}

// ---------------------------------------------------------------- quadrats

QuadratStats quadrat_stats(std::span<const Vec2> points, const RegionMask& region, double side_mm,
                           Vec2 offset_mm) {
  QuadratStats qs;
  qs.side_mm = side_mm;
  if (!(side_mm > 0.0)) return qs;
  const RectMm b = region.bounds_mm();
  const Vec2 origin = b.min_mm - offset_mm;
  const int qc = static_cast<int>(std::ceil((b.max_mm.x - origin.x) / side_mm));
  const int qr = static_cast<int>(std::ceil((b.max_mm.y - origin.y) / side_mm));
  if (qc <= 0 || qr <= 0) return qs;
  // A quadrat is used only when it lies wholly in the window: 5 x 5 probe points inside.
  constexpr int kProbe = 5;
  std::vector<int> index(static_cast<std::size_t>(qc) * static_cast<std::size_t>(qr), -1);
  for (int r = 0; r < qr; ++r)
    for (int c = 0; c < qc; ++c) {
      bool full = true;
      for (int j = 0; j < kProbe && full; ++j)
        for (int i = 0; i < kProbe && full; ++i) {
          const Vec2 p =
              origin + Vec2((c + (i + 0.5) / kProbe) * side_mm, (r + (j + 0.5) / kProbe) * side_mm);
          full = region.contains(p);
        }
      if (!full) continue;
      index[static_cast<std::size_t>(r) * static_cast<std::size_t>(qc) +
            static_cast<std::size_t>(c)] = static_cast<int>(qs.cells.size());
      qs.cells.push_back({origin + Vec2((c + 0.5) * side_mm, (r + 0.5) * side_mm), 0});
    }
  const BinQuotient in_sides(side_mm);  // no division per dot
  for (const Vec2& p : points) {
    const double fx = in_sides(p.x - origin.x);
    const double fy = in_sides(p.y - origin.y);
    if (!(fx >= 0.0) || !(fy >= 0.0) || fx >= qc || fy >= qr) continue;
    const int id = index[static_cast<std::size_t>(fy) * static_cast<std::size_t>(qc) +
                         static_cast<std::size_t>(fx)];
    if (id >= 0) ++qs.cells[static_cast<std::size_t>(id)].count;
  }
  qs.quadrats = static_cast<int>(qs.cells.size());
  if (qs.quadrats < 2) return qs;
  double sum = 0.0;
  for (const QuadratCell& q : qs.cells) sum += q.count;
  qs.mean_count = sum / qs.quadrats;
  double ss = 0.0;
  for (const QuadratCell& q : qs.cells) ss += (q.count - qs.mean_count) * (q.count - qs.mean_count);
  const double var = ss / (qs.quadrats - 1);
  if (qs.mean_count > 0.0) {
    qs.cv = std::sqrt(var) / qs.mean_count;
    qs.vmr = var / qs.mean_count;
  }
  return qs;
}

// ---------------------------------------------------------------- merged dots

MergedPairs find_merged_pairs(const SpatialIndex& dots, std::span<const double> diameters_mm,
                              std::span<const double> nn_canonical, double min_gap_mm,
                              std::span<const std::uint8_t> member_flags) {
  MergedPairs out;
  const std::size_t n = dots.size();
  if (n < 2) return out;
  // Four running maxima: one is a chain of dependent compares through 100k diameters.
  double lane_max[4] = {0.0, 0.0, 0.0, 0.0};
  std::size_t i = 0;
  for (; i + 4 <= diameters_mm.size(); i += 4)
    for (std::size_t l = 0; l < 4; ++l) lane_max[l] = std::max(lane_max[l], diameters_mm[i + l]);
  for (; i < diameters_mm.size(); ++i) lane_max[0] = std::max(lane_max[0], diameters_mm[i]);
  const double max_d = std::max({lane_max[0], lane_max[1], lane_max[2], lane_max[3]});
  // Everything in canonical order (contiguous scans; independent of the input order).
  std::vector<double> diam(n);
  for (std::size_t k = 0; k < n; ++k) diam[k] = diameters_mm[dots.canonical_index(k)];
  const auto member = [&](std::size_t k) {
    return member_flags.empty() || member_flags[dots.canonical_index(k)] != 0;
  };
  std::vector<std::uint8_t> involved(n, 0);
  for (std::size_t k = 0; k < n; ++k) {
    const double reach = 0.5 * (diam[k] + max_d) + min_gap_mm;
    // A merged partner is closer than reach, so a dot whose nearest neighbour is farther has none.
    if (nn_canonical[k] >= reach) continue;
    const Vec2 p = dots.canonical_point(k);
    // Each pair once: from the member that comes first in canonical order.
    dots.for_each_near_canonical(
        p, reach,
        [&](std::size_t j) {
          const Vec2 q = dots.canonical_point(j);
          const Vec2 pq = p - q;
          // Cheap reject on squared distances (with a margin, so the exact test decides).
          const double touch = 0.5 * (diam[k] + diam[j]) + min_gap_mm;
          if (pq.x * pq.x + pq.y * pq.y > touch * touch * (1.0 + 1e-9) + 1e-12) return;
          const double gap = glm::length(pq) - 0.5 * (diam[k] + diam[j]);
          if (gap >= min_gap_mm || !(member(k) || member(j))) return;
          ++out.pairs;
          involved[k] = involved[j] = 1;
          out.where_mm.push_back(0.5 * (p + q));
        },
        k + 1);
  }
  for (std::uint8_t f : involved) out.dots_involved += f;
  return out;
}

// ---------------------------------------------------------------- rows and grids

std::uint64_t position_hash(Vec2 p_mm, std::uint64_t salt) {
  // Quantised with floor(x + 0.5), not llround (a library call): same buckets, much faster.
  const auto qx =
      static_cast<std::uint64_t>(static_cast<std::int64_t>(fast_floor(p_mm.x * 1000.0 + 0.5)));
  const auto qy =
      static_cast<std::uint64_t>(static_cast<std::int64_t>(fast_floor(p_mm.y * 1000.0 + 0.5)));
  std::uint64_t z = salt ^ (qx * 0x9E3779B97F4A7C15ull) ^ (qy * 0xC2B2AE3D27D4EB4Full);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

OrientationalOrder orientational_order(const SpatialIndex& dots,
                                       std::span<const std::uint32_t> canonical,
                                       Vec2 tile_origin_mm, double tile_mm, int min_tile_points,
                                       std::size_t max_points) {
  constexpr int kSquareBonds = 4;
  constexpr std::size_t kHexBonds = 6;
  OrientationalOrder out;
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
