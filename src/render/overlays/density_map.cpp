#include "render/overlays/density_map.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

namespace smp::render {
namespace {

// The kernel's constants, shared by the full and the incremental sum so both add the same floats.
struct Kernel {
  double s2;
  int reach;    // cells either side of the dot's own
  double norm;  // Gaussian normalised to one dot; per mm^2 -> per cm^2 is x100
  explicit Kernel(const DensityParams& dp)
      : s2(dp.kernel_sigma_mm * dp.kernel_sigma_mm),
        reach(static_cast<int>(std::ceil(3.0 * dp.kernel_sigma_mm / dp.cell_mm))),
        norm(100.0 / (2.0 * std::numbers::pi * s2)) {}
};

// Adds the dot's kernel; returns the inclusive cell range it touched (c0 > c1 when none).
std::array<int, 4> add_kernel(core::FieldGrid& g, core::Vec2 pos_mm, const Kernel& k,
                              double cell_mm) {
  const int c = static_cast<int>(std::floor((pos_mm.x - g.origin_mm.x) / cell_mm));
  const int r = static_cast<int>(std::floor((pos_mm.y - g.origin_mm.y) / cell_mm));
  const std::array<int, 4> cells{std::max(0, c - k.reach), std::max(0, r - k.reach),
                                 std::min(g.cols - 1, c + k.reach),
                                 std::min(g.rows - 1, r + k.reach)};
  for (int row = cells[1]; row <= cells[3]; ++row)
    for (int col = cells[0]; col <= cells[2]; ++col) {
      const core::Vec2 q = g.centre_of(col, row) - pos_mm;
      g.at(col, row) +=
          static_cast<float>(k.norm * std::exp(-(q.x * q.x + q.y * q.y) / (2.0 * k.s2)));
    }
  return cells;
}

// Blue (too few) -> green (on target) -> red (too many), on the log of the ratio: the signed
// weight of the far colour (negative: toward blue), +-1.5 octaves to full.
float ratio_weight(double ratio) {
  // Past +-1.5 octaves (with a margin far wider than log2's rounding) the clamp decides: most of
  // an untreated zone, at no log2 a pixel.
  if (ratio < 0.3535) return -1.0f;
  if (ratio > 2.8285) return 1.0f;
  const double t = std::clamp(std::log2(std::max(ratio, 1e-3)) / 1.5, -1.0, 1.0);
  return t < 0.0 ? -static_cast<float>(-t) : static_cast<float>(t);
}
constexpr Rgb kUnder{0.15f, 0.35f, 0.95f}, kOk{0.15f, 0.85f, 0.30f}, kOver{0.95f, 0.15f, 0.15f};
Rgb weight_colour(float w) {
  return w < 0.0f ? mix(kOk, kUnder, -w) : mix(kOk, kOver, w);
}

// Where a pixel column (or row) falls on the zone map and the density grid: the two halves of
// ZoneRaster::zone_of and FieldGrid::sample, which are separable in x and y.
struct AxisCell {
  int zone = -1;    // zone map column/row, -1 off the map
  bool off = true;  // off the density grid: the sample is 0
  int g0 = 0, g1 = 0;
  float w0 = 0.0f, w1 = 0.0f;  // weights of g0 and g1, as FieldGrid::sample computes them
};

AxisCell axis_cell(double p_mm, int zone_index, int zone_count, double grid_origin_mm,
                   double cell_mm, int cell_count) {
  AxisCell a;
  a.zone = zone_index >= 0 && zone_index < zone_count ? zone_index : -1;
  const double f = (p_mm - grid_origin_mm) / cell_mm - 0.5;
  a.off = cell_count == 0 || f < -0.5 || f > cell_count - 0.5;
  if (a.off) return a;
  a.g0 = std::clamp(static_cast<int>(std::floor(f)), 0, cell_count - 1);
  a.g1 = std::min(a.g0 + 1, cell_count - 1);
  a.w1 = static_cast<float>(std::clamp(f - a.g0, 0.0, 1.0));
  a.w0 = 1 - a.w1;
  return a;
}

}  // namespace

DensityTint density_tint(float have, double target, const DensityParams& dp) {
  if (target <= 0.0) {
    // Not to be treated: flag only real dots there, not the kernel's spill from next door.
    if (have < dp.untreated_flag_per_cm2) return {};
    return {
        weight_colour(ratio_weight(8.0)),
        dp.opacity * static_cast<float>(std::min(1.0, have / (2.0 * dp.untreated_flag_per_cm2)))};
  }
  return {weight_colour(ratio_weight(have / target)), dp.opacity};
}

core::FieldGrid dot_density_per_cm2(std::span<const core::HealedDot> dots, const core::RectMm& area,
                                    const DensityParams& dp) {
  core::FieldGrid g = core::FieldGrid::covering(area, dp.cell_mm);
  const Kernel k(dp);
  for (const auto& d : dots)
    if (d.kept) add_kernel(g, d.pos_mm, k, dp.cell_mm);
  return g;
}

std::optional<core::RectMm> add_dot_density(core::FieldGrid& g, const core::HealedDot& dot,
                                            const DensityParams& dp) {
  if (!dot.kept) return std::nullopt;
  const auto cells = add_kernel(g, dot.pos_mm, Kernel(dp), dp.cell_mm);
  if (cells[0] > cells[2] || cells[1] > cells[3]) return std::nullopt;
  // A sample reads the two cells whose centres bracket it, so it changed only if it lies within
  // one cell of a touched cell's centre (at the grid's edges it reads the edge cell alone).
  return core::RectMm{
      g.origin_mm + core::Vec2{(cells[0] - 0.5) * g.cell_mm, (cells[1] - 0.5) * g.cell_mm},
      g.origin_mm + core::Vec2{(cells[2] + 1.5) * g.cell_mm, (cells[3] + 1.5) * g.cell_mm}};
}

void draw_density(Image& img, const View& view, const PixelRect& rect,
                  const core::ZoneRaster& zones, const core::FieldGrid& g,
                  const std::map<core::Zone, double>& targets, const DensityParams& dp) {
  const PixelRect r = rect.intersect(img.rect());
  if (r.empty()) return;
  std::array<double, core::kZoneCount> target{};
  for (const auto& [z, t] : targets) target[static_cast<std::size_t>(z)] = t;
  const std::size_t n = static_cast<std::size_t>(r.x1 - r.x0);
  std::vector<AxisCell> cols(n);
  for (int x = r.x0; x < r.x1; ++x) {
    const double p = view.pixel_centre_mm(x, r.y0).x;
    cols[static_cast<std::size_t>(x - r.x0)] =
        axis_cell(p, zones.col_of(p), zones.cols, g.origin_mm.x, g.cell_mm, g.cols);
  }
  // Two passes a row: the scalar one finds each pixel's colour weight and opacity (0: clear),
  // the second blends every byte of the row (alpha too, with opacity 0) in straight-line float
  // code the compiler vectorises; a pixel at opacity 0 keeps its bytes exactly.
  std::vector<float> weight(n), opacity(n);
  std::vector<float> colour(n * 4), alpha(n * 4);
  const float flag_weight = ratio_weight(8.0);
  const auto off_head = static_cast<unsigned char>(core::Zone::OffHead);
  for (int y = r.y0; y < r.y1; ++y) {
    const double p = view.pixel_centre_mm(r.x0, y).y;
    const AxisCell row =
        axis_cell(p, zones.row_of(p), zones.rows, g.origin_mm.y, g.cell_mm, g.rows);
    if (row.zone < 0) continue;
    const unsigned char* zone_row = zones.zone.data() + static_cast<std::size_t>(row.zone) *
                                                            static_cast<std::size_t>(zones.cols);
    const float* g0 = row.off ? nullptr : &g.values[static_cast<std::size_t>(row.g0) * g.cols];
    const float* g1 = row.off ? nullptr : &g.values[static_cast<std::size_t>(row.g1) * g.cols];
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
      const AxisCell& col = cols[i];
      weight[i] = opacity[i] = 0.0f;
      if (col.zone < 0) continue;
      const unsigned char z = zone_row[col.zone];
      if (z == off_head) continue;
      float have = 0.0f;
      if (!row.off && !col.off) {
        const float a = g0[col.g0] * col.w0 + g0[col.g1] * col.w1;
        const float b = g1[col.g0] * col.w0 + g1[col.g1] * col.w1;
        have = a * row.w0 + b * row.w1;
      }
      // density_tint, split in weight and opacity.
      const double t = target[z];
      if (t <= 0.0) {
        if (have < dp.untreated_flag_per_cm2) continue;
        weight[i] = flag_weight;
        opacity[i] = dp.opacity *
                     static_cast<float>(std::min(1.0, have / (2.0 * dp.untreated_flag_per_cm2)));
      } else {
        weight[i] = ratio_weight(have / t);
        opacity[i] = dp.opacity;
      }
      opacity[i] = opacity[i] <= 0.0f ? 0.0f : std::min(opacity[i], 1.0f);
      any = true;
    }
    if (!any) continue;
    for (std::size_t i = 0; i < n; ++i) {
      const Rgb c = weight_colour(weight[i]);
      colour[4 * i] = c.r;
      colour[4 * i + 1] = c.g;
      colour[4 * i + 2] = c.b;
      colour[4 * i + 3] = 1.0f;
      alpha[4 * i] = alpha[4 * i + 1] = alpha[4 * i + 2] = opacity[i];
      alpha[4 * i + 3] = 0.0f;
    }
    // Image::blend: below + (colour - below) * opacity, rounded back to bytes.
    std::uint8_t* out = img.px(r.x0, y);
    for (std::size_t k = 0; k < n * 4; ++k) {
      const float below = from_u8(out[k]);
      out[k] = to_u8(below + (colour[k] - below) * alpha[k]);
    }
  }
}

}  // namespace smp::render
