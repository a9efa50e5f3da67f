#include "render/canvas.hpp"

#include <algorithm>
#include <cmath>

#include "render/look/dots.hpp"
#include "render/look/hair.hpp"
#include "render/look/scars.hpp"
#include "render/look/skin.hpp"
#include "render/resample.hpp"

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
  overview_ = Image();
  out_overview_valid_ = false;
}

void Canvas::bucket_dot(std::uint32_t index) {
  const core::Vec2 p = dots_[index].pos_mm - look_.bounds_mm.min_mm;
  const int c = std::clamp(static_cast<int>(std::floor(p.x / dot_bucket_mm_)), 0, dot_cols_ - 1);
  const int r = std::clamp(static_cast<int>(std::floor(p.y / dot_bucket_mm_)), 0, dot_rows_ - 1);
  dot_buckets_[static_cast<std::size_t>(r * dot_cols_ + c)].push_back(index);
  max_dot_reach_mm_ = std::max(max_dot_reach_mm_, dot_reach_mm(dots_[index], params_.dot));
}

namespace {

// The overview's longest side: the whole head at about the window's "head" zoom, a quarter of
// its pixels, so rebuilding it with 100,000 dots costs a fraction of a full redraw.
constexpr int kOverviewLongestPx = 640;

// The pixels a whole-pixel shift by (dx, dy) exposes: a column band for dx, then a row band for
// dy without the corner twice. Either may be empty.
void exposed_strips(int dx, int dy, int w, int h, PixelRect& cols, PixelRect& rows) {
  cols = dx > 0 ? PixelRect{0, 0, dx, h} : dx < 0 ? PixelRect{w + dx, 0, w, h} : PixelRect{};
  rows = dy > 0 ? PixelRect{0, 0, w, dy} : dy < 0 ? PixelRect{0, h + dy, w, h} : PixelRect{};
  if (dx > 0) rows.x0 = dx;
  if (dx < 0) rows.x1 = w + dx;
}

// The whole-pixel shift from `from` to `to`, when the pixels of one can be reused for the other.
bool reusable_shift(const View& from, const View& to, int& dx, int& dy) {
  if (from.px_per_mm != to.px_per_mm || from.width_px != to.width_px ||
      from.height_px != to.height_px)
    return false;
  const core::Vec2 shift = to.origin_px() - from.origin_px();
  dx = static_cast<int>(shift.x);
  dy = static_cast<int>(shift.y);
  return std::abs(dx) < to.width_px && std::abs(dy) < to.height_px;
}

void copy_rows(const Image& src, Image& dst, int y0, int y1) {
  if (y1 <= y0) return;
  std::copy(src.px(0, y0), src.px(0, y0) + static_cast<std::size_t>(y1 - y0) * src.width * 4,
            dst.px(0, y0));
}

}  // namespace

void Canvas::draw_base(Image& img, const View& view, const PixelRect& r) const {
  draw_skin(img, view, r, look_, params_.skin);  // sets every pixel of r
  draw_scars(img, view, r, scalp_, look_, params_.scar);
  draw_hair(img, view, r, look_, params_.hair);
}

void Canvas::build_overview() {
  int w = 0, h = 0;
  size_for(look_.bounds_mm, kOverviewLongestPx, w, h);
  overview_view_ = fit_view(look_.bounds_mm, w, h, 0.0);
  if (overview_.width != w || overview_.height != h) overview_ = Image(w, h);
  draw_base(overview_, overview_view_, overview_.rect());
  for (const auto& d : dots_) draw_dot(overview_, overview_view_, overview_.rect(), d, params_.dot);
  out_overview_valid_ = false;
}

void Canvas::show_preview(const Image& anchor, const Image& overview, Image& dst,
                          const PixelRect& clip) const {
  // Off the overview (the chart plus a margin of backdrop) its edge pixels are extended: the
  // backdrop's vignette is smooth there, so no seam shows.
  const std::optional<core::Srgb8> extend;
  const PixelRect all{0, 0, view_.width_px, view_.height_px};
  const PixelRect in = covered_pixels(anchor_view_, anchor.width, anchor.height, view_);
  if (in.empty()) {
    resample_view(overview, overview_view_, dst, view_, extend, all.intersect(clip));
    return;
  }
  // Around the anchor (a zoom out): the overview, in up to four bands.
  for (const PixelRect& r :
       {PixelRect{all.x0, all.y0, all.x1, in.y0}, PixelRect{all.x0, in.y1, all.x1, all.y1},
        PixelRect{all.x0, in.y0, in.x0, in.y1}, PixelRect{in.x1, in.y0, all.x1, in.y1}})
    resample_view(overview, overview_view_, dst, view_, extend, r.intersect(clip));
  resample_view(anchor, anchor_view_, dst, view_, params_.skin.backdrop, in.intersect(clip));
}

