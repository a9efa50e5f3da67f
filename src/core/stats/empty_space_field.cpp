// empty_space_field(): distance from every cell to the nearest dot, an exact Euclidean distance
// transform (Felzenszwalb & Huttenlocher 2012, separable lower envelope of parabolas) seeded with
// the dots; find_holes() (empty_space_holes.cpp) looks for empty discs in it, coverage() (here)
// for the share of a window the dots reach.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

#include "core/base/assert.hpp"
#include "core/base/fast_floor.hpp"
#include "core/stats/empty_space.hpp"

namespace smp::core {
namespace {

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

// The field's distances (its size and cells already set); G holds a column distance in cells,
// up to cols + rows.
template <class G>
void fill_field(const SpatialIndex& dots, const RectMm& area, const RegionMask* needed,
                EmptySpaceField& field) {
  const double cell_mm = field.cell_mm;
  const int cols = field.cols, rows = field.rows;
  const auto at = [cols](int c, int r) {
    return static_cast<std::size_t>(r) * static_cast<std::size_t>(cols) +
           static_cast<std::size_t>(c);
  };
  // Pass 1: distance in cells to the nearest seed in the same column, by a downward and an
  // upward sweep over whole rows (cache-friendly, vectorised). No seed in the column: `far`,
  // whose square exceeds any true squared distance on the grid.
  const int far = cols + rows;
  std::vector<G> g(static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows),
                   static_cast<G>(far));
  // static_cast<int>(offset / cell_mm) for an offset >= 0, without a division per dot.
  const BinQuotient in_cells(cell_mm);
  const auto cell_of = [&in_cells](double offset_mm) {
    return static_cast<int>(in_cells(offset_mm));
  };
  for (std::size_t k = 0; k < dots.size(); ++k) {  // canonical order: a sequential read
    const Vec2 p = dots.canonical_point(k);
    if (!area.contains(p)) continue;
    const int c = std::clamp(cell_of(p.x - area.min_mm.x), 0, cols - 1);
    const int r = std::clamp(cell_of(p.y - area.min_mm.y), 0, rows - 1);
    g[at(c, r)] = 0;
  }
  for (int r = 1; r < rows; ++r) {
    G* cur = &g[at(0, r)];
    const G* prev = &g[at(0, r - 1)];
    for (int c = 0; c < cols; ++c) cur[c] = static_cast<G>(std::min<int>(cur[c], prev[c] + 1));
  }
  // Pass 2, row by row from the top (each row's upward sweep is finished just before it is
  // used): the exact squared distance min over c' of (c - c')^2 + g(c')^2. In a dotted area the
  // nearest dot is a cell or two away: the least over |c - c'| <= 2 is exact when it is at most
  // 3^2, and is taken for the whole row at once, on squares clamped to int16 (181^2 fits; a
  // clamped square exceeds 9 either way). Other cells search outward from c until (c - c')^2
  // exceeds the best found; a row where that runs long (a sparse or empty stretch) takes the
  // lower envelope of parabolas instead. All give the same exact minimum.
  constexpr int kMaxReach = 8;
  constexpr int kPad = 2;
  constexpr std::int16_t kClampedSq = 181 * 181;
  std::vector<std::int16_t> sq(static_cast<std::size_t>(cols + 2 * kPad), kClampedSq);
  std::vector<std::int16_t> near2(static_cast<std::size_t>(cols));
  std::vector<double> f(static_cast<std::size_t>(cols));
  std::vector<double> d(static_cast<std::size_t>(cols));
  std::vector<int> v(static_cast<std::size_t>(cols));
  std::vector<double> z(static_cast<std::size_t>(cols) + 1);
  std::vector<std::uint8_t> want(static_cast<std::size_t>(cols), std::uint8_t{1});
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
  int want_row = -2;                    // the window row `want` was computed for
  int want_lo = 0, want_hi = cols - 1;  // the wanted columns lie in [want_lo, want_hi]
  // A row of the window behind a 0 for "outside" (window_col -1).
  std::vector<std::uint8_t> window_row(needed ? static_cast<std::size_t>(needed->cols) + 1 : 0);
  for (int r = rows - 1; r >= 0; --r) {
    G* gr = &g[at(0, r)];
    if (r + 1 < rows) {
      const G* next = &g[at(0, r + 1)];
      for (int c = 0; c < cols; ++c) gr[c] = static_cast<G>(std::min<int>(gr[c], next[c] + 1));
    }
    float* out = &field.dist_mm[at(0, r)];
    // Which cells of this row are wanted (all, without a `needed` window): needed->contains()
    // of the cell centre, written out so that each row of the window is looked up once.
    if (needed) {
      const double yc = area.min_mm.y + (r + 0.5) * cell_mm;
      const double fy = (yc - needed->origin_mm.y) / needed->cell_mm;
      const int wr = fy >= 0.0 && fy < needed->rows ? static_cast<int>(fy) : -1;
      if (wr != want_row) {
        want_row = wr;
        want_lo = cols, want_hi = -1;
        if (wr >= 0) {
          const auto row_begin =
              needed->inside.begin() +
              static_cast<std::ptrdiff_t>(wr) * static_cast<std::ptrdiff_t>(needed->cols);
          std::copy(row_begin, row_begin + needed->cols, window_row.begin() + 1);
          for (int c = 0; c < cols; ++c) {
            const std::uint8_t w =
                window_row[static_cast<std::size_t>(window_col[static_cast<std::size_t>(c)] + 1)];
            want[static_cast<std::size_t>(c)] = w != 0;
            if (w) want_lo = std::min(want_lo, c), want_hi = c;
          }
        }
      }
    }
    // Cells outside [want_lo, want_hi] are not wanted: NaN, and only that span is computed.
    std::fill(out, out + std::min(want_lo, cols), std::numeric_limits<float>::quiet_NaN());
    if (want_hi < want_lo) continue;
    std::fill(out + want_hi + 1, out + cols, std::numeric_limits<float>::quiet_NaN());
    const int sq_lo = std::max(want_lo - kPad, 0), sq_hi = std::min(want_hi + kPad, cols - 1);
    for (int c = sq_lo; c <= sq_hi; ++c) {
      const auto g16 = static_cast<std::int16_t>(std::min<int>(gr[c], 181));
      sq[static_cast<std::size_t>(c + kPad)] = static_cast<std::int16_t>(g16 * g16);
    }
    const std::int16_t* q = &sq[kPad];
    for (int c = want_lo; c <= want_hi; ++c)
      near2[static_cast<std::size_t>(c)] = std::min(
          {q[c], static_cast<std::int16_t>(q[c - 1] + 1), static_cast<std::int16_t>(q[c + 1] + 1),
           static_cast<std::int16_t>(q[c - 2] + 4), static_cast<std::int16_t>(q[c + 2] + 4)});
    bool short_reach = true;
    for (int c = want_lo; c <= want_hi; ++c) {
      if (!want[static_cast<std::size_t>(c)]) {
        out[c] = std::numeric_limits<float>::quiet_NaN();
        continue;
      }
      std::int64_t b = near2[static_cast<std::size_t>(c)];
      if (b > 9) {
        b = static_cast<std::int64_t>(gr[c]) * gr[c];
        int s = 1;
        for (; s <= kMaxReach && static_cast<std::int64_t>(s) * s < b; ++s) {
          const std::int64_t s2 = static_cast<std::int64_t>(s) * s;
          if (c - s >= 0) b = std::min(b, s2 + static_cast<std::int64_t>(gr[c - s]) * gr[c - s]);
          if (c + s < cols) b = std::min(b, s2 + static_cast<std::int64_t>(gr[c + s]) * gr[c + s]);
        }
        if (s > kMaxReach && static_cast<std::int64_t>(s) * s < b) {
          short_reach = false;
          break;
        }
      }
      const auto bi = static_cast<std::size_t>(b);
      out[c] =
          bi < root.size()
              ? root[bi]
              : static_cast<float>(std::min(std::sqrt(static_cast<double>(b)) * cell_mm, diag));
    }
    if (short_reach) continue;
    for (int c = 0; c < cols; ++c)
      f[static_cast<std::size_t>(c)] = static_cast<double>(gr[c]) * gr[c];
    dt_1d(f.data(), cols, d.data(), v.data(), z.data(), 1, 1);
    for (int c = 0; c < cols; ++c)
      out[c] =
          static_cast<float>(std::min(std::sqrt(d[static_cast<std::size_t>(c)]) * cell_mm, diag));
  }
}

}  // namespace

