#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <vector>

#include "core/scalp/generators/generators_internal.hpp"

namespace smp::core::scalpgen {

Rng stream(std::uint64_t seed, StreamTag tag, std::uint64_t index) {
  return Rng(seed).fork(static_cast<std::uint64_t>(tag) + index);
}

double smoothstep(double edge0, double edge1, double x) {
  const double t = std::clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
  return t * t * (3.0 - 2.0 * t);
}

ValueNoise::ValueNoise(Rng& rng, const RectMm& area, double cell_mm)
    : origin_mm_(area.min_mm), cell_mm_(cell_mm) {
  cols_ = static_cast<int>(std::ceil(area.width_mm() / cell_mm)) + 2;
  rows_ = static_cast<int>(std::ceil(area.height_mm() / cell_mm)) + 2;
  values_.resize(static_cast<std::size_t>(cols_) * static_cast<std::size_t>(rows_));
  for (double& v : values_) v = rng.uniform(-1.0, 1.0);
}

double ValueNoise::at(Vec2 p_mm) const {
  const double fx = std::clamp((p_mm.x - origin_mm_.x) / cell_mm_, 0.0, cols_ - 1.001);
  const double fy = std::clamp((p_mm.y - origin_mm_.y) / cell_mm_, 0.0, rows_ - 1.001);
  const int x0 = static_cast<int>(fx);
  const int y0 = static_cast<int>(fy);
  auto quintic = [](double t) { return t * t * t * (t * (t * 6.0 - 15.0) + 10.0); };
  const double tx = quintic(fx - x0);
  const double ty = quintic(fy - y0);
  auto v = [&](int x, int y) {
    return values_[static_cast<std::size_t>(y) * static_cast<std::size_t>(cols_) +
                   static_cast<std::size_t>(x)];
  };
  const double a = v(x0, y0) + (v(x0 + 1, y0) - v(x0, y0)) * tx;
  const double b = v(x0, y0 + 1) + (v(x0 + 1, y0 + 1) - v(x0, y0 + 1)) * tx;
  return a + (b - a) * ty;
}

BoundaryNoise::BoundaryNoise(Rng& rng, const RectMm& area, double cell_mm, double amplitude_mm)
    : coarse_(rng, area, cell_mm), fine_(rng, area, cell_mm * 0.35), amplitude_mm_(amplitude_mm) {}

double BoundaryNoise::offset_mm(Vec2 p_mm) const {
  return amplitude_mm_ * (0.75 * coarse_.at(p_mm) + 0.35 * fine_.at(p_mm));
}

FieldGrid empty_field(const Chart& chart, const ScalpGenParams& params) {
  return FieldGrid::covering(chart.bounds_mm, params.field_cell_mm, 0.0f);
}

FieldGrid distance_inside_hair_mm(const Chart& chart, const ScalpGenParams& params) {
  FieldGrid d = empty_field(chart, params);
  constexpr float kFar = 1e9f;
  // Inside test per row by scanline (same crossing rule as point_in_polygon), not per cell.
  const Polyline& poly = chart.natural_hair_boundary_mm;
  std::vector<double> xs;
  for (int r = 0; r < d.rows; ++r) {
    const double y = d.centre_of(0, r).y;
    xs.clear();
    for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
      const Vec2 a = poly[i];
      const Vec2 b = poly[j];
      if ((a.y > y) != (b.y > y)) xs.push_back((b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x);
    }
    std::sort(xs.begin(), xs.end());
    for (int c = 0; c < d.cols; ++c) {
      const double x = d.centre_of(c, r).x;
      const auto above = xs.end() - std::upper_bound(xs.begin(), xs.end(), x);
      d.at(c, r) = (above % 2 == 1) ? kFar : 0.0f;
    }
  }
  // Two-pass chamfer with the 5x5 weights (1, sqrt2, sqrt5) in cells: within ~2% of Euclidean.
  struct Step {
    int dc, dr;
    float w;
  };
  const float s2 = std::sqrt(2.0f);
  const float s5 = std::sqrt(5.0f);
  const Step fwd[] = {{-1, 0, 1.0f}, {0, -1, 1.0f}, {-1, -1, s2}, {1, -1, s2},
                      {-2, -1, s5},  {2, -1, s5},   {-1, -2, s5}, {1, -2, s5}};
  auto relax = [&](int c, int r, const Step& s, int sign) {
    const int cc = c + sign * s.dc;
    const int rr = r + sign * s.dr;
    if (cc < 0 || rr < 0 || cc >= d.cols || rr >= d.rows) return;
    d.at(c, r) = std::min(d.at(c, r), d.at(cc, rr) + s.w);
  };
  for (int r = 0; r < d.rows; ++r)
    for (int c = 0; c < d.cols; ++c)
      if (d.at(c, r) > 0.0f)
        for (const Step& s : fwd) relax(c, r, s, 1);
  for (int r = d.rows; r-- > 0;)
    for (int c = d.cols; c-- > 0;)
      if (d.at(c, r) > 0.0f)
        for (const Step& s : fwd) relax(c, r, s, -1);
  const auto cell = static_cast<float>(params.field_cell_mm);
  for (float& v : d.values) v = v > 0.0f ? (v - 0.5f) * cell : -1.0f;
  return d;
}

double hairline_y_at(const Polyline& hairline, double x_mm) {
  if (hairline.empty()) return 0.0;
  if (x_mm <= hairline.front().x) return hairline.front().y;
  if (x_mm >= hairline.back().x) return hairline.back().y;
  const auto it = std::lower_bound(hairline.begin(), hairline.end(), x_mm,
                                   [](const Vec2& p, double x) { return p.x < x; });
  const Vec2 b = *it;
  const Vec2 a = *(it - 1);
  const double t = (x_mm - a.x) / std::max(b.x - a.x, 1e-9);
  return a.y + (b.y - a.y) * t;
}

}  // namespace smp::core::scalpgen
