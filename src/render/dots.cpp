#include "render/dots.hpp"

#include <algorithm>
#include <cmath>

#include "render/noise.hpp"
#include "render/raster.hpp"

namespace smp::render {
namespace {
double reach_factor(const core::HealedDot& dot, const DotLookParams& dp) {
  return dot.blown_out ? std::max(dp.blown_out_halo, 1.0 + dp.blown_out_softness)
                       : 1.0 + dp.edge_softness;
}
}  // namespace

Rgb dot_transmittance(const core::HealedDot& dot, const DotLookParams& dp) {
  return mix(to_rgb(dp.ink_transmittance), to_rgb(dp.blue_transmittance),
             static_cast<float>(std::clamp(dot.blue_shift, 0.0, 1.0)));
}

PixelRect dot_pixels(const View& view, const core::HealedDot& dot, const DotLookParams& dp) {
  const double reach = dot.diameter_mm * 0.5 * reach_factor(dot, dp) + 1.5 / view.px_per_mm;
  return view.pixels_of(
      {dot.pos_mm - core::Vec2{reach, reach}, dot.pos_mm + core::Vec2{reach, reach}}, 1.0);
}

void draw_dot(Image& img, const View& view, const PixelRect& clip_in, const core::HealedDot& dot,
              const DotLookParams& dp) {
  if (!dot.kept || dot.darkness <= 0.0 || dot.diameter_mm <= 0.0) return;
  const PixelRect clip = clip_in.intersect(img.rect());
  const Rgb t = dot_transmittance(dot, dp);
  const float strength = static_cast<float>(std::clamp(dot.darkness, 0.0, 1.0));
  const core::Vec2 c = view.mm_to_px(dot.pos_mm);
  const double r_px = dot.diameter_mm * 0.5 * view.px_per_mm;
  if (r_px < 1.0 && !dot.blown_out) {
    // Below a pixel the shape is invisible; what counts is the ink: area x darkness, plus the
    // scattered shadow around it (a disc of scatter_factor x the radius, weighted to match the
    // radial falloff drawn at higher zoom: mean of (1-u)^2 over the disc = 1/6).
    const double scatter_r = r_px * dp.scatter_factor;
    splat_disc(img, clip, c,
               std::sqrt(r_px * r_px + scatter_r * scatter_r * dp.scatter_strength / 6.0), t,
               strength, true);
    return;
  }
  const double soft = dot.blown_out ? dp.blown_out_softness : dp.edge_softness;
  const double halo = dot.blown_out ? dp.blown_out_halo : 0.0;
  const PixelRect r = dot_pixels(view, dot, dp).intersect(clip);
  // Pigment granules: hash noise on a lattice ~1/8 of the dot, seeded by the dot's position.
  const auto dot_seed = static_cast<std::uint32_t>(std::llround(dot.pos_mm.x * 977.0) * 31 +
                                                   std::llround(dot.pos_mm.y * 1009.0));
  const double grain_cell_px = std::max(1.0, r_px / 4.0);
  const float grain =
      dp.grain_strength * static_cast<float>(std::clamp((r_px - 2.0) / 4.0, 0.0, 1.0));
  const Rgb halo_t = to_rgb(dp.blue_transmittance);
  for (int y = r.y0; y < r.y1; ++y)
    for (int x = r.x0; x < r.x1; ++x) {
      const double dx = x + 0.5 - c.x, dy = y + 0.5 - c.y;
      const double u = std::sqrt(dx * dx + dy * dy) / r_px;  // 1 at the nominal edge
      // Soft edge centred on the nominal radius, plus a denser core: ink in the dermis.
      const double edge = std::clamp((1.0 + soft * 0.5 - u) / std::max(soft, 1e-3), 0.0, 1.0);
      double a = edge * edge * (3.0 - 2.0 * edge) * (0.82 + 0.18 * std::max(0.0, 1.0 - u * u));
      if (grain > 0.0f && a > 0.0)
        a *= 1.0 - grain * hash01(static_cast<std::int64_t>(std::floor(dx / grain_cell_px)),
                                  static_cast<std::int64_t>(std::floor(dy / grain_cell_px)),
                                  dot_seed);
      if (u < dp.scatter_factor) {
        const double sc = 1.0 - u / dp.scatter_factor;
        a = std::max(a, sc * sc * dp.scatter_strength);
      }
      if (a > 0.0) img.multiply(x, y, t, static_cast<float>(a) * strength);
      if (halo > 0.0 && u < halo) {
        const double h = 1.0 - u / halo;
        img.multiply(x, y, halo_t, static_cast<float>(h * h) * dp.halo_strength * strength);
      }
    }
}

}  // namespace smp::render
