// The compositor the window and `smpsim render` share: scalp + view + dots + overlays -> RGBA.
// Invariant it protects: once settled, the image equals a full redraw. Whole-pixel pans shift the
// cached pixels and draw only the exposed strips; a new dot touches only the pixels under it; a
// zoom either redraws at once (set_view) or shows the last exact picture resampled and redraws it
// band by band (preview_view + refine), so that the window never stalls on the mouse wheel.
// With only the density heat map on, the overlaid picture is kept the same way (canvas_output.cpp):
// shifted with pans, recoloured in exposed strips, refined bands and around each new dot.
#pragma once
#include <optional>
#include <span>
#include <vector>

#include "core/dot.hpp"
#include "core/scalp/scalp.hpp"
#include "render/image/image.hpp"
#include "render/look/look.hpp"
#include "render/overlays/overlays.hpp"
#include "render/render_params.hpp"
#include "render/view.hpp"

namespace smp::render {

class Canvas {
 public:
  Canvas(const core::Scalp& scalp, const View& view, const RenderParams& params = {});

  void set_scalp(const core::Scalp& scalp);  // rebuilds everything
  void set_view(const View& view);           // exact: pans reuse pixels; zoom/resize redraw
  // For interactive zoom: a pan (when settled) or a resize is exactly set_view; a zoom shows the
  // last exact picture resampled to `view` (a memory pass, approximate) until refine() has
  // redrawn every row. Dots added meanwhile show at once and are kept by the redraw.
  // The redraw starts at row `focus_y_px` (the canvas centre if negative) and grows outward.
  void preview_view(const View& view, double focus_y_px = -1.0);
  // Redraws the next `max_rows` rows of a previewed view exactly; returns them (empty if settled).
  PixelRect refine(int max_rows);
  void settle() {
    while (!settled()) refine(view_.height_px);
  }
  // Builds now what previews need (a small picture of the whole head with every dot, and its
  // heat map when that is on), which the first zoom would otherwise pay for; kept up to date from
  // then on. Not needed for one-shot renders.
  void prepare_previews();
  bool settled() const { return refined_rows_ >= view_.height_px; }
  const View& view() const { return view_; }
  const core::Scalp& scalp() const { return scalp_; }
  const ScalpLook& look() const { return look_; }

  void set_dots(std::span<const core::HealedDot> dots);  // redraws the dot layer only
  // O(pixels under the dot); with the heat map on, also O(pixels its density kernel reaches).
  // Returns the pixels of image() that may change.
  PixelRect add_dot(const core::HealedDot& dot);
  void clear_dots() { set_dots({}); }
  std::size_t dot_count() const { return dots_.size(); }
  std::span<const core::HealedDot> dots() const { return dots_; }

  void set_overlays(OverlaySet overlays);
  const OverlaySet& overlays() const { return overlays_; }

  // Base + dots + overlays. Cheap when nothing changed since the last call.
  const Image& image();
  // Skin, scars and hair without the dots at the current view (settles and catches up first).
  const Image& base_image();

 private:
  void draw_base(Image& img, const View& view, const PixelRect& r) const;
  void build_overview();
  // dst <- anchor (and overview around it) resampled to view_, inside `clip`.
  void show_preview(const Image& anchor, const Image& overview, Image& dst,
                    const PixelRect& clip) const;
  void fill_stale_composite();  // the stand-in rows of composite_, when composite_stale_
  // Into composite_, over what is there. `reuse_haze`: keep each dot's haze normalisation for
  // the next rectangle at the same view (the bands of a refine).
  void draw_dots(const PixelRect& r, bool reuse_haze = false);
  void full_redraw();
  void sync_base();  // base_ to view_: after pans only the strips, else a full base redraw
  void bucket_dot(std::uint32_t index);  // also widens max_dot_reach_mm_

  core::Scalp scalp_;
  RenderParams params_;
  ScalpLook look_;
  View view_;
  Image composite_;  // base + dots at view_; rows outside the refined ones: a resampled stand-in
  Image output_;     // composite + overlays (used only when overlays are on)
  int refined_rows_ = 0;                 // == refined_hi_ - refined_lo_ while a preview is refined
  int refined_lo_ = 0, refined_hi_ = 0;  // the exact rows, grown around the focus
  bool refine_down_ = true;              // which side the next band goes to
  // The dot-less layer, kept for set_dots. Pans leave it behind (it is caught up only when
  // needed), so a pan frame shifts one image, not two.
  Image base_;
  View base_view_;
  bool base_valid_ = false;
  // While a zoom is previewed: the last exact picture and its view, resampled for each step.
  Image anchor_;
  View anchor_view_;
  // The whole chart, small, with every dot: what a zoom out shows around the anchor until the
  // exact picture is redrawn. Rebuilt with the dots (set_dots), updated by add_dot.
  Image overview_;
  View overview_view_;
  std::vector<core::HealedDot> dots_;
  double max_dot_reach_mm_ = 0.0;  // the widest any dot reaches from its centre (halo included)
  // Dot indices bucketed by position, so a pan strip finds its dots without a scan.
  double dot_bucket_mm_ = 4.0;
  int dot_cols_ = 0, dot_rows_ = 0;
  std::vector<std::vector<std::uint32_t>> dot_buckets_;
  std::vector<double> haze_norm_;  // per dot, valid for haze_view_ only (-1: not computed)
  View haze_view_;
  OverlaySet overlays_;
  bool output_dirty_ = true;  // overlays other than the heat map: redrawn whole when set
  std::optional<core::ZoneRaster> zone_map_;
  std::optional<core::FieldGrid> density_;  // kept up to date by add_dot once built
  DensityParams density_params_;

  // The heat-map-only output layer (canvas_output.cpp). output_ is valid when it equals
  // composite_ + heat map except inside out_pending_ (new dots not recoloured yet); the anchor and
  // the overview keep their own overlaid copies for the previews.
  bool heat_only() const;
  void ensure_density();
  void compose(const Image& under, const View& view, const PixelRect& r, Image& out);
  void compose_output(const PixelRect& r) { compose(composite_, view_, r, output_); }
  void flush_output();  // output_ made valid and exact (composed whole if it was not valid)
  void ensure_overlaid_previews();
  PixelRect heat_add_dot(const core::HealedDot& dot, PixelRect dot_px);  // pixels to upload
  bool output_valid_ = false;
  // While a zoom settles with the heat map on, composite_'s rows outside the refined ones are
  // not resampled until something reads them (only output_ is on screen).
  bool composite_stale_ = false;
  PixelRect out_pending_;
  Image out_anchor_;  // anchor_ + heat map at anchor_view_
  bool out_anchor_valid_ = false;
  Image out_overview_;  // overview_ + heat map at overview_view_
  bool out_overview_valid_ = false;
};

// One-shot render: a canvas at `view` with `dots` and `overlays`, returned as an image.
Image render_scalp(const core::Scalp& scalp, const View& view,
                   std::span<const core::HealedDot> dots, const OverlaySet& overlays,
                   const RenderParams& params = {});

}  // namespace smp::render
