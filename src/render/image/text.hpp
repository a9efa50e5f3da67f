// Small labels drawn into an Image with stb_easy_font (a built-in vector font): zone names,
// landmark names. Not a general text engine.
#pragma once
#include <string>

#include "core/base/geometry.hpp"
#include "render/image/image.hpp"

namespace smp::render {

// Pixel size of `text` at `scale` (1 = ~7 px tall glyphs).
core::Vec2 text_size_px(const std::string& text, double scale);
// Draw `text` with its top-left at `top_left_px`, with a dark outline for contrast.
void draw_text(Image& img, core::Vec2 top_left_px, const std::string& text, double scale,
               Rgb colour);
// Centred on a point.
void draw_text_centred(Image& img, core::Vec2 centre_px, const std::string& text, double scale,
                       Rgb colour);

}  // namespace smp::render
