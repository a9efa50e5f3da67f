// Anti-aliased primitives on an Image, clipped to a pixel rectangle: capsules (hair strands,
// lines), discs and rings. Coverage is area-correct below one pixel, so thousands of sub-pixel
// strands add up to the right shade. Not pigment dots (dots.hpp) nor text (text.hpp).
#pragma once
#include "core/base/geometry.hpp"
#include "render/image/image.hpp"

namespace smp::render {

// A segment a-b of width `width_px` (may be < 1 px), source-over with `opacity`.
void draw_capsule(Image& img, const PixelRect& clip, core::Vec2 a_px, core::Vec2 b_px,
                  double width_px, Rgb colour, float opacity);
// An open polyline (in pixels) drawn as capsules.
void draw_polyline_px(Image& img, const PixelRect& clip, const std::vector<core::Vec2>& pts_px,
                      bool closed, double width_px, Rgb colour, float opacity);
// A filled disc with a soft edge `soft_px` wide.
void fill_disc(Image& img, const PixelRect& clip, core::Vec2 centre_px, double radius_px,
               double soft_px, Rgb colour, float opacity);
// A ring of radius `radius_px` and line width `width_px`.
void draw_ring(Image& img, const PixelRect& clip, core::Vec2 centre_px, double radius_px,
               double width_px, Rgb colour, float opacity);

}  // namespace smp::render

namespace smp::render {
// A disc of `radius_px` that may be far below a pixel: large discs are drawn with a soft edge,
// tiny ones spread their exact area (pi r^2 x opacity) over the 2x2 nearest pixels.
// `multiply` darkens by `colour` as a transmittance instead of painting it.
void splat_disc(Image& img, const PixelRect& clip, core::Vec2 centre_px, double radius_px,
                Rgb colour, float opacity, bool multiply);
}  // namespace smp::render
