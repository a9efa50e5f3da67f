// Pigment dots: soft round spots of diluted carbon black seen through the skin, darkening the
// pixels below by multiplication, each with a soft dermal haze around its dense core. Size,
// softness and hue follow the healed (or fresh) dot.
#pragma once
#include "core/dot.hpp"
#include "render/render_params.hpp"
#include "render/view.hpp"

namespace smp::render {

// The colour a dot multiplies the skin by at full coverage: core::dot_transmittance (the look
// colour_match grades) in the render's float colour.
Rgb dot_transmittance(const core::HealedDot& dot, const DotLookParams& params);
// How far from its centre a dot darkens the skin (core, blow-out halo or dermal haze).
double dot_reach_mm(const core::HealedDot& dot, const DotLookParams& params);
// The pixels a dot may touch.
PixelRect dot_pixels(const View& view, const core::HealedDot& dot, const DotLookParams& params);
// Draw one dot, only inside `clip`. Shed (kept == false) dots draw nothing. `haze_norm`, if
// given, caches the haze's normalisation over its whole footprint between calls for the same
// dot and the same view (a negative value means not known yet): a dot drawn in several bands
// pays for it once. The pixels are the same with or without it.
void draw_dot(Image& img, const View& view, const PixelRect& clip, const core::HealedDot& dot,
              const DotLookParams& params, double* haze_norm = nullptr);

}  // namespace smp::render