void Canvas::fill_stale_composite() {
  if (!composite_stale_) return;
  composite_stale_ = false;
  const int w = view_.width_px, h = view_.height_px;
  show_preview(anchor_, overview_, composite_, {0, 0, w, refined_lo_});
  show_preview(anchor_, overview_, composite_, {0, refined_hi_, w, h});
}

void Canvas::draw_dots(const PixelRect& r, bool reuse_haze) {
  if (dots_.empty() || r.empty()) return;
  // Dots that can reach the rectangle, found by bucket, drawn in their global order as a full
  // redraw would (the blend is order-dependent through rounding).
  if (r.x1 - r.x0 == view_.width_px && r.y1 - r.y0 == view_.height_px) {
    for (const auto& d : dots_) draw_dot(composite_, view_, r, d, params_.dot);
    return;
  }
  const double max_reach_mm = max_dot_reach_mm_ + 2.0 / view_.px_per_mm;
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
  if (!reuse_haze) {
    for (std::uint32_t i : ids) draw_dot(composite_, view_, r, dots_[i], params_.dot);
    return;
  }
  // Exactly the same view, not merely the same scale: a pan moves the sub-pixel centres.
  if (!(haze_view_ == view_)) {
    haze_norm_.assign(dots_.size(), -1.0);
    haze_view_ = view_;
  }
  haze_norm_.resize(dots_.size(), -1.0);  // dots added since
  for (std::uint32_t i : ids) draw_dot(composite_, view_, r, dots_[i], params_.dot, &haze_norm_[i]);
}

void Canvas::full_redraw() {
  if (base_.width != view_.width_px || base_.height != view_.height_px)
    base_ = Image(view_.width_px, view_.height_px);
  draw_base(base_, view_, base_.rect());
  base_view_ = view_;
  base_valid_ = true;
  composite_ = base_;
  draw_dots(composite_.rect());
  refined_rows_ = view_.height_px;
  anchor_ = Image();
  composite_stale_ = false;
  output_dirty_ = true;
  output_valid_ = out_anchor_valid_ = false;
  out_pending_ = {};
}

void Canvas::sync_base() {
  int dx = 0, dy = 0;
  if (base_valid_ && base_view_ == view_) return;
  if (!base_valid_ || !reusable_shift(base_view_, view_, dx, dy)) {
    if (base_.width != view_.width_px || base_.height != view_.height_px)
      base_ = Image(view_.width_px, view_.height_px);
    draw_base(base_, view_, base_.rect());
  } else {
    shift_copy(base_, base_, dx, dy);
    PixelRect cols, rows;
    exposed_strips(dx, dy, view_.width_px, view_.height_px, cols, rows);
    draw_base(base_, view_, cols);
    draw_base(base_, view_, rows);
  }
  base_view_ = view_;
  base_valid_ = true;
}

const Image& Canvas::base_image() {
  settle();
  sync_base();
  return base_;
}

void Canvas::set_view(const View& view) {
  if (view == view_) {
    settle();
    return;
  }
  const View old = view_;
  view_ = view;
  int dx = 0, dy = 0;
  if (refined_rows_ < old.height_px || !reusable_shift(old, view, dx, dy)) {
    full_redraw();
    return;
  }
  output_dirty_ = true;
  if (dx == 0 && dy == 0) return;
  // The heat map moves with the picture: pixel centres are whole pixels from the origin, so the
  // shifted pixels are the ones the new view would colour.
  const bool overlaid = heat_only() && output_valid_;
  if (overlaid) {
    flush_output();
    shift_copy(output_, output_, dx, dy);
  } else {
    output_valid_ = false;
  }
  // Only the composite moves; the base catches up when set_dots needs it (sync_base).
  shift_copy(composite_, composite_, dx, dy);
  PixelRect cols, rows;
  exposed_strips(dx, dy, view.width_px, view.height_px, cols, rows);
  for (const PixelRect& r : {cols, rows}) {
    if (r.empty()) continue;
    draw_base(composite_, view_, r);
    draw_dots(r);
    if (overlaid) compose_output(r);
  }
}

