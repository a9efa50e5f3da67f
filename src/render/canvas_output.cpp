// Canvas::image(): the composite with the overlays on top. With only the density heat map on
// (the practice session's live hint) the overlaid picture is a cached layer like the composite:
// pans shift it, and only the exposed strips, the refined bands of a zoom and the neighbourhood
// each new dot's density kernel reaches are recoloured. Other overlays are redrawn whole.
#include <algorithm>

#include "render/canvas.hpp"
#include "render/look/dots.hpp"

namespace smp::render {
namespace {

PixelRect unite(const PixelRect& a, const PixelRect& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

}  // namespace

bool Canvas::heat_only() const {
  return overlays_.density && !overlays_.zones && !overlays_.landmarks && !overlays_.hairline &&
         !overlays_.spots;
}

void Canvas::ensure_density() {
  if (!zone_map_) zone_map_ = core::make_zone_raster(scalp_, 1.0);
  if (!density_) density_ = dot_density_per_cm2(dots_, look_.bounds_mm, density_params_);
}

void Canvas::compose(const Image& under, const View& view, const PixelRect& rect, Image& out) {
  if (out.width != under.width || out.height != under.height)
    out = Image(under.width, under.height);
  const PixelRect r = rect.intersect(under.rect());
  if (r.empty()) return;
  ensure_density();
  const std::size_t row_bytes = static_cast<std::size_t>(r.x1 - r.x0) * 4;
  for (int y = r.y0; y < r.y1; ++y) std::copy_n(under.px(r.x0, y), row_bytes, out.px(r.x0, y));
  draw_density(out, view, r, *zone_map_, *density_, overlays_.target_density_per_cm2,
               density_params_);
}

void Canvas::flush_output() {
  if (!output_valid_ || !out_pending_.empty()) fill_stale_composite();
  if (!output_valid_) {
    compose_output(composite_.rect());
    output_valid_ = true;
  } else if (!out_pending_.empty()) {
    compose_output(out_pending_);
  }
  out_pending_ = {};
}

void Canvas::ensure_overlaid_previews() {
  if (!out_anchor_valid_) compose(anchor_, anchor_view_, anchor_.rect(), out_anchor_);
  if (!out_overview_valid_) compose(overview_, overview_view_, overview_.rect(), out_overview_);
  out_anchor_valid_ = out_overview_valid_ = true;
}

void Canvas::prepare_previews() {
  if (overview_.rect().empty()) build_overview();
  if (heat_only() && !out_overview_valid_) {
    compose(overview_, overview_view_, overview_.rect(), out_overview_);
    out_overview_valid_ = true;
  }
}

PixelRect Canvas::heat_add_dot(const core::HealedDot& dot, PixelRect dot_px) {
  // Without a density grid nothing overlaid is valid yet: it is all composed on demand.
  if (!density_) return composite_.rect();
  const std::optional<core::RectMm> reach_mm = add_dot_density(*density_, dot, density_params_);
  auto local = [&](const View& v, const PixelRect& under_dot) {
    return reach_mm ? unite(under_dot, v.pixels_of(*reach_mm)) : under_dot;
  };
  if (!settled() && out_anchor_valid_)
    compose(anchor_, anchor_view_, local(anchor_view_, dot_pixels(anchor_view_, dot, params_.dot)),
            out_anchor_);
  if (out_overview_valid_)
    compose(overview_, overview_view_,
            local(overview_view_, dot_pixels(overview_view_, dot, params_.dot)), out_overview_);
  if (!output_valid_) return composite_.rect();
  // Batched: several dots in one frame are recoloured once, by image().
  const PixelRect changed = local(view_, dot_px);
  out_pending_ = unite(out_pending_, changed);
  return changed;
}

void Canvas::set_overlays(OverlaySet overlays) {
  overlays_ = std::move(overlays);
  output_dirty_ = true;
  output_valid_ = out_anchor_valid_ = out_overview_valid_ = false;
  out_pending_ = {};
}

const Image& Canvas::image() {
  if (!heat_only()) fill_stale_composite();
  if (!overlays_.any()) return composite_;
  if (heat_only()) {
    flush_output();
    return output_;
  }
  if (!output_dirty_) return output_;
  output_ = composite_;
  if (overlays_.density || overlays_.zones) {
    if (!zone_map_) zone_map_ = core::make_zone_raster(scalp_, 1.0);
  }
  if (overlays_.density) {
    ensure_density();
    draw_density(output_, view_, output_.rect(), *zone_map_, *density_,
                 overlays_.target_density_per_cm2, density_params_);
  }
  if (overlays_.zones) draw_zones(output_, view_, *zone_map_);
  if (overlays_.landmarks) draw_landmarks(output_, view_, scalp_);
  if (overlays_.hairline) draw_hairline(output_, view_, overlays_.hairline_mm);
  if (overlays_.spots) draw_spots(output_, view_, overlays_.spots_list);
  output_dirty_ = false;
  return output_;
}

}  // namespace smp::render
