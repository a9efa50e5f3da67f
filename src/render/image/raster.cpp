#include "render/image/raster.hpp"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <numbers>

namespace smp::render {
namespace {

// Coverage of a pixel whose centre is `d_px` from the axis of a stroke of half-width `r_px`.
// Above half a pixel: a box filtered by a one-pixel ramp. Below: a unit-area tent scaled by the
// width, so the stroke's total ink is (width x length) whatever the zoom.
inline float stroke_coverage(double d_px, double r_px) {
  if (r_px >= 0.5) return static_cast<float>(std::clamp(r_px + 0.5 - d_px, 0.0, 1.0));
  return static_cast<float>(2.0 * r_px * std::max(0.0, 1.0 - d_px));
}

inline double dist_to_segment(core::Vec2 p, core::Vec2 a, core::Vec2 ab, double len2) {
  const double t = len2 > 0.0 ? std::clamp(glm::dot(p - a, ab) / len2, 0.0, 1.0) : 0.0;
  const core::Vec2 q = a + t * ab - p;
  return std::sqrt(q.x * q.x + q.y * q.y);
}

}  // namespace

void draw_capsule(Image& img, const PixelRect& clip_in, core::Vec2 a, core::Vec2 b, double width_px,
                  Rgb colour, float opacity) {
  const PixelRect clip = clip_in.intersect(img.rect());
  const double r = width_px * 0.5;
  const double reach = std::max(r + 0.5, 1.0);
  const PixelRect box = PixelRect{static_cast<int>(std::floor(std::min(a.x, b.x) - reach)),
                                  static_cast<int>(std::floor(std::min(a.y, b.y) - reach)),
                                  static_cast<int>(std::ceil(std::max(a.x, b.x) + reach)) + 1,
                                  static_cast<int>(std::ceil(std::max(a.y, b.y) + reach)) + 1}
                            .intersect(clip);
  if (box.empty()) return;
  const core::Vec2 ab = b - a;
  const double len2 = glm::dot(ab, ab);
  const double len = std::sqrt(len2);
  const bool by_rows = std::abs(ab.y) >= std::abs(ab.x);
  // Walk the major axis; on each line only the pixels within reach of the axis are tested.
  const double minor_half =
      len > 0.0 ? reach * len / std::max(std::abs(by_rows ? ab.y : ab.x), 1e-9) + 1.0 : reach + 1.0;
  const int major0 = by_rows ? box.y0 : box.x0;
  const int major1 = by_rows ? box.y1 : box.x1;
  for (int m = major0; m < major1; ++m) {
    const double mc = m + 0.5;
    double t = 0.0;
    if (by_rows && std::abs(ab.y) > 0.0) t = (mc - a.y) / ab.y;
    if (!by_rows && std::abs(ab.x) > 0.0) t = (mc - a.x) / ab.x;
    t = std::clamp(t, 0.0, 1.0);
    const double centre_minor = by_rows ? a.x + t * ab.x : a.y + t * ab.y;
    const int lo = std::max(by_rows ? box.x0 : box.y0,
                            static_cast<int>(std::floor(centre_minor - minor_half)));
    const int hi = std::min(by_rows ? box.x1 : box.y1,
                            static_cast<int>(std::ceil(centre_minor + minor_half)) + 1);
    for (int n = lo; n < hi; ++n) {
      const int x = by_rows ? n : m;
      const int y = by_rows ? m : n;
      const double d = dist_to_segment({x + 0.5, y + 0.5}, a, ab, len2);
      const float c = stroke_coverage(d, r);
      if (c > 0.0f) img.set(x, y, mix(img.get(x, y), colour, std::min(1.0f, c * opacity)));
    }
  }
}

void draw_polyline_px(Image& img, const PixelRect& clip, const std::vector<core::Vec2>& pts,
                      bool closed, double width_px, Rgb colour, float opacity) {
  if (pts.size() < 2) return;
  for (std::size_t i = 0; i + 1 < pts.size(); ++i)
    draw_capsule(img, clip, pts[i], pts[i + 1], width_px, colour, opacity);
  if (closed) draw_capsule(img, clip, pts.back(), pts.front(), width_px, colour, opacity);
}

void fill_disc(Image& img, const PixelRect& clip_in, core::Vec2 c, double radius_px, double soft_px,
               Rgb colour, float opacity) {
  const PixelRect clip = clip_in.intersect(img.rect());
  const double soft = std::max(soft_px, 1e-3);
  const double reach = radius_px + soft * 0.5 + 1.0;
  const PixelRect r = PixelRect::around(c, reach).intersect(clip);
  for (int y = r.y0; y < r.y1; ++y)
    for (int x = r.x0; x < r.x1; ++x) {
      const double d = std::hypot(x + 0.5 - c.x, y + 0.5 - c.y);
      const double cov = std::clamp((radius_px + soft * 0.5 - d) / soft, 0.0, 1.0);
      if (cov > 0.0) img.blend(x, y, colour, static_cast<float>(cov) * opacity);
    }
}

void draw_ring(Image& img, const PixelRect& clip_in, core::Vec2 c, double radius_px,
               double width_px, Rgb colour, float opacity) {
  const PixelRect clip = clip_in.intersect(img.rect());
  const double reach = radius_px + width_px + 1.0;
  const PixelRect r = PixelRect::around(c, reach).intersect(clip);
  for (int y = r.y0; y < r.y1; ++y)
    for (int x = r.x0; x < r.x1; ++x) {
      const double d = std::abs(std::hypot(x + 0.5 - c.x, y + 0.5 - c.y) - radius_px);
      const float cov = stroke_coverage(d, width_px * 0.5);
      if (cov > 0.0f) img.blend(x, y, colour, cov * opacity);
    }
}

}  // namespace smp::render

namespace smp::render {

void splat_disc(Image& img, const PixelRect& clip_in, core::Vec2 c, double radius_px, Rgb colour,
                float opacity, bool multiply) {
  const PixelRect clip = clip_in.intersect(img.rect());
  auto put = [&](int x, int y, float a) {
    if (x < clip.x0 || y < clip.y0 || x >= clip.x1 || y >= clip.y1 || a <= 0.0f) return;
    if (multiply)
      img.multiply(x, y, colour, a);
    else
      img.blend(x, y, colour, a);
  };
  if (radius_px >= 0.75) {
    const double reach = radius_px + 1.0;
    const PixelRect r = PixelRect::around(c, reach).intersect(clip);
    for (int y = r.y0; y < r.y1; ++y)
      for (int x = r.x0; x < r.x1; ++x) {
        const double d = std::hypot(x + 0.5 - c.x, y + 0.5 - c.y);
        put(x, y, static_cast<float>(std::clamp(radius_px + 0.5 - d, 0.0, 1.0)) * opacity);
      }
    return;
  }
  const double area = std::numbers::pi * radius_px * radius_px;
  const double fx = c.x - 0.5, fy = c.y - 0.5;
  const int x0 = static_cast<int>(std::floor(fx)), y0 = static_cast<int>(std::floor(fy));
  const double tx = fx - x0, ty = fy - y0;
  const double w[4] = {(1 - tx) * (1 - ty), tx * (1 - ty), (1 - tx) * ty, tx * ty};
  for (int i = 0; i < 4; ++i)
    put(x0 + (i & 1), y0 + (i >> 1), static_cast<float>(w[i] * area) * opacity);
}

}  // namespace smp::render
