// The chart-mm -> pixel transform of a rendered image: zoom, pan, fit-to-chart.
// Pixel origins are whole pixels so that a pan by whole pixels reuses cached pixels exactly.
#pragma once
#include "core/base/geometry.hpp"
#include "render/image/image.hpp"

namespace smp::render {

struct View {
  core::Vec2 centre_mm{0.0, 175.0};  // chart point shown at the image centre
  double px_per_mm = 2.5;
  int width_px = 1024;
  int height_px = 1024;

  // Pixel position (x right, y down) of chart point (0,0), snapped to whole pixels.
  core::Vec2 origin_px() const;
  // Chart mm at the centre of pixel (x, y).
  core::Vec2 pixel_centre_mm(int x, int y) const;
  core::Vec2 mm_to_px(core::Vec2 p_mm) const;  // continuous pixel coordinates
  core::Vec2 px_to_mm(core::Vec2 p_px) const;
  // The chart area covered by the image, and the pixels a chart box covers (clipped).
  core::RectMm visible_mm() const;
  PixelRect pixels_of(const core::RectMm& box_mm, double margin_px = 1.0) const;
  double mm_per_px() const { return 1.0 / px_per_mm; }

  friend bool operator==(const View& a, const View& b) = default;
};

// A view of `width_px` x `height_px` that shows the whole `bounds_mm` with a small margin.
View fit_view(const core::RectMm& bounds_mm, int width_px, int height_px, double margin = 0.04);
// Image size whose longest side is `longest_px` and whose aspect matches `bounds_mm`.
void size_for(const core::RectMm& bounds_mm, int longest_px, int& width_px, int& height_px);
// Zoom by `factor` keeping the chart point under pixel `anchor_px` fixed.
View zoom_about(const View& v, core::Vec2 anchor_px, double factor);
// Move the picture by (dx_px, dy_px), rounded to whole pixels: content follows the mouse drag.
View pan_by(const View& v, core::Vec2 delta_px);

}  // namespace smp::render
