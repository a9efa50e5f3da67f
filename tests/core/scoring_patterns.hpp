// Synthetic dot patterns for the scoring tests: Poisson, dart-throwing Poisson-disk, lattices,
// jittered grids and Thomas clusters, all inside an axis-aligned window and seeded.
#pragma once
#include <cmath>
#include <glm/geometric.hpp>
#include <numbers>
#include <vector>

#include "core/base/geometry.hpp"
#include "core/base/rng.hpp"

namespace smp::test {

using core::RectMm;
using core::Rng;
using core::Vec2;

inline std::vector<Vec2> poisson_pattern(const RectMm& w, std::size_t n, std::uint64_t seed) {
  Rng rng(seed);
  std::vector<Vec2> pts;
  pts.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    pts.emplace_back(rng.uniform(w.min_mm.x, w.max_mm.x), rng.uniform(w.min_mm.y, w.max_mm.y));
  return pts;
}

inline double hex_spacing_for(const RectMm& w, std::size_t n) {
  return std::sqrt(2.0 * w.width_mm() * w.height_mm() / (std::sqrt(3.0) * static_cast<double>(n)));
}

// Dart throwing: n points, none closer than rho * d_hex (may return fewer if it jams).
inline std::vector<Vec2> poisson_disk_pattern(const RectMm& w, std::size_t n, double rho,
                                              std::uint64_t seed) {
  Rng rng(seed);
  const double r = rho * hex_spacing_for(w, n);
  const double cell = r / std::numbers::sqrt2;
  const int cols = static_cast<int>(std::ceil(w.width_mm() / cell)) + 1;
  const int rows = static_cast<int>(std::ceil(w.height_mm() / cell)) + 1;
  std::vector<int> grid(static_cast<std::size_t>(cols * rows), -1);
  std::vector<Vec2> pts;
  for (std::size_t tries = 0; pts.size() < n && tries < 400 * n; ++tries) {
    const Vec2 p(rng.uniform(w.min_mm.x, w.max_mm.x), rng.uniform(w.min_mm.y, w.max_mm.y));
    const int cx = static_cast<int>((p.x - w.min_mm.x) / cell);
    const int cy = static_cast<int>((p.y - w.min_mm.y) / cell);
    bool ok = true;
    for (int y = std::max(cy - 2, 0); y <= std::min(cy + 2, rows - 1) && ok; ++y)
      for (int x = std::max(cx - 2, 0); x <= std::min(cx + 2, cols - 1) && ok; ++x) {
        const int id = grid[static_cast<std::size_t>(y * cols + x)];
        if (id >= 0 && glm::length(pts[static_cast<std::size_t>(id)] - p) < r) ok = false;
      }
    if (!ok) continue;
    grid[static_cast<std::size_t>(cy * cols + cx)] = static_cast<int>(pts.size());
    pts.push_back(p);
  }
  return pts;
}

// Square lattice (optionally jittered by +/- jitter cells in x and y, optionally rotated).
inline std::vector<Vec2> square_lattice(const RectMm& w, double spacing, double jitter_cells,
                                        std::uint64_t seed, double angle_rad = 0.0) {
  Rng rng(seed);
  std::vector<Vec2> pts;
  const Vec2 c = 0.5 * (w.min_mm + w.max_mm);
  const double reach = std::hypot(w.width_mm(), w.height_mm());
  const int m = static_cast<int>(reach / spacing) + 2;
  const double ca = std::cos(angle_rad), sa = std::sin(angle_rad);
  for (int j = -m; j <= m; ++j)
    for (int i = -m; i <= m; ++i) {
      double u = (i + 0.5) * spacing, v = (j + 0.5) * spacing;
      u += rng.uniform(-jitter_cells, jitter_cells) * spacing;
      v += rng.uniform(-jitter_cells, jitter_cells) * spacing;
      const Vec2 p = c + Vec2(ca * u - sa * v, sa * u + ca * v);
      if (w.contains(p)) pts.push_back(p);
    }
  return pts;
}

inline std::vector<Vec2> hex_lattice(const RectMm& w, double spacing, double jitter_cells = 0.0,
                                     std::uint64_t seed = 1) {
  Rng rng(seed);
  std::vector<Vec2> pts;
  const double dy = spacing * std::sqrt(3.0) / 2.0;
  int row = 0;
  for (double y = w.min_mm.y + dy / 2; y < w.max_mm.y; y += dy, ++row)
    for (double x = w.min_mm.x + (row % 2 ? spacing : spacing / 2); x < w.max_mm.x; x += spacing) {
      const Vec2 p(x + rng.uniform(-jitter_cells, jitter_cells) * spacing,
                   y + rng.uniform(-jitter_cells, jitter_cells) * spacing);
      if (w.contains(p)) pts.push_back(p);
    }
  return pts;
}

// Thomas process: Poisson parents, Gaussian offspring of sd sigma_mm around each.
inline std::vector<Vec2> thomas_pattern(const RectMm& w, std::size_t n, std::size_t per_cluster,
                                        double sigma_mm, std::uint64_t seed) {
  Rng rng(seed);
  std::vector<Vec2> pts;
  while (pts.size() < n) {
    const Vec2 parent(rng.uniform(w.min_mm.x, w.max_mm.x), rng.uniform(w.min_mm.y, w.max_mm.y));
    for (std::size_t k = 0; k < per_cluster && pts.size() < n; ++k) {
      const Vec2 p = parent + Vec2(rng.normal(0.0, sigma_mm), rng.normal(0.0, sigma_mm));
      if (w.contains(p)) pts.push_back(p);
    }
  }
  return pts;
}

// Number of points at `density_per_cm2` in the window.
inline std::size_t count_for(const RectMm& w, double density_per_cm2) {
  return static_cast<std::size_t>(
      std::lround(w.width_mm() * w.height_mm() * density_per_cm2 / 100.0));
}

}  // namespace smp::test
