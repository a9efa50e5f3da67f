// The hairline an expert would design for the client (notes N110-N115, N44-N55): position
// from facial landmarks, sex- and age-appropriate shape, seeded macro- and micro-irregularity.
#include <algorithm>
#include <array>
#include <cmath>

#include "core/scalp/generators/generators_internal.hpp"

namespace smp::core {
namespace {

// Control points of the right half as (x, y offset from the mid-frontal point), midline first.
struct HalfDesign {
  std::array<Vec2, 7> points;
};

HalfDesign male_half(double cx) {
  // Mature male: convex/V-ish, corners ~2 cm behind the midline on the canthus line, a small
  // central tuft, the temple recess left open down to the temporal peak (notes N46, N50-N51, N54).
  return {{{{0.0, 0.0},
            {0.18 * cx, 2.5},
            {0.42 * cx, 4.0},
            {0.72 * cx, 9.0},
            {cx, 20.0},
            {cx + 8.0, 22.0},
            {cx + 15.0, -3.0}}}};
}

HalfDesign female_half(double cx, double widows_peak_mm) {
  // Female: rounder, corners barely recessed, a slight widow's peak (notes N37, N52-N53).
  return {{{{0.0, 0.0},
            {0.14 * cx, widows_peak_mm},
            {0.4 * cx, widows_peak_mm + 1.0},
            {0.72 * cx, widows_peak_mm + 3.5},
            {cx, widows_peak_mm + 8.0},
            {cx + 7.0, widows_peak_mm + 10.0},
            {cx + 14.0, widows_peak_mm - 4.0}}}};
}

// Catmull-Rom (uniform) through the points, sampled at about step_mm, keeping x increasing.
Polyline smooth_open(const Polyline& ctrl, double step_mm) {
  Polyline out;
  const std::size_t n = ctrl.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const Vec2 p0 = ctrl[i == 0 ? 0 : i - 1];
    const Vec2 p1 = ctrl[i];
    const Vec2 p2 = ctrl[i + 1];
    const Vec2 p3 = ctrl[std::min(i + 2, n - 1)];
    const int k = std::max(1, static_cast<int>(std::ceil(distance_mm(p1, p2) / step_mm)));
    for (int j = 0; j < k; ++j) {
      const double t = static_cast<double>(j) / k;
      const double t2 = t * t;
      const double t3 = t2 * t;
      const Vec2 p =
          0.5 * ((2.0 * p1) + (-p0 + p2) * t + (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3) * t2 +
                 (-p0 + 3.0 * p1 - 3.0 * p2 + p3) * t3);
      if (out.empty() || p.x > out.back().x + 1e-6) out.push_back(p);
    }
  }
  if (out.empty() || ctrl.back().x > out.back().x + 1e-6) out.push_back(ctrl.back());
  return out;
}

}  // namespace

Polyline recommended_hairline_mm(const Scalp& scalp) {
  return recommended_hairline_mm(scalp, ScalpGenParams{});
}

Polyline recommended_hairline_mm(const Scalp& scalp, const ScalpGenParams& params) {
  Rng rng = scalpgen::stream(scalp.spec.seed, scalpgen::StreamTag::Hairline);
  const ClientProfile& who = scalp.spec.profile;
  const bool female = who.sex == Sex::Female;
  double mid_y = female ? params.design_female_mid_frontal_mm : params.design_male_mid_frontal_mm;
  if (!female && who.age_years >= params.design_older_male_age_years)
    mid_y += params.design_older_male_extra_mm;
  // Female pattern loss preserves the hairline (notes N59): never design in front of the existing
  // natural one. Levels for women set ChartParams::mid_frontal_height_mm near 62 mm (notes N53).
  if (female) mid_y = std::max(mid_y, scalp.chart.landmarks.mid_frontal_point_mm.y);
  const double cx = scalp.chart.landmarks.lateral_canthus_x_mm;
  const HalfDesign half = female ? female_half(cx, params.design_widows_peak_mm) : male_half(cx);

  // Each side gets its own height offset (no perfect symmetry) and every point a little jitter;
  // the FTA x stays on the canthus line (notes N46), so only y is jittered there.
  const double left_dy = rng.normal(0.0, params.design_asymmetry_sd_mm);
  const double right_dy = rng.normal(0.0, params.design_asymmetry_sd_mm);
  const double mid_dx = rng.normal(0.0, params.design_micro_sd_mm);
  Polyline ctrl;
  for (std::size_t i = half.points.size(); i-- > 1;) {
    const Vec2 p = half.points[i];
    const double jx = (i == 4) ? 0.0 : rng.normal(0.0, params.design_micro_sd_mm) * 0.5;
    const double side_share = std::min(1.0, p.x / cx);
    ctrl.push_back({-p.x + jx, mid_y + p.y + left_dy * side_share +
                                   rng.normal(0.0, params.design_micro_sd_mm)});
  }
  ctrl.push_back({mid_dx, mid_y});
  for (std::size_t i = 1; i < half.points.size(); ++i) {
    const Vec2 p = half.points[i];
    const double jx = (i == 4) ? 0.0 : rng.normal(0.0, params.design_micro_sd_mm) * 0.5;
    const double side_share = std::min(1.0, p.x / cx);
    ctrl.push_back({p.x + jx, mid_y + p.y + right_dy * side_share +
                                  rng.normal(0.0, params.design_micro_sd_mm)});
  }
  return smooth_open(ctrl, 2.0);
}

}  // namespace smp::core
