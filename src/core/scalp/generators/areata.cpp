// Alopecia areata (notes N123, N60): sharply bounded round/oval bald patches of 1-4 cm
// inside the hair region, and the optional ophiasis band along the temporal-occipital margin.
#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/scalp/generators/generators_internal.hpp"

namespace smp::core::scalpgen {
namespace {

bool patch_inside_hair(const Chart& chart, const AreataPatch& a) {
  const Vec2 major{std::cos(a.angle_rad), std::sin(a.angle_rad)};
  const Vec2 minor{-major.y, major.x};
  constexpr int kRimSamples = 16;
  if (!in_natural_hair_region(chart, a.centre_mm)) return false;
  for (int i = 0; i < kRimSamples; ++i) {
    const double t = 2.0 * std::numbers::pi * i / kRimSamples;
    const Vec2 p = a.centre_mm + 0.5 * a.major_diameter_mm * std::cos(t) * major +
                   0.5 * a.minor_diameter_mm * std::sin(t) * minor;
    if (!in_natural_hair_region(chart, p)) return false;
  }
  return true;
}

// Signed distance-like measure, mm, positive inside the oval.
double inside_patch_mm(const AreataPatch& a, Vec2 p) {
  const Vec2 d = p - a.centre_mm;
  const double u = d.x * std::cos(a.angle_rad) + d.y * std::sin(a.angle_rad);
  const double v = -d.x * std::sin(a.angle_rad) + d.y * std::cos(a.angle_rad);
  const double ra = 0.5 * a.major_diameter_mm;
  const double rb = 0.5 * a.minor_diameter_mm;
  return (1.0 - std::hypot(u / ra, v / rb)) * rb;
}
}  // namespace

std::vector<AreataPatch> add_areata_loss(const Chart& chart, const HairLossSpec& spec,
                                         const FieldGrid& inside_mm, const ScalpGenParams& params,
                                         Rng rng, FieldGrid& loss) {
  std::vector<AreataPatch> patches;
  const double dmin =
      std::clamp(std::min(spec.areata_min_diameter_mm, spec.areata_max_diameter_mm), 10.0, 40.0);
  const double dmax =
      std::clamp(std::max(spec.areata_min_diameter_mm, spec.areata_max_diameter_mm), 10.0, 40.0);
  const RectMm& b = chart.bounds_mm;
  const int wanted = std::max(spec.areata_patch_count, 0);
  constexpr int kTriesPerPatch = 400;
  for (int i = 0, tries = 0; i < wanted && tries < kTriesPerPatch * wanted; ++tries) {
    AreataPatch a;
    a.major_diameter_mm = rng.uniform(dmin, dmax);
    a.minor_diameter_mm =
        std::max(dmin, a.major_diameter_mm * rng.uniform(params.areata_min_aspect, 1.0));
    a.angle_rad = rng.uniform(0.0, std::numbers::pi);
    a.centre_mm = {rng.uniform(b.min_mm.x, b.max_mm.x), rng.uniform(b.min_mm.y, b.max_mm.y)};
    if (!patch_inside_hair(chart, a)) continue;
    // Patches may touch and coalesce a little, not stack (notes N60).
    const bool crowded = std::any_of(patches.begin(), patches.end(), [&](const AreataPatch& o) {
      return distance_mm(o.centre_mm, a.centre_mm) <
             0.35 * (o.major_diameter_mm + a.major_diameter_mm);
    });
    if (crowded) continue;
    patches.push_back(a);
    ++i;
  }

  const BoundaryNoise ragged(rng, chart.bounds_mm, params.loss_noise_cell_mm,
                             params.loss_noise_amplitude_mm);
  const double w = params.areata_edge_half_width_mm;
  for (int r = 0; r < loss.rows; ++r) {
    for (int c = 0; c < loss.cols; ++c) {
      const double d = inside_mm.at(c, r);
      if (d < 0.0) continue;
      const Vec2 p = loss.centre_of(c, r);
      double l = 0.0;
      for (const AreataPatch& a : patches)
        l = std::max(l, smoothstep(-w, w, inside_patch_mm(a, p)));
      if (spec.areata_ophiasis) {
        const double a = std::abs(to_vertex_polar(chart, p).theta_rad);
        const double from_temples =
            smoothstep(params.areata_ophiasis_min_theta_deg - 8.0,
                       params.areata_ophiasis_min_theta_deg + 8.0, a * 180.0 / std::numbers::pi);
        const double in_band = params.areata_ophiasis_band_mm - d + ragged.offset_mm(p);
        l = std::max(l, from_temples * smoothstep(-w, w, in_band));
      }
      loss.at(c, r) = std::max(loss.at(c, r), static_cast<float>(l));
    }
  }
  return patches;
}

}  // namespace smp::core::scalpgen
