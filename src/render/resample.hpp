// A quick bilinear resample of a rendered image to another view of the same chart: the stand-in
// picture shown while a zoom is under way, until the exact layers are redrawn. Not exact pixels
// (canvas.hpp redraws those); never written to a file.
#pragma once
#include <optional>

#include "core/client.hpp"
#include "render/image/image.hpp"
#include "render/view.hpp"

namespace smp::render {

// Fills the pixels of `dst` (sized to `dst_view`) inside `region` with `src` (rendered at
// `src_view`) sampled bilinearly at the same chart point; points off `src` get `fill`, or, when
// it is empty, the nearest edge pixel of `src` (as the renderer's fields clamp at their edges).
// About a memory pass over `region`.
void resample_view(const Image& src, const View& src_view, Image& dst, const View& dst_view,
                   std::optional<core::Srgb8> fill, const PixelRect& region);
// The pixels of `dst_view` whose centres fall on an image of `src_width` x `src_height` rendered
// at `src_view` (a rectangle: both are axis-aligned views of the same chart).
PixelRect covered_pixels(const View& src_view, int src_width, int src_height, const View& dst_view);

}  // namespace smp::render
