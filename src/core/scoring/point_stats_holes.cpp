// find_holes(): empty discs from an exact Euclidean distance transform (Felzenszwalb &
// Huttenlocher 2012, separable lower envelope of parabolas), seeded with the dots.
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/scoring/point_stats.hpp"

namespace smp::core {
namespace {

constexpr double kFar = 1e20;

// 1-D squared distance transform of f (n samples) into d; v, z are scratch of n and n + 1.
void dt_1d(const double* f, int n, double* d, int* v, double* z, int stride_in, int stride_out) {
  int k = 0;
  v[0] = 0;
  z[0] = -std::numeric_limits<double>::infinity();
  z[1] = std::numeric_limits<double>::infinity();
  for (int q = 1; q < n; ++q) {
    const double fq = f[q * stride_in] + static_cast<double>(q) * q;
    double s = (fq - (f[v[k] * stride_in] + static_cast<double>(v[k]) * v[k])) / (2.0 * (q - v[k]));
    while (s <= z[k]) {
      --k;
      s = (fq - (f[v[k] * stride_in] + static_cast<double>(v[k]) * v[k])) / (2.0 * (q - v[k]));
    }
    ++k;
    v[k] = q;
    z[k] = s;
    z[k + 1] = std::numeric_limits<double>::infinity();
  }
  k = 0;
  for (int q = 0; q < n; ++q) {
    while (z[k + 1] < q) ++k;
    const double dq = q - v[k];
    d[q * stride_out] = dq * dq + f[v[k] * stride_in];
  }
}

}  // namespace

std::vector<Hole> find_holes(const SpatialIndex& dots, const RegionMask& region,
                             double min_diameter_mm, double grid_mm, std::size_t max_cells) {
  std::vector<Hole> holes;
  if (!(min_diameter_mm > 0.0) || !(grid_mm > 0.0) || region.cell_count() == 0) return holes;
  // The grid reaches beyond the window by a hole's width so that dots just outside the window
  // bound the empty discs of its edge.
  const RectMm inner = region.bounds_mm();
  const Vec2 lo = inner.min_mm - Vec2(min_diameter_mm);
  const Vec2 hi = inner.max_mm + Vec2(min_diameter_mm);
  const double area = (hi.x - lo.x) * (hi.y - lo.y);
  grid_mm = std::max(grid_mm, std::sqrt(area / static_cast<double>(max_cells)));
  const int cols = static_cast<int>(std::ceil((hi.x - lo.x) / grid_mm));
  const int rows = static_cast<int>(std::ceil((hi.y - lo.y) / grid_mm));
  if (cols <= 0 || rows <= 0) return holes;
  const auto at = [cols](int c, int r) {
    return static_cast<std::size_t>(r) * static_cast<std::size_t>(cols) +
           static_cast<std::size_t>(c);
  };
  std::vector<double> f(static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows), kFar);
  std::vector<std::uint32_t> inside;
  dots.in_rect(RectMm{lo, hi}, inside);
  for (std::uint32_t id : inside) {
    const Vec2 p = dots.point(id);
    const int c = std::clamp(static_cast<int>((p.x - lo.x) / grid_mm), 0, cols - 1);
    const int r = std::clamp(static_cast<int>((p.y - lo.y) / grid_mm), 0, rows - 1);
    f[at(c, r)] = 0.0;
  }
  // Separable EDT: columns, then rows (squared distances in cells^2).
  std::vector<double> g(f.size());
  const int longest = std::max(cols, rows);
  std::vector<int> v(static_cast<std::size_t>(longest));
  std::vector<double> z(static_cast<std::size_t>(longest) + 1);
  for (int c = 0; c < cols; ++c)
    dt_1d(&f[at(c, 0)], rows, &g[at(c, 0)], v.data(), z.data(), cols, cols);
  for (int r = 0; r < rows; ++r) dt_1d(&g[at(0, r)], cols, &f[at(0, r)], v.data(), z.data(), 1, 1);

  // Candidate cells: inside the window (not on its raster edge) and farther than the radius.
  const double radius_cells = 0.5 * min_diameter_mm / grid_mm;
  const double threshold = radius_cells * radius_cells;
  const auto centre = [&](int c, int r) {
    return lo + Vec2((c + 0.5) * grid_mm, (r + 0.5) * grid_mm);
  };
  std::vector<std::uint8_t> cand(f.size(), 0);
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c)
      if (f[at(c, r)] > threshold && region.contains_interior(centre(c, r))) cand[at(c, r)] = 1;
  // One hole per 4-connected component, at its deepest cell.
  std::vector<std::size_t> stack;
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) {
      if (!cand[at(c, r)]) continue;
      std::size_t best = at(c, r);
      cand[best] = 0;
      stack.assign(1, best);
      while (!stack.empty()) {
        const std::size_t cur = stack.back();
        stack.pop_back();
        if (f[cur] > f[best] || (f[cur] == f[best] && cur < best)) best = cur;
        const int cc = static_cast<int>(cur % static_cast<std::size_t>(cols));
        const int cr = static_cast<int>(cur / static_cast<std::size_t>(cols));
        const int nc[4] = {cc - 1, cc + 1, cc, cc};
        const int nr[4] = {cr, cr, cr - 1, cr + 1};
        for (int i = 0; i < 4; ++i) {
          if (nc[i] < 0 || nr[i] < 0 || nc[i] >= cols || nr[i] >= rows) continue;
          const std::size_t nb = at(nc[i], nr[i]);
          if (!cand[nb]) continue;
          cand[nb] = 0;
          stack.push_back(nb);
        }
      }
      const int bc = static_cast<int>(best % static_cast<std::size_t>(cols));
      const int br = static_cast<int>(best / static_cast<std::size_t>(cols));
      // With no dot anywhere near, the distance is "far": report the grid's extent instead.
      const double diag_mm = std::hypot(hi.x - lo.x, hi.y - lo.y);
      holes.push_back({centre(bc, br), std::min(2.0 * std::sqrt(f[best]) * grid_mm, diag_mm)});
    }
  std::sort(holes.begin(), holes.end(), [](const Hole& a, const Hole& b) {
    if (a.diameter_mm != b.diameter_mm) return a.diameter_mm > b.diameter_mm;
    if (a.centre_mm.x != b.centre_mm.x) return a.centre_mm.x < b.centre_mm.x;
    return a.centre_mm.y < b.centre_mm.y;
  });
  return holes;
}

}  // namespace smp::core
