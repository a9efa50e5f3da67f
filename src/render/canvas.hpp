// The compositor the window and `smpsim render` share: scalp + view + dots + overlays -> RGBA.
// Invariant it protects: the cached layers always equal a full redraw. The base layer (skin,
// scars, hair) is rebuilt only when the scalp or the zoom changes; whole-pixel pans shift the
// cached pixels and draw only the exposed strips; a new dot touches only the pixels under it.
#pragma once
#include <optional>
#include <span>
#include <vector>

#include "core/dot.hpp"
#include "core/scalp.hpp"
#include "render/image.hpp"
#include "render/look.hpp"
#include "render/overlays.hpp"
#include "render/render_params.hpp"
#include "render/view.hpp"

namespace smp::render {

class Canvas {
 public:
  Canvas(const core::Scalp& scalp, const View& view, const RenderParams& params = {});

  void set_scalp(const core::Scalp& scalp);  // rebuilds everything
  void set_view(const View& view);           // pans reuse pixels; zoom/resize redraw
  const View& view() const { return view_; }
  const core::Scalp& scalp() const { return scalp_; }
  const ScalpLook& look() const { return look_; }

  void set_dots(std::span<const core::HealedDot> dots);  // redraws the dot layer only
  void add_dot(const core::HealedDot& dot);              // O(pixels under the dot)
  void clear_dots() { set_dots({}); }
  std::size_t dot_count() const { return dots_.size(); }
  std::span<const core::HealedDot> dots() const { return dots_; }

  void set_overlays(OverlaySet overlays);
  const OverlaySet& overlays() const { return overlays_; }

  // Base + dots + overlays. Cheap when nothing changed since the last call.
  const Image& image();
  const Image& base_image() const { return base_; }

 private:
  void rebuild_base(const PixelRect& r);
  void redraw_dots(const PixelRect& r);
  void full_redraw();
  void bucket_dot(std::uint32_t index);  // also widens max_dot_reach_mm_

  core::Scalp scalp_;
  RenderParams params_;
  ScalpLook look_;
  View view_;
  Image base_;
  Image composite_;  // base + dots
  Image output_;     // composite + overlays (used only when overlays are on)
  std::vector<core::HealedDot> dots_;
  double max_dot_reach_mm_ = 0.0;  // the widest any dot reaches from its centre (halo included)
  // Dot indices bucketed by position, so a pan strip finds its dots without a scan.
  double dot_bucket_mm_ = 4.0;
  int dot_cols_ = 0, dot_rows_ = 0;
  std::vector<std::vector<std::uint32_t>> dot_buckets_;
  OverlaySet overlays_;
  bool output_dirty_ = true;
  std::optional<ZoneMap> zone_map_;
  std::optional<core::FieldGrid> density_;
  DensityParams density_params_;
};

// One-shot render: a canvas at `view` with `dots` and `overlays`, returned as an image.
Image render_scalp(const core::Scalp& scalp, const View& view,
                   std::span<const core::HealedDot> dots, const OverlaySet& overlays,
                   const RenderParams& params = {});

}  // namespace smp::render
