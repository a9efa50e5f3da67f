// A quick bilinear resample of a rendered image to another view of the same chart: the stand-in
// picture shown while a zoom is under way, until the exact layers are redrawn. Not exact pixels
// (canvas.hpp redraws those); never written to a file.
#pragma once
#include "core/client.hpp"
#include "render/image.hpp"
#include "render/view.hpp"

namespace smp::render {

// Fills every pixel of `dst` (sized to `dst_view`) with `src` (rendered at `src_view`) sampled
// bilinearly at the same chart point; points off `src` get `fill`. About a memory pass per frame.
void resample_view(const Image& src, const View& src_view, Image& dst, const View& dst_view,
                   core::Srgb8 fill);

}  // namespace smp::render
