// The skin layer: backdrop, skin tone with mottling, pores and curvature shading, per pixel.
// Every pixel depends only on its chart position, so any strip can be redrawn alone.
#pragma once
#include "render/look/look.hpp"
#include "render/view.hpp"

namespace smp::render {

void draw_skin(Image& img, const View& view, const PixelRect& clip, const ScalpLook& look,
               const SkinLookParams& params);

}  // namespace smp::render
