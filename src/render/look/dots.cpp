#include "render/look/dots.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/colour/dot_look.hpp"
#include "render/image/raster.hpp"
#include "render/look/noise.hpp"

namespace smp::render {
namespace {

double reach_factor(const core::HealedDot& dot, const DotLookParams& dp) {
  return dot.blown_out ? std::max(dp.blown_out_halo, 1.0 + dp.blown_out_softness)
                       : 1.0 + dp.edge_softness;
}

std::uint32_t dot_seed(const core::HealedDot& dot) {
  return static_cast<std::uint32_t>(std::llround(dot.pos_mm.x * 977.0) * 31 +
                                    std::llround(dot.pos_mm.y * 1009.0));
}

// The haze reaches a little beyond the visible dot (further for a blown-out one: deeper
// pigment scatters more).
double shadow_radius_mm(const core::HealedDot& dot, const DotLookParams& dp) {
  return dot.diameter_mm * 0.5 * reach_factor(dot, dp) + dp.shadow_spread_mm;
}

// The dermal haze: a smooth bump (1 - u^2)^4, mottled by pigment granules when zoomed in, whose
// weights are normalised over the WHOLE footprint (not just `clip`) so the haze always carries
// the same ink, however coarse the pixels, and strips drawn apart add up to the full dot.
void draw_shadow(Image& img, const View& view, const PixelRect& clip, const core::HealedDot& dot,
                 const DotLookParams& dp, core::Vec2 c, double r_px, double* total_cache) {
  const double budget_px = dp.shadow_gain * std::numbers::pi * r_px * r_px *
                           std::pow(std::clamp(dot.darkness, 0.0, 1.0), dp.shadow_darkness_gamma);
  if (budget_px <= 0.0) return;
  const double rk = std::max(shadow_radius_mm(dot, dp) * view.px_per_mm, 1.0);
  const PixelRect box{
      static_cast<int>(std::floor(c.x - rk)), static_cast<int>(std::floor(c.y - rk)),
      static_cast<int>(std::ceil(c.x + rk)) + 1, static_cast<int>(std::ceil(c.y + rk)) + 1};
  const double cell_px = dp.shadow_grain_cell_mm * view.px_per_mm;
  const double grain = dp.shadow_grain_strength * std::clamp((cell_px - 1.0) / 2.0, 0.0, 1.0);
  const std::uint32_t seed = dot_seed(dot) ^ 0x9e3779b9u;
  auto weight = [&](int x, int y) {
    const double dx = x + 0.5 - c.x, dy = y + 0.5 - c.y;
    const double u2 = (dx * dx + dy * dy) / (rk * rk);
    if (u2 >= 1.0) return 0.0;
    const double q = (1.0 - u2) * (1.0 - u2);
    double w = q * q;  // about a Gaussian of sigma ~ rk / 2.8: densest next to the core
    if (grain > 0.0)
      w *= 1.0 + grain * (2.0 * hash01(static_cast<std::int64_t>(std::floor(dx / cell_px)),
                                       static_cast<std::int64_t>(std::floor(dy / cell_px)), seed) -
                          1.0);
    return w;
  };
  const PixelRect r = box.intersect(clip);
  if (r.empty()) return;
  double total = total_cache != nullptr ? *total_cache : -1.0;
  if (total < 0.0) {
    total = 0.0;
    for (int y = box.y0; y < box.y1; ++y)
      for (int x = box.x0; x < box.x1; ++x) total += weight(x, y);
    if (total_cache != nullptr) *total_cache = total;
  }
  if (total <= 0.0) return;
  const Rgb colour =
      mix(dot_transmittance(dot, dp), to_rgb(dp.pigment.blue_transmittance), dp.shadow_blue);
  const double k = budget_px / total;
  for (int y = r.y0; y < r.y1; ++y)
    for (int x = r.x0; x < r.x1; ++x) {
      const double a = std::min(weight(x, y) * k, static_cast<double>(dp.shadow_max_alpha));
      if (a > 0.0) img.multiply(x, y, colour, static_cast<float>(a));
    }
}

}  // namespace

Rgb dot_transmittance(const core::HealedDot& dot, const DotLookParams& dp) {
  const core::SrgbUnit t = core::dot_transmittance(dot.blue_shift, dp.pigment);
  return {static_cast<float>(t.r), static_cast<float>(t.g), static_cast<float>(t.b)};
}

double dot_reach_mm(const core::HealedDot& dot, const DotLookParams& dp) {
  return shadow_radius_mm(dot, dp);  // the haze reaches beyond the core and the halo
}

PixelRect dot_pixels(const View& view, const core::HealedDot& dot, const DotLookParams& dp) {
  // The haze spans at least a pixel each side, however far out the view is.
  const double reach = dot_reach_mm(dot, dp) + 1.5 / view.px_per_mm;
  return view.pixels_of(
      {dot.pos_mm - core::Vec2{reach, reach}, dot.pos_mm + core::Vec2{reach, reach}}, 1.0);
}

void draw_dot(Image& img, const View& view, const PixelRect& clip_in, const core::HealedDot& dot,
              const DotLookParams& dp, double* haze_norm) {
  if (!dot.kept || dot.darkness <= 0.0 || dot.diameter_mm <= 0.0) return;
  const PixelRect clip = clip_in.intersect(img.rect());
  const Rgb t = dot_transmittance(dot, dp);
  const float strength = static_cast<float>(std::clamp(dot.darkness, 0.0, 1.0));
  const core::Vec2 c = view.mm_to_px(dot.pos_mm);
  const double r_px = dot.diameter_mm * 0.5 * view.px_per_mm;
  // Every pixel this dot can touch lies within its haze box (the haze reaches past the core and
  // the halo) plus the 2x2 splat: a dot wholly outside the clip costs nothing, not even the haze
  // normalisation over its whole footprint (the cost of a pan strip or an off-screen dot).
  const double reach_px = std::max(shadow_radius_mm(dot, dp) * view.px_per_mm, 1.0) + 2.0;
  if (PixelRect{static_cast<int>(std::floor(c.x - reach_px)),
                static_cast<int>(std::floor(c.y - reach_px)),
                static_cast<int>(std::ceil(c.x + reach_px)) + 1,
                static_cast<int>(std::ceil(c.y + reach_px)) + 1}
          .intersect(clip)
          .empty())
    return;
  draw_shadow(img, view, clip, dot, dp, c, r_px, haze_norm);
  if (r_px < 1.0 && !dot.blown_out) {
    // Below a pixel the core's shape is invisible; what counts is its ink: area x darkness.
    splat_disc(img, clip, c, r_px, t, strength, true);
    return;
  }
  const double soft = dot.blown_out ? dp.blown_out_softness : dp.edge_softness;
  const double halo = dot.blown_out ? dp.blown_out_halo : 0.0;
  const PixelRect r =
      view.pixels_of(
              {dot.pos_mm - core::Vec2{1.0, 1.0} * dot.diameter_mm * 0.5 * reach_factor(dot, dp),
               dot.pos_mm + core::Vec2{1.0, 1.0} * dot.diameter_mm * 0.5 * reach_factor(dot, dp)},
              1.0)
          .intersect(clip);
  // Pigment granules: hash noise on a lattice ~1/8 of the dot, seeded by the dot's position.
  const std::uint32_t seed = dot_seed(dot);
  const double grain_cell_px = std::max(1.0, r_px / 4.0);
  const float grain =
      dp.grain_strength * static_cast<float>(std::clamp((r_px - 2.0) / 4.0, 0.0, 1.0));
  const Rgb halo_t = to_rgb(dp.pigment.blue_transmittance);
  for (int y = r.y0; y < r.y1; ++y)
    for (int x = r.x0; x < r.x1; ++x) {
      const double dx = x + 0.5 - c.x, dy = y + 0.5 - c.y;
      const double u = std::sqrt(dx * dx + dy * dy) / r_px;  // 1 at the nominal edge
      // Soft edge centred on the nominal radius, plus a denser core: ink in the dermis.
      const double edge = std::clamp((1.0 + soft * 0.5 - u) / std::max(soft, 1e-3), 0.0, 1.0);
      double a = edge * edge * (3.0 - 2.0 * edge) * (0.82 + 0.18 * std::max(0.0, 1.0 - u * u));
      if (grain > 0.0f && a > 0.0)
        a *= 1.0 - grain * hash01(static_cast<std::int64_t>(std::floor(dx / grain_cell_px)),
                                  static_cast<std::int64_t>(std::floor(dy / grain_cell_px)), seed);
      if (a > 0.0) img.multiply(x, y, t, static_cast<float>(a) * strength);
      if (halo > 0.0 && u < halo) {
        const double h = 1.0 - u / halo;
        img.multiply(x, y, halo_t, static_cast<float>(h * h) * dp.halo_strength * strength);
      }
    }
}

}  // namespace smp::render
