#include "render/look/hair.hpp"

#include <algorithm>
#include <cmath>

#include "render/image/raster.hpp"

namespace smp::render {

void draw_hair(Image& img, const View& view, const PixelRect& clip_in, const ScalpLook& look,
               const HairLookParams& hp) {
  const PixelRect clip = clip_in.intersect(img.rect());
  if (clip.empty() || look.bucket_start.empty()) return;
  const core::Vec2 a = view.px_to_mm({static_cast<double>(clip.x0), static_cast<double>(clip.y0)});
  const core::Vec2 b = view.px_to_mm({static_cast<double>(clip.x1), static_cast<double>(clip.y1)});
  const double reach = look.max_strand_mm + 1.0 / view.px_per_mm;
  auto col = [&](double x) {
    return std::clamp(static_cast<int>(std::floor((x - look.bounds_mm.min_mm.x) / look.bucket_mm)),
                      0, look.bucket_cols - 1);
  };
  auto row = [&](double y) {
    return std::clamp(static_cast<int>(std::floor((y - look.bounds_mm.min_mm.y) / look.bucket_mm)),
                      0, look.bucket_rows - 1);
  };
  const int c0 = col(a.x - reach), c1 = col(b.x + reach);
  const int r0 = row(a.y - reach), r1 = row(b.y + reach);
  // The follicle under the skin: the grey-blue "shadow" of a shaved head.
  const Rgb follicle = mix(look.hair, Rgb{0.35f, 0.40f, 0.48f}, 0.35f);
  const double ppm = view.px_per_mm;
  // A strand draws only within its length (or the under-skin shadow's) of its root, widened by
  // its stroke and the capsule's pixel of anti-aliasing: strands of a bucket that cannot reach
  // the clip are skipped before any transform (most of them, for a pan strip).
  const double reach_mm = std::max(look.max_strand_mm, hp.under_skin_length_mm) +
                          std::max(hp.under_skin_width_mm * 0.5, hp.follicle_radius_mm) + 3.0 / ppm;
  for (int r = r0; r <= r1; ++r)
    for (int c = c0; c <= c1; ++c) {
      const std::size_t bkt = static_cast<std::size_t>(r * look.bucket_cols + c);
      for (std::uint32_t i = look.bucket_start[bkt]; i < look.bucket_start[bkt + 1]; ++i) {
        const Strand& s = look.strands[i];
        const double m = reach_mm + s.width_mm * 0.5;
        if (s.root_mm.x < a.x - m || s.root_mm.x > b.x + m || s.root_mm.y < a.y - m ||
            s.root_mm.y > b.y + m)
          continue;
        const core::Vec2 root = view.mm_to_px(s.root_mm);
        const core::Vec2 tip = view.mm_to_px(s.tip_mm);
        const core::Vec2 along = s.tip_mm - s.root_mm;
        const double len = std::sqrt(along.x * along.x + along.y * along.y);
        if (len > 1e-9) {
          const core::Vec2 under =
              view.mm_to_px(s.root_mm - along * (hp.under_skin_length_mm / len));
          draw_capsule(img, clip, under, root, hp.under_skin_width_mm * ppm, follicle,
                       hp.under_skin_opacity);
        }
        splat_disc(img, clip, root, hp.follicle_radius_mm * ppm, follicle, hp.follicle_opacity,
                   false);
        const Rgb colour = scale(look.hair, s.tone);
        const core::Vec2 mid = (root + tip) * 0.5;
        draw_capsule(img, clip, root, mid, s.width_mm * ppm, colour, hp.strand_opacity);
        draw_capsule(img, clip, mid, tip, s.width_mm * ppm * 0.8, colour,
                     hp.strand_opacity * hp.tip_opacity);
      }
    }
}

}  // namespace smp::render