EmptySpaceField empty_space_field(const SpatialIndex& dots, const RectMm& area, double cell_mm,
                                  std::size_t max_cells, const RegionMask* needed) {
  SMP_ASSERT(!needed || needed->inside.size() == needed->cell_count());
  EmptySpaceField field;
  const double a = std::max(area.width_mm(), 1e-6) * std::max(area.height_mm(), 1e-6);
  cell_mm =
      std::max(cell_mm, std::sqrt(a / static_cast<double>(std::max<std::size_t>(max_cells, 1))));
  field.origin_mm = area.min_mm;
  field.cell_mm = cell_mm;
  field.cols = std::max(1, static_cast<int>(std::ceil(area.width_mm() / cell_mm)));
  field.rows = std::max(1, static_cast<int>(std::ceil(area.height_mm() / cell_mm)));
  const int cols = field.cols, rows = field.rows;
  // Column distances fit int16 but on huge grids (half the memory traffic of int).
  if (cols + rows <= std::numeric_limits<std::int16_t>::max())
    fill_field<std::int16_t>(dots, area, needed, field);
  else
    fill_field<int>(dots, area, needed, field);
  return field;
}

Coverage coverage(const EmptySpaceField& field, const RegionMask& region, double reach_mm,
                  std::size_t max_gaps) {
  SMP_ASSERT(field.dist_mm.size() == field.cell_count());
  Coverage out;
  const double cell_area = field.cell_mm * field.cell_mm;
  // Field cells inside the window: 1 covered, 2 uncovered and not yet in an area, 0 outside.
  std::vector<std::uint8_t> state(field.cell_count(), 0);
  std::size_t inside = 0, uncovered = 0;
  // Only the field cells over the window's scan range can be in it: a zone is a small part of
  // the field that covers every zone (scanning the whole field per zone cost ~10 ms of a 100k
  // grading, 29 -> 19 ms fastest in bench_grade).
  int c0, c1, r0, r1;
  region.scan_range(c0, c1, r0, r1);
  const Vec2 lo = region.origin_mm + Vec2(c0, r0) * region.cell_mm;
  const Vec2 hi = region.origin_mm + Vec2(c1 + 1, r1 + 1) * region.cell_mm;
  const int fc0 = std::max(field.col_of(lo.x), 0),
            fc1 = std::min(field.col_of(hi.x), field.cols - 1);
  const int fr0 = std::max(field.row_of(lo.y), 0),
            fr1 = std::min(field.row_of(hi.y), field.rows - 1);
  const BinQuotient in_region_cells = region.in_cells();
  for (int r = fr0; r <= fr1; ++r)
    for (int c = fc0; c <= fc1; ++c) {
      const std::ptrdiff_t m = region.cell_of(field.centre_of(c, r), in_region_cells);
      if (m < 0 || region.inside[static_cast<std::size_t>(m)] == 0) continue;
      const std::size_t i = field.index(c, r);
      ++inside;
      const bool reached = field.dist_mm[i] <= reach_mm;  // NaN: not computed, not reached
      state[i] = reached ? 1 : 2;
      uncovered += !reached;
    }
  if (inside == 0) return out;
  out.covered_share = 1.0 - static_cast<double>(uncovered) / static_cast<double>(inside);
  out.uncovered_mm2 = static_cast<double>(uncovered) * cell_area;
  std::vector<std::size_t> stack;
  for (int sr = fr0; sr <= fr1; ++sr)
    for (int sc = fc0; sc <= fc1; ++sc) {
      const std::size_t start = field.index(sc, sr);
      if (state[start] != 2) continue;
      EmptyArea a;
      double deepest = -1.0;
      std::size_t deepest_i = start, cells = 0;
      state[start] = 1;
      stack.assign(1, start);
      while (!stack.empty()) {
        const std::size_t i = stack.back();
        stack.pop_back();
        ++cells;
        const double d = field.dist_mm[i];
        if (d > deepest || (d == deepest && i < deepest_i)) deepest = d, deepest_i = i;
        const int c = static_cast<int>(i % static_cast<std::size_t>(field.cols));
        const int r = static_cast<int>(i / static_cast<std::size_t>(field.cols));
        for (const auto& [dc, dr] :
             {std::pair{1, 0}, std::pair{-1, 0}, std::pair{0, 1}, std::pair{0, -1}}) {
          if (!field.has_cell(c + dc, r + dr)) continue;
          const std::size_t j = field.index(c + dc, r + dr);
          if (state[j] == 2) state[j] = 1, stack.push_back(j);
        }
      }
      a.area_mm2 = static_cast<double>(cells) * cell_area;
      a.deepest_mm =
          field.centre_of(static_cast<int>(deepest_i % static_cast<std::size_t>(field.cols)),
                          static_cast<int>(deepest_i / static_cast<std::size_t>(field.cols)));
      a.deepest_mm_to_dot = std::isfinite(deepest) ? deepest : 0.0;
      out.gaps.push_back(a);
    }
  std::stable_sort(out.gaps.begin(), out.gaps.end(),
                   [](const EmptyArea& x, const EmptyArea& y) { return x.area_mm2 > y.area_mm2; });
  if (out.gaps.size() > max_gaps) out.gaps.resize(max_gaps);
  return out;
}

}  // namespace smp::core
