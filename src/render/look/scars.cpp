#include "render/look/scars.hpp"

#include <algorithm>
#include <cmath>

#include "render/image/raster.hpp"
#include "render/look/noise.hpp"

namespace smp::render {
namespace {

const Rgb kWhite{1.0f, 1.0f, 1.0f};

void draw_line_scar(Image& img, const View& view, const PixelRect& clip, const core::Scar& s,
                    const ScalpLook& look, const ScarLookParams& sp) {
  const double half = std::max(s.width_mm * 0.5, 0.05);
  const double reach = half + sp.ridge_width_mm + 2.0 / view.px_per_mm;
  const core::RectMm box{s.bounds_mm.min_mm - core::Vec2{reach, reach},
                         s.bounds_mm.max_mm + core::Vec2{reach, reach}};
  const PixelRect r = view.pixels_of(box).intersect(clip);
  const Rgb pale = to_rgb(sp.hypopigmented);
  const float hypo = static_cast<float>(std::clamp(s.tissue.hypopigmentation, 0.0, 1.0));
  const double mm_per_px = view.mm_per_px();
  for (int y = r.y0; y < r.y1; ++y)
    for (int x = r.x0; x < r.x1; ++x) {
      const core::Vec2 p = view.pixel_centre_mm(x, y);
      const double d = core::distance_to_polyline_mm(p, s.path_mm);
      if (d > reach) continue;
      Rgb c = img.get(x, y);
      // Raised edge: a faint light lip just inside, a soft shadow just outside.
      const double out = (d - half) / sp.ridge_width_mm;
      if (out > 0.0 && out < 1.0)
        c = scale(c, 1.0f - sp.ridge_shade * static_cast<float>(1.0 - out) * 0.7f);
      const float cov = static_cast<float>(std::clamp((half - d) / mm_per_px + 0.5, 0.0, 1.0));
      if (cov > 0.0f) {
        const float across = static_cast<float>(std::clamp(d / half, 0.0, 1.0));
        const float streak = 0.5f + 0.5f * value_noise(p, 3.0, look.seed ^ 0x5CA5u);
        Rgb tissue = mix(c, pale, hypo * (0.75f + 0.25f * streak));
        tissue = mix(tissue, kWhite, sp.shine * (1.0f - across * across));
        if (across > 0.7f) tissue = mix(tissue, kWhite, sp.ridge_shade * (across - 0.7f) / 0.3f);
        c = mix(c, tissue, cov);
      }
      img.set(x, y, c);
    }
}

void draw_area_scar(Image& img, const View& view, const PixelRect& clip, const core::Scar& s,
                    const ScalpLook& look, const ScarLookParams& sp) {
  const PixelRect r = view.pixels_of(s.bounds_mm).intersect(clip);
  const Rgb pale = to_rgb(sp.hypopigmented);
  const float hypo = static_cast<float>(std::clamp(s.tissue.hypopigmentation, 0.0, 1.0));
  const double mm_per_px = view.mm_per_px();
  for (int y = r.y0; y < r.y1; ++y)
    for (int x = r.x0; x < r.x1; ++x) {
      const core::Vec2 p = view.pixel_centre_mm(x, y);
      const bool inside = core::point_in_polygon(p, s.outline_mm);
      const double d = core::distance_to_polyline_mm(p, s.outline_mm) *
                       (inside ? 1.0 : -1.0);  // + inside (the closing edge is missed: fine)
      const float cov = static_cast<float>(std::clamp(d / mm_per_px + 0.5, 0.0, 1.0));
      if (cov <= 0.0f) continue;
      const float blotch = fractal_noise(p, 6.0, 2, look.seed ^ 0xB10Fu);
      const float edge = static_cast<float>(std::clamp(d / 3.0, 0.0, 1.0));
      Rgb c = img.get(x, y);
      Rgb tissue = mix(
          c, pale, hypo * edge * std::clamp(0.8f + sp.mottle_strength * 4.0f * blotch, 0.0f, 1.0f));
      tissue = mix(tissue, kWhite, sp.shine * 0.6f * edge);
      img.set(x, y, mix(c, tissue, cov));
    }
}

}  // namespace

void draw_scars(Image& img, const View& view, const PixelRect& clip_in, const core::Scalp& scalp,
                const ScalpLook& look, const ScarLookParams& sp) {
  const PixelRect clip = clip_in.intersect(img.rect());
  if (clip.empty()) return;
  const Rgb pale = to_rgb(sp.hypopigmented);
  for (const core::Scar& s : scalp.scars) {
    if (s.path_mm.size() >= 2) draw_line_scar(img, view, clip, s, look, sp);
    if (s.outline_mm.size() >= 3) draw_area_scar(img, view, clip, s, look, sp);
    const float hypo = static_cast<float>(std::clamp(s.tissue.hypopigmentation, 0.0, 1.0));
    for (std::size_t i = 0; i < s.punctures_mm.size(); ++i) {
      const double dia = i < s.puncture_diameters_mm.size() ? s.puncture_diameters_mm[i] : 0.8;
      const core::Vec2 c = view.mm_to_px(s.punctures_mm[i]);
      const double rad = dia * 0.5 * view.px_per_mm;
      splat_disc(img, clip, c, rad, pale, 0.55f + 0.4f * hypo, false);
      if (rad > 2.0) fill_disc(img, clip, c, rad * 0.45, rad * 0.4, kWhite, sp.shine * 1.5f);
    }
  }
}

}  // namespace smp::render
