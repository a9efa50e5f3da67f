// Hand-built scalps for render tests: the real chart, a density field we control (so the tests
// do not depend on the hair-loss generators), optional scars.
#pragma once
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/base/rng.hpp"
#include "core/dot.hpp"
#include "core/scalp/chart.hpp"
#include "core/scalp/scalp.hpp"
#include "render/view.hpp"

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
      const core::Vec2 p = s.hair_density_per_cm2.centre_of(c, r);
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

// A w x h px view centred on `centre_mm` at `px_per_mm`.
inline View close_up(core::Vec2 centre_mm, double px_per_mm, int w, int h) {
  View v;
  v.centre_mm = centre_mm;
  v.px_per_mm = px_per_mm;
  v.width_px = w;
  v.height_px = h;
  return v;
}

// n healed dots spread over `area`, of mixed size and darkness, every seventh blown out.
inline std::vector<core::HealedDot> random_dots(int n, core::RectMm area, std::uint64_t seed) {
  core::Rng rng(seed);
  std::vector<core::HealedDot> dots;
  for (int i = 0; i < n; ++i) {
    core::HealedDot d;
    d.pos_mm = {rng.uniform(area.min_mm.x, area.max_mm.x),
                rng.uniform(area.min_mm.y, area.max_mm.y)};
    d.diameter_mm = rng.uniform(0.1, 0.5);
    d.darkness = rng.uniform(0.3, 1.0);
    d.blown_out = i % 7 == 0;
    d.blue_shift = d.blown_out ? 0.6 : 0.0;
    dots.push_back(d);
  }
  return dots;
}

}  // namespace smp::render::test
