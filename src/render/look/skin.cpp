#include "render/look/skin.hpp"

#include <algorithm>
#include <cmath>

#include "render/look/noise.hpp"

namespace smp::render {
namespace {

// The last pore cell looked up: its jittered centre and size (neighbouring pixels share it).
struct PoreCell {
  std::int64_t cx = 0, cy = 0;
  double jx = 0.0, jy = 0.0, size = 0.0;
  bool valid = false;
};

// Darkening of one pore (follicle opening) nearest to p: one per cell, jittered inside it.
float pore_shade(core::Vec2 p, double cell_mm, double radius_mm, std::uint32_t seed, PoreCell& pc) {
  const double fx = std::floor(p.x / cell_mm), fy = std::floor(p.y / cell_mm);
  const auto cx = static_cast<std::int64_t>(fx), cy = static_cast<std::int64_t>(fy);
  if (!pc.valid || pc.cx != cx || pc.cy != cy)
    pc = {cx,
          cy,
          0.2 + 0.6 * hash01(cx, cy, seed),
          0.2 + 0.6 * hash01(cx, cy, seed ^ 0x5bd1e995u),
          0.6 + 0.8 * hash01(cx, cy, seed ^ 0x27d4eb2fu),
          true};
  const double ex = p.x - (fx + pc.jx) * cell_mm, ey = p.y - (fy + pc.jy) * cell_mm;
  const double d = std::sqrt(ex * ex + ey * ey) / (radius_mm * pc.size);
  return d >= 1.0 ? 0.0f : static_cast<float>(1.0 - d * d);
}

}  // namespace

void draw_skin(Image& img, const View& view, const PixelRect& clip_in, const ScalpLook& look,
               const SkinLookParams& sp) {
  const PixelRect clip = clip_in.intersect(img.rect());
  const Rgb backdrop = to_rgb(sp.backdrop);
  const Rgb vignette = to_rgb(sp.backdrop_vignette);
  const double mm_per_px = view.mm_per_px();
  // Fine detail fades in as pixels get smaller than the detail, instead of aliasing.
  const float fine = static_cast<float>(std::clamp((0.3 - mm_per_px) / 0.2, 0.0, 1.0));
  const core::Vec2 o = view.origin_px();  // pixel_centre_mm's terms, hoisted out of the loop
  for (int y = clip.y0; y < clip.y1; ++y) {
    PoreCell pore_cell;
    NoiseCell noise_cell;
    for (int x = clip.x0; x < clip.x1; ++x) {
      const core::Vec2 p{(x + 0.5 - o.x) / view.px_per_mm, (y + 0.5 - o.y) / view.px_per_mm};
      float f[PackedField::kChannels];
      look.skin_fields.sample(p, f);
      const Rgb bg = mix(backdrop, vignette, f[3]);
      const float inside = static_cast<float>(std::clamp(f[4] / mm_per_px + 0.5, 0.0, 1.0));
      if (inside <= 0.0f) {
        img.set(x, y, bg);
        continue;
      }
      Rgb c{f[0], f[1], f[2]};
      if (fine > 0.0f) {
        const float hair_side =
            std::clamp(sample_or(look.hairline_sd_mm, p, -20.0f) / 4.0f + 0.5f, 0.0f, 1.0f);
        const float pore_k = sp.forehead_pore_factor + (1.0f - sp.forehead_pore_factor) * hair_side;
        const float pore = pore_shade(p, sp.pore_cell_mm, sp.pore_radius_mm, look.seed, pore_cell);
        const float tex = value_noise(p, sp.fine_texture_cell_mm, look.seed ^ 0x77u, noise_cell);
        c = scale(
            c, 1.0f - fine * (sp.pore_darkening * pore_k * pore - sp.fine_texture_strength * tex));
      }
      img.set(x, y, mix(bg, c, inside));
    }
  }
}

}  // namespace smp::render
