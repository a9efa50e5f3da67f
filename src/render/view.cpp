#include "render/view.hpp"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>

namespace smp::render {

core::Vec2 View::origin_px() const {
  return {std::round(width_px * 0.5 - centre_mm.x * px_per_mm),
          std::round(height_px * 0.5 - centre_mm.y * px_per_mm)};
}

core::Vec2 View::pixel_centre_mm(int x, int y) const {
  const core::Vec2 o = origin_px();
  return {(x + 0.5 - o.x) / px_per_mm, (y + 0.5 - o.y) / px_per_mm};
}

core::Vec2 View::mm_to_px(core::Vec2 p_mm) const {
  return origin_px() + p_mm * px_per_mm;
}

core::Vec2 View::px_to_mm(core::Vec2 p_px) const {
  return (p_px - origin_px()) / px_per_mm;
}

core::RectMm View::visible_mm() const {
  return {px_to_mm({0.0, 0.0}),
          px_to_mm({static_cast<double>(width_px), static_cast<double>(height_px)})};
}

PixelRect View::pixels_of(const core::RectMm& box_mm, double margin_px) const {
  const core::Vec2 a = mm_to_px(box_mm.min_mm);
  const core::Vec2 b = mm_to_px(box_mm.max_mm);
  auto clampi = [](double v, int hi) {
    return static_cast<int>(std::clamp(v, -1.0, static_cast<double>(hi) + 1.0));
  };
  PixelRect r{
      clampi(std::floor(a.x - margin_px), width_px), clampi(std::floor(a.y - margin_px), height_px),
      clampi(std::ceil(b.x + margin_px), width_px), clampi(std::ceil(b.y + margin_px), height_px)};
  return r.intersect({0, 0, width_px, height_px});
}

View fit_view(const core::RectMm& bounds_mm, int width_px, int height_px, double margin) {
  View v;
  v.width_px = width_px;
  v.height_px = height_px;
  v.centre_mm = (bounds_mm.min_mm + bounds_mm.max_mm) * 0.5;
  const double sx = width_px / std::max(bounds_mm.width_mm(), 1e-6);
  const double sy = height_px / std::max(bounds_mm.height_mm(), 1e-6);
  v.px_per_mm = std::min(sx, sy) * (1.0 - 2.0 * margin);
  return v;
}

void size_for(const core::RectMm& bounds_mm, int longest_px, int& width_px, int& height_px) {
  const double w = std::max(bounds_mm.width_mm(), 1e-6);
  const double h = std::max(bounds_mm.height_mm(), 1e-6);
  if (w >= h) {
    width_px = longest_px;
    height_px = std::max(1, static_cast<int>(std::lround(longest_px * h / w)));
  } else {
    height_px = longest_px;
    width_px = std::max(1, static_cast<int>(std::lround(longest_px * w / h)));
  }
}

View zoom_about(const View& v, core::Vec2 anchor_px, double factor) {
  View out = v;
  const core::Vec2 anchor_mm = v.px_to_mm(anchor_px);
  out.px_per_mm = v.px_per_mm * factor;
  // Keep anchor_mm under anchor_px: solve anchor_px = w/2 + (anchor_mm - c) * ppm for c.
  const core::Vec2 half{v.width_px * 0.5, v.height_px * 0.5};
  out.centre_mm = anchor_mm - (anchor_px - half) / out.px_per_mm;
  return out;
}

View pan_by(const View& v, core::Vec2 delta_px) {
  // Move the snapped origin by whole pixels and put the centre where that origin is exact, so
  // that a cached image can be shifted instead of redrawn.
  View out = v;
  const core::Vec2 origin = v.origin_px() + glm::round(delta_px);
  out.centre_mm = (core::Vec2{v.width_px * 0.5, v.height_px * 0.5} - origin) / v.px_per_mm;
  return out;
}

}  // namespace smp::render
