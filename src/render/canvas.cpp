#include "render/canvas.hpp"

#include <algorithm>
#include <cmath>

#include "render/dots.hpp"
#include "render/hair.hpp"
#include "render/scars.hpp"
#include "render/skin.hpp"

namespace smp::render {

Canvas::Canvas(const core::Scalp& scalp, const View& view, const RenderParams& params)
    : scalp_(scalp), params_(params), view_(view) {
  set_scalp(scalp);
}

void Canvas::set_scalp(const core::Scalp& scalp) {
  scalp_ = scalp;
  look_ = build_look(scalp_, params_);
  dot_cols_ = std::max(1, static_cast<int>(std::ceil(look_.bounds_mm.width_mm() / dot_bucket_mm_)));
  dot_rows_ =
      std::max(1, static_cast<int>(std::ceil(look_.bounds_mm.height_mm() / dot_bucket_mm_)));
  dot_buckets_.assign(static_cast<std::size_t>(dot_cols_ * dot_rows_), {});
  for (std::uint32_t i = 0; i < dots_.size(); ++i) bucket_dot(i);
  zone_map_.reset();
  density_.reset();
  full_redraw();
}

void Canvas::bucket_dot(std::uint32_t index) {
  const core::Vec2 p = dots_[index].pos_mm - look_.bounds_mm.min_mm;
  const int c = std::clamp(static_cast<int>(std::floor(p.x / dot_bucket_mm_)), 0, dot_cols_ - 1);
  const int r = std::clamp(static_cast<int>(std::floor(p.y / dot_bucket_mm_)), 0, dot_rows_ - 1);
  dot_buckets_[static_cast<std::size_t>(r * dot_cols_ + c)].push_back(index);
  max_dot_reach_mm_ = std::max(max_dot_reach_mm_, dot_reach_mm(dots_[index], params_.dot));
}

void Canvas::rebuild_base(const PixelRect& r) {
  draw_skin(base_, view_, r, look_, params_.skin);
  draw_scars(base_, view_, r, scalp_, look_, params_.scar);
  draw_hair(base_, view_, r, look_, params_.hair);
}

void Canvas::redraw_dots(const PixelRect& r) {
  for (int y = r.y0; y < r.y1; ++y)
    std::copy_n(base_.px(r.x0, y), static_cast<std::size_t>(r.x1 - r.x0) * 4,
                composite_.px(r.x0, y));
  if (dots_.empty()) return;
  // Dots that can reach the strip, found by bucket, drawn in their global order as a full
  // redraw would (the blend is order-dependent through rounding).
  const double max_reach_mm = max_dot_reach_mm_ + 2.0 / view_.px_per_mm;
  if (r.x1 - r.x0 == view_.width_px && r.y1 - r.y0 == view_.height_px) {
    for (const auto& d : dots_) draw_dot(composite_, view_, r, d, params_.dot);
    return;
  }
  const core::Vec2 a = view_.px_to_mm({static_cast<double>(r.x0), static_cast<double>(r.y0)}) -
                       look_.bounds_mm.min_mm - core::Vec2{max_reach_mm, max_reach_mm};
  const core::Vec2 b = view_.px_to_mm({static_cast<double>(r.x1), static_cast<double>(r.y1)}) -
                       look_.bounds_mm.min_mm + core::Vec2{max_reach_mm, max_reach_mm};
  const int c0 = std::clamp(static_cast<int>(std::floor(a.x / dot_bucket_mm_)), 0, dot_cols_ - 1);
  const int c1 = std::clamp(static_cast<int>(std::floor(b.x / dot_bucket_mm_)), 0, dot_cols_ - 1);
  const int r0 = std::clamp(static_cast<int>(std::floor(a.y / dot_bucket_mm_)), 0, dot_rows_ - 1);
  const int r1 = std::clamp(static_cast<int>(std::floor(b.y / dot_bucket_mm_)), 0, dot_rows_ - 1);
  std::vector<std::uint32_t> ids;
  for (int row = r0; row <= r1; ++row)
    for (int col = c0; col <= c1; ++col) {
      const auto& bk = dot_buckets_[static_cast<std::size_t>(row * dot_cols_ + col)];
      ids.insert(ids.end(), bk.begin(), bk.end());
    }
  std::sort(ids.begin(), ids.end());
  for (std::uint32_t i : ids) draw_dot(composite_, view_, r, dots_[i], params_.dot);
}

void Canvas::full_redraw() {
  base_ = Image(view_.width_px, view_.height_px);
  composite_ = Image(view_.width_px, view_.height_px);
  rebuild_base(base_.rect());
  redraw_dots(base_.rect());
  output_dirty_ = true;
}

void Canvas::set_view(const View& view) {
  if (view == view_) return;
  const View old = view_;
  view_ = view;
  const bool same_scale = old.px_per_mm == view.px_per_mm && old.width_px == view.width_px &&
                          old.height_px == view.height_px;
  const core::Vec2 shift = view.origin_px() - old.origin_px();
  const int dx = static_cast<int>(shift.x), dy = static_cast<int>(shift.y);
  if (!same_scale || std::abs(dx) >= view.width_px || std::abs(dy) >= view.height_px) {
    full_redraw();
    return;
  }
  output_dirty_ = true;
  if (dx == 0 && dy == 0) return;
  shift_copy(base_, base_, dx, dy);
  shift_copy(composite_, composite_, dx, dy);
  const int w = view.width_px, h = view.height_px;
  // Exposed strips: a column band for dx, then a row band for dy (without the corner twice).
  PixelRect cols = dx > 0 ? PixelRect{0, 0, dx, h} : PixelRect{w + dx, 0, w, h};
  PixelRect rows = dy > 0 ? PixelRect{0, 0, w, dy} : PixelRect{0, h + dy, w, h};
  if (dx != 0) {
    rebuild_base(cols);
    redraw_dots(cols);
  }
  if (dy != 0) {
    if (dx > 0) rows.x0 = dx;
    if (dx < 0) rows.x1 = w + dx;
    rebuild_base(rows);
    redraw_dots(rows);
  }
}

void Canvas::set_dots(std::span<const core::HealedDot> dots) {
  dots_.assign(dots.begin(), dots.end());
  max_dot_reach_mm_ = 0.0;
  for (auto& b : dot_buckets_) b.clear();
  for (std::uint32_t i = 0; i < dots_.size(); ++i) bucket_dot(i);
  density_.reset();
  redraw_dots(composite_.rect());
  output_dirty_ = true;
}

void Canvas::add_dot(const core::HealedDot& dot) {
  dots_.push_back(dot);
  bucket_dot(static_cast<std::uint32_t>(dots_.size() - 1));
  draw_dot(composite_, view_, composite_.rect(), dot, params_.dot);
  density_.reset();
  output_dirty_ = true;
}

void Canvas::set_overlays(OverlaySet overlays) {
  overlays_ = std::move(overlays);
  output_dirty_ = true;
}

const Image& Canvas::image() {
  if (!overlays_.any()) return composite_;
  if (!output_dirty_) return output_;
  output_ = composite_;
  if (overlays_.density || overlays_.zones) {
    if (!zone_map_) zone_map_ = make_zone_map(scalp_, 1.0);
  }
  if (overlays_.density) {
    if (!density_) density_ = dot_density_per_cm2(dots_, look_.bounds_mm, density_params_);
    draw_density(output_, view_, scalp_, *zone_map_, *density_, overlays_, density_params_);
  }
  if (overlays_.zones) draw_zones(output_, view_, *zone_map_);
  if (overlays_.landmarks) draw_landmarks(output_, view_, scalp_);
  if (overlays_.hairline) draw_hairline(output_, view_, overlays_.hairline_mm);
  if (overlays_.spots) draw_spots(output_, view_, overlays_.spots_list);
  output_dirty_ = false;
  return output_;
}

Image render_scalp(const core::Scalp& scalp, const View& view,
                   std::span<const core::HealedDot> dots, const OverlaySet& overlays,
                   const RenderParams& params) {
  Canvas canvas(scalp, view, params);
  canvas.set_dots(dots);
  canvas.set_overlays(overlays);
  return canvas.image();
}

}  // namespace smp::render