void Canvas::preview_view(const View& view, double focus_y_px) {
  if (view == view_) return;
  const bool same_size = view.width_px == view_.width_px && view.height_px == view_.height_px;
  if (!same_size || (settled() && view.px_per_mm == view_.px_per_mm)) {
    set_view(view);
    return;
  }
  // The first step of a zoom keeps the exact picture as the anchor; later steps (and pans before
  // the redraw has finished) resample that same anchor, so blur never compounds.
  const bool overlaid = heat_only();
  if (settled()) {
    out_anchor_valid_ = overlaid && output_valid_;
    if (out_anchor_valid_) flush_output();
    std::swap(anchor_, composite_);
    anchor_view_ = view_;
    if (out_anchor_valid_) std::swap(out_anchor_, output_);
  }
  view_ = view;
  if (overview_.rect().empty()) build_overview();
  // With the heat map on, the overlaid picture is previewed the same way (not recoloured), and
  // the picture below only when something needs it (fill_stale_composite): one resample a step.
  output_valid_ = overlaid;
  out_pending_ = {};
  composite_stale_ = overlaid;
  const PixelRect all{0, 0, view_.width_px, view_.height_px};
  if (overlaid) {
    if (composite_.width != view_.width_px || composite_.height != view_.height_px)
      composite_ = Image(view_.width_px, view_.height_px);
    ensure_overlaid_previews();
    show_preview(out_anchor_, out_overview_, output_, all);
  } else {
    show_preview(anchor_, overview_, composite_, all);
  }
  // The redraw grows from the row the trainee is looking at (the wheel's pointer) outward.
  const double focus = focus_y_px >= 0.0 ? focus_y_px : view_.height_px * 0.5;
  refined_lo_ = refined_hi_ =
      std::clamp(static_cast<int>(std::floor(focus)), 0, view_.height_px - 1);
  refined_rows_ = 0;
  refine_down_ = true;
  output_dirty_ = true;
}

PixelRect Canvas::refine(int max_rows) {
  if (settled() || max_rows <= 0) return {};
  if (refined_rows_ == 0) {
    if (base_.width != view_.width_px || base_.height != view_.height_px)
      base_ = Image(view_.width_px, view_.height_px);
    base_view_ = view_;
    base_valid_ = false;  // until every row of it is drawn
  }
  // Alternate below and above the rows already exact, as long as both sides remain.
  const bool down = refined_hi_ < view_.height_px && (refine_down_ || refined_lo_ == 0);
  refine_down_ = !down;
  const int y0 = down ? refined_hi_ : std::max(0, refined_lo_ - max_rows);
  const int y1 = down ? std::min(view_.height_px, refined_hi_ + max_rows) : refined_lo_;
  if (down)
    refined_hi_ = y1;
  else
    refined_lo_ = y0;
  const PixelRect r{0, y0, view_.width_px, y1};
  draw_base(base_, view_, r);
  copy_rows(base_, composite_, y0, y1);
  draw_dots(r, true);
  if (heat_only() && output_valid_) compose_output(r);
  refined_rows_ = refined_hi_ - refined_lo_;
  if (settled()) {
    base_valid_ = true;
    anchor_ = Image();
    out_anchor_valid_ = false;
    composite_stale_ = false;
  }
  output_dirty_ = true;
  return r;
}

void Canvas::set_dots(std::span<const core::HealedDot> dots) {
  dots_.assign(dots.begin(), dots.end());
  haze_norm_.clear();
  haze_view_ = View{};
  max_dot_reach_mm_ = 0.0;
  for (auto& b : dot_buckets_) b.clear();
  for (std::uint32_t i = 0; i < dots_.size(); ++i) bucket_dot(i);
  density_.reset();
  output_valid_ = out_anchor_valid_ = out_overview_valid_ = false;
  out_pending_ = {};
  if (!overview_.rect().empty()) build_overview();  // kept only once previews were asked for
  if (!settled()) {
    full_redraw();
    return;
  }
  sync_base();
  composite_ = base_;
  draw_dots(composite_.rect());
  output_dirty_ = true;
}

PixelRect Canvas::add_dot(const core::HealedDot& dot) {
  dots_.push_back(dot);
  bucket_dot(static_cast<std::uint32_t>(dots_.size() - 1));
  draw_dot(composite_, view_, composite_.rect(), dot, params_.dot);
  draw_dot(overview_, overview_view_, overview_.rect(), dot, params_.dot);  // if there is one
  // The anchor stays an exact picture of its view, so the next zoom step shows the dot too.
  if (!settled()) draw_dot(anchor_, anchor_view_, anchor_.rect(), dot, params_.dot);
  output_dirty_ = true;
  PixelRect changed = dot_pixels(view_, dot, params_.dot);
  if (heat_only())
    changed = heat_add_dot(dot, changed);
  else if (density_)
    add_dot_density(*density_, dot, density_params_);  // the same values as recomputing it
  if (overlays_.any() && !heat_only()) changed = composite_.rect();  // redrawn whole
  return changed;
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
