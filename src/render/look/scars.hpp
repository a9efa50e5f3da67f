// The scar layer: FUT and surgical lines pale, shiny, with raised edges; FUE punctures as small
// white dots; irregular areas mottled pale. Drawn over the skin, under the hair.
#pragma once
#include "core/scalp/scalp.hpp"
#include "render/look/look.hpp"
#include "render/view.hpp"

namespace smp::render {

void draw_scars(Image& img, const View& view, const PixelRect& clip, const core::Scalp& scalp,
                const ScalpLook& look, const ScarLookParams& params);

}  // namespace smp::render
