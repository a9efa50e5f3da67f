// oriented_structure(): per tile, the Hann-windowed ink minus its mean, one 2D FFT, then the
// strongest frequency in the band against the mean power of its ring (|k| rounded to the grid).
#include "core/stats/look/oriented_structure.hpp"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>

#include "core/base/assert.hpp"
#include "core/base/fft.hpp"

namespace smp::core {

OrientedStructure oriented_structure(const DarknessField& f, int tile_cells, double min_period_mm,
                                     double max_period_mm, std::size_t max_tiles,
                                     double min_inside_share) {
  SMP_ASSERT(tile_cells >= 4 && (tile_cells & (tile_cells - 1)) == 0);
  OrientedStructure out;
  out.tile_mm = tile_cells * f.cell_mm;
  if (f.inside_cells == 0) return out;
  const auto n = static_cast<std::size_t>(tile_cells);
  std::vector<double> hann(n);
  for (std::size_t i = 0; i < n; ++i)
    hann[i] = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * (static_cast<double>(i) + 0.5) /
                                   static_cast<double>(n));
  // Frequencies in grid units (cycles per tile) of the band, and the rings.
  const double k_lo = out.tile_mm / max_period_mm, k_hi = out.tile_mm / min_period_mm;
  const int k_max = std::min(tile_cells / 2 - 1, static_cast<int>(std::ceil(k_hi)) + 1);
  std::vector<double> sq(n * n);
  std::vector<std::complex<double>> spectrum(n * (n / 2 + 1));
  const Fft fft(n);
  // Tiles laid over the field from its corner (the last ones overhang it: no ink there); those
  // mostly in the region, at most max_tiles of them evenly spread (the share is a sample).
  struct Candidate {
    int c0, r0;
    std::size_t in;
    double ink_in;
  };
  std::vector<Candidate> candidates;
  for (int r0 = 0; r0 < f.rows; r0 += tile_cells)
    for (int c0 = 0; c0 < f.cols; c0 += tile_cells) {
      Candidate t{c0, r0, 0, 0.0};
      for (int r = r0; r < r0 + tile_cells && r < f.rows; ++r)
        for (int c = c0; c < c0 + tile_cells && c < f.cols; ++c)
          if (f.inside[f.index(c, r)]) ++t.in, t.ink_in += f.ink[f.index(c, r)];
      const double share = static_cast<double>(t.in) / static_cast<double>(n * n);
      if (share >= min_inside_share && t.ink_in > 0.0) candidates.push_back(t);
    }
  const double stride = std::max(1.0, static_cast<double>(candidates.size()) /
                                          static_cast<double>(std::max<std::size_t>(1, max_tiles)));
  for (double pick = 0.0; pick < static_cast<double>(candidates.size()); pick += stride) {
    const Candidate& cand = candidates[static_cast<std::size_t>(pick)];
    {
      const int c0 = cand.c0, r0 = cand.r0;
      const std::size_t in = cand.in;
      const double ink_in = cand.ink_in;
      const double share = static_cast<double>(in) / static_cast<double>(n * n);
      const double mean = ink_in / static_cast<double>(in);
      double weighted_ink = 0.0;
      for (std::size_t y = 0; y < n; ++y)
        for (std::size_t x = 0; x < n; ++x) {
          const int c = c0 + static_cast<int>(x), r = r0 + static_cast<int>(y);
          double v = 0.0;
          if (f.has_cell(c, r) && f.inside[f.index(c, r)]) {
            const double h = hann[x] * hann[y];
            v = h * (f.ink[f.index(c, r)] - mean);
            weighted_ink += h * f.ink[f.index(c, r)];
          }
          sq[y * n + x] = v;
        }
      if (!(weighted_ink > 0.0)) continue;
      fft.real_forward_2d(sq, spectrum);
      // The strongest wave in the band, then the mean power at the same frequency in the other
      // directions: the ring within 1.5 grid steps of its radius, without the peak's main lobe
      // (the Hann window spreads a wave over +/-2 bins, which would inflate the mean).
      double best = -1.0;
      int best_kx = 0, best_ky = 0;
      // F(-kx, ky) = conj(F(kx, -ky)): the same power.
      const std::size_t h = n / 2 + 1;
      const auto power_at = [&](int kx, int ky) {
        const int row = kx >= 0 ? ky : (tile_cells - ky) % tile_cells;
        return std::norm(
            spectrum[static_cast<std::size_t>(row) * h + static_cast<std::size_t>(std::abs(kx))]);
      };
      // Half the plane (the input is real): ky >= 0, and kx > 0 on the ky = 0 row.
      for (int ky = 0; ky <= k_max; ++ky)
        for (int kx = -k_max; kx <= k_max; ++kx) {
          if (ky == 0 && kx <= 0) continue;
          const double k2 = static_cast<double>(kx * kx + ky * ky);
          if (k2 < k_lo * k_lo || k2 > k_hi * k_hi) continue;
          const double power = power_at(kx, ky);
          if (power > best) best = power, best_kx = kx, best_ky = ky;
        }
      if (best < 0.0) continue;
      const double k_best = std::hypot(best_kx, best_ky);
      double ring_sum = 0.0, ring_count = 0.0;
      const double ring_lo = std::max(0.0, k_best - 1.5), ring_hi = k_best + 1.5;
      const double ring_lo2 = ring_lo * ring_lo, ring_hi2 = ring_hi * ring_hi;
      for (int ky = 0; ky <= k_max + 2; ++ky)
        for (int kx = -k_max - 2; kx <= k_max + 2; ++kx) {
          if ((ky == 0 && kx <= 0) || std::abs(kx) >= tile_cells / 2 || ky >= tile_cells / 2)
            continue;
          const double k2 = static_cast<double>(kx * kx + ky * ky);
          if (k2 < ring_lo2 || k2 > ring_hi2) continue;
          if (std::abs(kx - best_kx) <= 2 && std::abs(ky - best_ky) <= 2) continue;
          if (std::abs(kx + best_kx) <= 2 && std::abs(ky + best_ky) <= 2) continue;  // mirror
          ring_sum += power_at(kx, ky);
          ring_count += 1.0;
        }
      StructureTile t;
      t.centre_mm = f.centre_of(c0, r0) + Vec2(0.5 * (out.tile_mm - f.cell_mm));
      t.inside_share = share;
      t.modulation = 2.0 * std::sqrt(best) / weighted_ink;
      const double ring_mean = ring_count > 0.0 ? ring_sum / ring_count : 0.0;
      t.ring_ratio = ring_mean > 0.0 ? best / ring_mean : 0.0;
      t.period_mm = out.tile_mm / k_best;
      t.angle_deg =
          std::fmod(std::atan2(best_ky, best_kx) * 180.0 / std::numbers::pi + 180.0, 180.0);
      out.tiles.push_back(t);
    }
  }
  return out;
}

}  // namespace smp::core
