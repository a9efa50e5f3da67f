// find_holes(): empty discs from an exact Euclidean distance transform (Felzenszwalb &
// Huttenlocher 2012, separable lower envelope of parabolas), seeded with the dots.
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

#include "core/scoring/point_stats.hpp"

namespace smp::core {
namespace {

// Holes refined exactly (largest first); the rest keep the estimate of the field.
constexpr std::size_t kRefined = 12;

// The eight directions the refinement steps in, 45 degrees apart (computed once).
const std::array<Vec2, 8> kCompass = [] {
  std::array<Vec2, 8> dirs{};
  for (int k = 0; k < 8; ++k) {
    const double ang = k * 0.7853981633974483;
    dirs[static_cast<std::size_t>(k)] = Vec2(std::cos(ang), std::sin(ang));
  }
  return dirs;
}();

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

EmptySpaceField empty_space_field(const SpatialIndex& dots, const RectMm& area, double cell_mm,
                                  std::size_t max_cells, const RegionMask* needed) {
  EmptySpaceField field;
  const double a = std::max(area.width_mm(), 1e-6) * std::max(area.height_mm(), 1e-6);
  cell_mm =
      std::max(cell_mm, std::sqrt(a / static_cast<double>(std::max<std::size_t>(max_cells, 1))));
  field.origin_mm = area.min_mm;
  field.cell_mm = cell_mm;
  field.cols = std::max(1, static_cast<int>(std::ceil(area.width_mm() / cell_mm)));
  field.rows = std::max(1, static_cast<int>(std::ceil(area.height_mm() / cell_mm)));
  const int cols = field.cols, rows = field.rows;
  const auto at = [cols](int c, int r) {
    return static_cast<std::size_t>(r) * static_cast<std::size_t>(cols) +
           static_cast<std::size_t>(c);
  };
  // Pass 1: distance in cells to the nearest seed in the same column, by a downward and an
  // upward sweep over whole rows (cache-friendly, vectorised). No seed in the column: `far`,
  // whose square exceeds any true squared distance on the grid.
  const int far = cols + rows;
  std::vector<int> g(static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows), far);
  for (std::size_t k = 0; k < dots.size(); ++k) {  // canonical order: a sequential read
    const Vec2 p = dots.canonical_point(k);
    if (!area.contains(p)) continue;
    const int c = std::clamp(static_cast<int>((p.x - area.min_mm.x) / cell_mm), 0, cols - 1);
    const int r = std::clamp(static_cast<int>((p.y - area.min_mm.y) / cell_mm), 0, rows - 1);
    g[at(c, r)] = 0;
  }
  for (int r = 1; r < rows; ++r) {
    int* cur = &g[at(0, r)];
    const int* prev = &g[at(0, r - 1)];
    for (int c = 0; c < cols; ++c) cur[c] = std::min(cur[c], prev[c] + 1);
  }
  // Pass 2, row by row from the top (each row's upward sweep is finished just before it is
  // used): the exact squared distance min over c' of (c - c')^2 + g(c')^2. In a dotted area the
  // nearest dot is a cell or two away, so a search outward from c that stops once (c - c')^2
  // exceeds the best found is cheapest; a row where that search runs long (a sparse or empty
  // stretch) takes the lower envelope of parabolas instead. Both give the same exact minimum.
  constexpr int kMaxReach = 8;
  std::vector<double> f(static_cast<std::size_t>(cols));
  std::vector<double> d(static_cast<std::size_t>(cols));
  std::vector<int> v(static_cast<std::size_t>(cols));
  std::vector<double> z(static_cast<std::size_t>(cols) + 1);
  std::vector<std::int64_t> best(static_cast<std::size_t>(cols));
  std::vector<std::uint8_t> want(static_cast<std::size_t>(cols));
  // The window's column of each field column's centre (-1 outside), the same for every row.
  std::vector<int> window_col(static_cast<std::size_t>(cols), -1);
  if (needed)
    for (int c = 0; c < cols; ++c) {
      const double fx =
          (area.min_mm.x + (c + 0.5) * cell_mm - needed->origin_mm.x) / needed->cell_mm;
      if (fx >= 0.0 && fx < needed->cols)
        window_col[static_cast<std::size_t>(c)] = static_cast<int>(fx);
    }
  field.dist_mm.resize(g.size());
  const double diag = std::hypot(area.width_mm(), area.height_mm());
  // Short searches end at squared distances below (kMaxReach + 1)^2 cells^2: their distances in
  // mm come from a table (the same expression, evaluated once).
  std::vector<float> root((kMaxReach + 1) * (kMaxReach + 1) * 2);
  for (std::size_t b = 0; b < root.size(); ++b)
    root[b] = static_cast<float>(std::min(std::sqrt(static_cast<double>(b)) * cell_mm, diag));
  for (int r = rows - 1; r >= 0; --r) {
    int* gr = &g[at(0, r)];
    if (r + 1 < rows) {
      const int* next = &g[at(0, r + 1)];
      for (int c = 0; c < cols; ++c) gr[c] = std::min(gr[c], next[c] + 1);
    }
    // Which cells of this row are wanted (all, without a `needed` window): needed->contains()
    // of the cell centre, written out so that the row of the window is looked up once.
    if (!needed) {
      std::fill(want.begin(), want.end(), std::uint8_t{1});
    } else {
      const double yc = area.min_mm.y + (r + 0.5) * cell_mm;
      const double fy = (yc - needed->origin_mm.y) / needed->cell_mm;
      const int wr = fy >= 0.0 && fy < needed->rows ? static_cast<int>(fy) : -1;
      for (int c = 0; c < cols; ++c) {
        const int wc = window_col[static_cast<std::size_t>(c)];
        want[static_cast<std::size_t>(c)] =
            wr >= 0 && wc >= 0 &&
            needed->inside[static_cast<std::size_t>(wr) * static_cast<std::size_t>(needed->cols) +
                           static_cast<std::size_t>(wc)] != 0;
      }
    }
    bool short_reach = true;
    for (int c = 0; c < cols && short_reach; ++c) {
      if (!want[static_cast<std::size_t>(c)]) continue;
      std::int64_t b = static_cast<std::int64_t>(gr[c]) * gr[c];
      int s = 1;
      for (; s <= kMaxReach && static_cast<std::int64_t>(s) * s < b; ++s) {
        const std::int64_t s2 = static_cast<std::int64_t>(s) * s;
        if (c - s >= 0) b = std::min(b, s2 + static_cast<std::int64_t>(gr[c - s]) * gr[c - s]);
        if (c + s < cols) b = std::min(b, s2 + static_cast<std::int64_t>(gr[c + s]) * gr[c + s]);
      }
      if (s > kMaxReach && static_cast<std::int64_t>(s) * s < b) short_reach = false;
      best[static_cast<std::size_t>(c)] = b;
    }
    float* out = &field.dist_mm[at(0, r)];
    if (short_reach) {
      for (int c = 0; c < cols; ++c) {
        const auto b = static_cast<std::size_t>(best[static_cast<std::size_t>(c)]);
        out[c] =
            !want[static_cast<std::size_t>(c)] ? std::numeric_limits<float>::quiet_NaN()
            : b < root.size()
                ? root[b]
                : static_cast<float>(std::min(std::sqrt(static_cast<double>(b)) * cell_mm, diag));
      }
      continue;
    }
    for (int c = 0; c < cols; ++c)
      f[static_cast<std::size_t>(c)] = static_cast<double>(gr[c]) * gr[c];
    dt_1d(f.data(), cols, d.data(), v.data(), z.data(), 1, 1);
    for (int c = 0; c < cols; ++c)
      out[c] =
          static_cast<float>(std::min(std::sqrt(d[static_cast<std::size_t>(c)]) * cell_mm, diag));
  }
  return field;
}

std::vector<Hole> find_holes(const EmptySpaceField& field, const SpatialIndex& dots,
                             const RegionMask& region, double min_diameter_mm) {
  std::vector<Hole> holes;
  if (!(min_diameter_mm > 0.0) || field.cols == 0 || dots.empty()) return holes;
  const int cols = field.cols, rows = field.rows;
  const double h = field.cell_mm;
  const auto at = [cols](int c, int r) {
    return static_cast<std::size_t>(r) * static_cast<std::size_t>(cols) +
           static_cast<std::size_t>(c);
  };
  const auto centre = [&](int c, int r) {
    return field.origin_mm + Vec2((c + 0.5) * h, (r + 0.5) * h);
  };
  const double radius = 0.5 * min_diameter_mm;
  // The field may under-read by up to h / sqrt(2) (dots snapped to cell centres).
  const double threshold = radius - h * 0.7072;
  // Only the part of the field that covers the window.
  const RectMm b = region.bounds_mm();
  const int c0 = std::max(0, static_cast<int>((b.min_mm.x - field.origin_mm.x) / h));
  const int r0 = std::max(0, static_cast<int>((b.min_mm.y - field.origin_mm.y) / h));
  const int c1 = std::min(cols - 1, static_cast<int>((b.max_mm.x - field.origin_mm.x) / h));
  const int r1 = std::min(rows - 1, static_cast<int>((b.max_mm.y - field.origin_mm.y) / h));
  if (c1 < c0 || r1 < r0) return holes;
  // Candidate flags on the window's part of the field only (local, row-major like the field).
  const int lc = c1 - c0 + 1, lr = r1 - r0 + 1;
  const auto local = [&](int c, int r) {
    return static_cast<std::size_t>(r - r0) * static_cast<std::size_t>(lc) +
           static_cast<std::size_t>(c - c0);
  };
  std::vector<std::uint8_t> cand(static_cast<std::size_t>(lc) * static_cast<std::size_t>(lr), 0);
  for (int r = r0; r <= r1; ++r) {
    const float* row = &field.dist_mm[at(0, r)];
    for (int c = c0; c <= c1; ++c)
      if (row[c] > threshold && region.contains_interior(centre(c, r))) cand[local(c, r)] = 1;
  }
  // One candidate per 4-connected component, at its deepest cell.
  struct Candidate {
    std::size_t cell;  // in the field
    float depth;
  };
  std::vector<Candidate> found;
  std::vector<std::pair<int, int>> stack;
  for (int r = r0; r <= r1; ++r)
    for (int c = c0; c <= c1; ++c) {
      if (!cand[local(c, r)]) continue;
      std::size_t best = at(c, r);
      cand[local(c, r)] = 0;
      stack.assign(1, {c, r});
      while (!stack.empty()) {
        const auto [cc, cr] = stack.back();
        stack.pop_back();
        const std::size_t cur = at(cc, cr);
        if (field.dist_mm[cur] > field.dist_mm[best] ||
            (field.dist_mm[cur] == field.dist_mm[best] && cur < best))
          best = cur;
        const int nc[4] = {cc - 1, cc + 1, cc, cc};
        const int nr[4] = {cr, cr, cr - 1, cr + 1};
        for (int i = 0; i < 4; ++i) {
          if (nc[i] < c0 || nr[i] < r0 || nc[i] > c1 || nr[i] > r1) continue;
          std::uint8_t& flag = cand[local(nc[i], nr[i])];
          if (!flag) continue;
          flag = 0;
          stack.push_back({nc[i], nr[i]});
        }
      }
      found.push_back({best, field.dist_mm[best]});
    }
  std::stable_sort(found.begin(), found.end(),
                   [](const Candidate& x, const Candidate& y) { return x.depth > y.depth; });
  for (std::size_t i = 0; i < found.size(); ++i) {
    Vec2 p = centre(static_cast<int>(found[i].cell % static_cast<std::size_t>(cols)),
                    static_cast<int>(found[i].cell / static_cast<std::size_t>(cols)));
    if (i >= kRefined) {
      // Beyond the largest few, the field's own estimate is good enough.
      if (found[i].depth > radius) holes.push_back({p, 2.0 * found[i].depth});
      continue;
    }
    // Refine: climb to the centre of the largest empty disc with exact nearest-dot queries.
    double d = dots.nearest(p).distance_mm;
    double step = 0.5 * h;
    for (int it = 0; it < 16 && step > 0.02 * h; ++it) {
      bool moved = false;
      for (int k = 0; k < 8; ++k) {
        const Vec2 q = p + step * kCompass[k];
        const double dq = dots.nearest(q).distance_mm;
        if (dq > d) {
          d = dq;
          p = q;
          moved = true;
        }
      }
      if (!moved) step *= 0.5;
    }
    if (d > radius && region.contains_interior(p)) holes.push_back({p, 2.0 * d});
  }
  std::sort(holes.begin(), holes.end(), [](const Hole& x, const Hole& y) {
    if (x.diameter_mm != y.diameter_mm) return x.diameter_mm > y.diameter_mm;
    if (x.centre_mm.x != y.centre_mm.x) return x.centre_mm.x < y.centre_mm.x;
    return x.centre_mm.y < y.centre_mm.y;
  });
  return holes;
}

std::vector<Hole> find_holes(const SpatialIndex& dots, const RegionMask& region,
                             double min_diameter_mm, double grid_mm, std::size_t max_cells) {
  if (!(min_diameter_mm > 0.0) || !(grid_mm > 0.0) || region.cell_count() == 0) return {};
  const RectMm inner = region.bounds_mm();
  const RectMm area{inner.min_mm - Vec2(min_diameter_mm), inner.max_mm + Vec2(min_diameter_mm)};
  return find_holes(empty_space_field(dots, area, grid_mm, max_cells, &region), dots, region,
                    min_diameter_mm);
}

}  // namespace smp::core
