// The existing-hair layer: every stubble strand of the look whose box meets the clip, drawn
// with area-correct coverage so that density reads as shade at whole-head zoom.
#pragma once
#include "render/look/look.hpp"
#include "render/view.hpp"

namespace smp::render {

void draw_hair(Image& img, const View& view, const PixelRect& clip, const ScalpLook& look,
               const HairLookParams& params);

}  // namespace smp::render
