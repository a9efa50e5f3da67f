// Hand-built scalps for render tests: the real chart, a density field we control (so the tests
// do not depend on the hair-loss generators), optional scars.
#pragma once
#include <algorithm>
#include <cmath>

#include "core/chart.hpp"
#include "core/scalp.hpp"

namespace smp::render::test {

// A Norwood-VI-like head when `bald_top`, else a full head (Norwood I), 85 FU/cm^2 where hair
// grows.
inline core::Scalp make_scalp(bool bald_top, int fitzpatrick = 3,
                              core::HairColour hair = core::HairColour::DarkBrown,
                              std::uint64_t seed = 7) {
  core::Scalp s;
  s.spec.seed = seed;
  s.spec.profile.fitzpatrick = fitzpatrick;
  s.spec.profile.hair_colour = hair;
  s.chart = core::make_chart(s.spec.chart);
  s.natural_density_per_cm2 = core::FieldGrid::covering(s.chart.bounds_mm, 2.0);
  s.hair_density_per_cm2 = s.natural_density_per_cm2;
  for (int r = 0; r < s.hair_density_per_cm2.rows; ++r)
    for (int c = 0; c < s.hair_density_per_cm2.cols; ++c) {
      const core::Vec2 p = s.hair_density_per_cm2.cell_centre_mm(c, r);
      if (!core::in_natural_hair_region(s.chart, p)) continue;
      s.natural_density_per_cm2.at(c, r) = 85.0f;
      double keep = 1.0;
      if (bald_top) {
        // Bald where |x| < 95 and in front of y = 255, with a 15 mm soft edge: the horseshoe.
        const double side = std::clamp((std::abs(p.x) - 95.0) / 15.0, 0.0, 1.0);
        const double back = std::clamp((p.y - 255.0) / 15.0, 0.0, 1.0);
        keep = std::max(side, back);
      }
      s.hair_density_per_cm2.at(c, r) = static_cast<float>(85.0 * keep);
    }
  return s;
}

inline core::Scar make_fut_scar() {
  core::Scar scar;
  scar.kind = core::ScarKind::FutStrip;
  for (double x = -90.0; x <= 90.0; x += 10.0) scar.path_mm.push_back({x, 300.0 - 0.002 * x * x});
  scar.width_mm = 2.0;
  scar.bounds_mm = {{-90.0, 283.0}, {90.0, 301.0}};
  return scar;
}

}  // namespace smp::render::test
