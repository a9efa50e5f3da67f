// darkness_field() bins the dots' ink and builds the summed-area tables; window_extremes() reads a
// window's sums in four lookups each and samples the windows a quarter of a side apart.
#include "core/stats/look/darkness_field.hpp"

#include <algorithm>
#include <cmath>

#include "core/base/assert.hpp"

namespace smp::core {
namespace {

// Which cells are in the region and what each expects: the mask's cells, cut finer, where the
// plan (if any) asks for dots.
void lay_cells(DarknessField& f, const RegionMask& mask, int c0, int r0, int subdivide,
               const FieldGrid* plan, double min_planned) {
  const int c1 = c0 + f.cols / subdivide - 1, r1 = r0 + f.rows / subdivide - 1;
  for (int mr = r0; mr <= r1; ++mr)
    for (int mc = c0; mc <= c1; ++mc) {
      if (!mask.cell_inside(mc, mr)) continue;
      for (int r = (mr - r0) * subdivide; r < (mr - r0 + 1) * subdivide; ++r)
        for (int c = (mc - c0) * subdivide; c < (mc - c0 + 1) * subdivide; ++c) {
          double expected = 1.0;
          if (plan != nullptr) {
            const std::ptrdiff_t pc = plan->cell_of(f.centre_of(c, r));
            expected = pc < 0 ? 0.0 : plan->values[static_cast<std::size_t>(pc)];
            if (!(expected >= min_planned)) continue;
          }
          const std::size_t i = f.index(c, r);
          f.inside[i] = 1;
          f.expected[i] = expected;
          ++f.inside_cells;
        }
    }
}

void build_sums(DarknessField& f) {
  const std::size_t w = static_cast<std::size_t>(f.cols) + 1;
  const std::size_t n = w * (static_cast<std::size_t>(f.rows) + 1);
  f.sum_ink.assign(n, 0.0);
  f.sum_expected.assign(n, 0.0);
  f.sum_inside.assign(n, 0);
  for (int r = 0; r < f.rows; ++r) {
    double row_ink = 0.0, row_expected = 0.0;
    std::uint32_t row_in = 0;
    for (int c = 0; c < f.cols; ++c) {
      const std::size_t i = f.index(c, r);
      row_ink += f.ink[i];
      row_expected += f.expected[i];
      row_in += f.inside[i];
      const std::size_t at =
          (static_cast<std::size_t>(r) + 1) * w + static_cast<std::size_t>(c) + 1;
      f.sum_ink[at] = f.sum_ink[at - w] + row_ink;
      f.sum_expected[at] = f.sum_expected[at - w] + row_expected;
      f.sum_inside[at] = f.sum_inside[at - w] + row_in;
    }
  }
}

}  // namespace

DarknessField darkness_field(std::span<const Vec2> pts_mm, std::span<const double> ink,
                             const RegionMask& mask, int subdivide,
                             const FieldGrid* planned_per_cm2, double min_planned_per_cm2) {
  SMP_ASSERT(pts_mm.size() == ink.size());
  SMP_ASSERT(subdivide >= 1);
  int c0, c1, r0, r1;
  mask.scan_range(c0, c1, r0, r1);
  DarknessField f;
  if (c1 < c0 || r1 < r0) return f;
  f.cell_mm = mask.cell_mm / subdivide;
  f.origin_mm = mask.origin_mm + Vec2(c0 * mask.cell_mm, r0 * mask.cell_mm);
  f.cols = (c1 - c0 + 1) * subdivide;
  f.rows = (r1 - r0 + 1) * subdivide;
  f.ink.assign(f.cell_count(), 0.0);
  f.expected.assign(f.cell_count(), 0.0);
  f.inside.assign(f.cell_count(), 0);
  lay_cells(f, mask, c0, r0, subdivide, planned_per_cm2, min_planned_per_cm2);
  const BinQuotient in_cells = f.in_cells();
  double total = 0.0, total_expected = 0.0;
  for (std::size_t i = 0; i < pts_mm.size(); ++i) {
    const std::ptrdiff_t c = f.cell_of(pts_mm[i], in_cells);
    if (c < 0 || !f.inside[static_cast<std::size_t>(c)]) continue;
    f.ink[static_cast<std::size_t>(c)] += ink[i];
    total += ink[i];
  }
  for (double e : f.expected) total_expected += e;
  if (f.inside_cells > 0) f.mean_ink_per_cell = total / static_cast<double>(f.inside_cells);
  if (total_expected > 0.0) f.ink_per_expected = total / total_expected;
  build_sums(f);
  return f;
}

WindowExtremes window_extremes(const DarknessField& f, double side_mm, double low_below,
                               double high_above, double min_inside_share) {
  WindowExtremes out;
  const int half = std::max(0, static_cast<int>(std::lround((side_mm / f.cell_mm - 1.0) / 2.0)));
  const int side = 2 * half + 1;
  out.side_mm = side * f.cell_mm;
  if (f.inside_cells == 0 || !(f.ink_per_expected > 0.0)) return out;
  // A quarter of a side apart, at least two cells: the shares hardly move, the cost quarters.
  const int step = std::max(2, side / 4);
  const std::size_t w = static_cast<std::size_t>(f.cols) + 1;
  const auto at = [&](int c, int r) {
    return static_cast<std::size_t>(r) * w + static_cast<std::size_t>(c);
  };
  const double min_inside = min_inside_share * side * side;
  // One mark per block of side x side windows: the most extreme in it.
  const int block_cols = f.cols / side + 1;
  std::vector<double> block_low, block_high;
  std::vector<Vec2> block_low_at, block_high_at;
  block_low.assign(static_cast<std::size_t>(block_cols) * (f.rows / side + 1), 2.0);
  block_high.assign(block_low.size(), 0.0);
  block_low_at.assign(block_low.size(), Vec2(0.0));
  block_high_at.assign(block_low.size(), Vec2(0.0));
  std::size_t low = 0, high = 0;
  for (int r = 0; r < f.rows; r += step)
    for (int c = 0; c < f.cols; c += step) {
      if (!f.inside[f.index(c, r)]) continue;
      const int ca = std::max(0, c - half), cb = std::min(f.cols, c + half + 1);
      const int ra = std::max(0, r - half), rb = std::min(f.rows, r + half + 1);
      const std::size_t i00 = at(ca, ra), i01 = at(cb, ra), i10 = at(ca, rb), i11 = at(cb, rb);
      const std::uint32_t n_in =
          f.sum_inside[i11] - f.sum_inside[i10] - f.sum_inside[i01] + f.sum_inside[i00];
      if (n_in < min_inside) continue;
      const double ink = f.sum_ink[i11] - f.sum_ink[i10] - f.sum_ink[i01] + f.sum_ink[i00];
      const double expected =
          f.sum_expected[i11] - f.sum_expected[i10] - f.sum_expected[i01] + f.sum_expected[i00];
      if (!(expected > 0.0)) continue;
      const double rel = ink / (expected * f.ink_per_expected);
      const Vec2 centre = f.centre_of(c, r);
      ++out.windows;
      const std::size_t b = static_cast<std::size_t>(r / side) * block_cols + c / side;
      if (rel < low_below) {
        ++low;
        if (rel < block_low[b]) block_low[b] = rel, block_low_at[b] = centre;
      }
      if (rel > high_above) {
        ++high;
        if (rel > block_high[b]) block_high[b] = rel, block_high_at[b] = centre;
      }
      if (rel < out.lowest) out.lowest = rel, out.lowest_mm = centre;
      if (rel > out.highest) out.highest = rel, out.highest_mm = centre;
    }
  if (out.windows == 0) return out;
  out.low_share = static_cast<double>(low) / static_cast<double>(out.windows);
  out.high_share = static_cast<double>(high) / static_cast<double>(out.windows);
  for (std::size_t b = 0; b < block_low.size(); ++b) {
    if (block_low[b] < low_below) out.low_where_mm.push_back(block_low_at[b]);
    if (block_high[b] > high_above) out.high_where_mm.push_back(block_high_at[b]);
  }
  return out;
}

}  // namespace smp::core
