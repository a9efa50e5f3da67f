// The fronto-temporal angles (notes R12, N46, N50, N52): the recess in front of each FTA
// must stay open; probed as a disc of kept dots against the core density. Part of
// hairline_naturalness.
#include <numbers>

#include "core/base/text_format.hpp"
#include "core/scoring/hairline_naturalness/hairline_internal.hpp"
#include "core/spatial/spatial_index.hpp"

namespace smp::core::hairline_detail {

TempleMeasures measure_temples(const SpatialIndex& kept, const Landmarks& lm,
                               const HairlineParams& p, double core_density_per_cm2) {
  TempleMeasures t;
  const Vec2 ftas[2] = {lm.left_fta_mm, lm.right_fta_mm};
  const double r2 = p.temple_probe_radius_mm * p.temple_probe_radius_mm;
  const double area_cm2 = std::numbers::pi * r2 / 100.0;
  for (std::size_t side = 0; side < 2; ++side) {
    const Vec2 probe = ftas[side] - Vec2(0.0, p.temple_probe_ahead_mm);
    int count = 0;  // kept dots in the probe disc, from the index (not a pass over all dots)
    kept.for_each_near_canonical(probe, p.temple_probe_radius_mm, [&](std::size_t k) {
      const Vec2 d = kept.canonical_point(k) - probe;
      if (d.x * d.x + d.y * d.y <= r2) ++count;
    });
    t.probe_mm[side] = probe;
    t.fraction[side] = core_density_per_cm2 > 0 ? count / area_cm2 / core_density_per_cm2 : 0;
  }
  return t;
}

AspectScore score_temples(const TempleMeasures& t, const HairlineParams& p) {
  double s_temple = 0.0;
  bool fatal = false;
  for (const double f : t.fraction) {
    s_temple += 0.5 * ramp_score(f, p.temple_open_fraction, p.temple_filled_fraction);
    if (f > p.temple_open_fraction && f >= p.temple_filled_fraction) fatal = true;
  }
  return {ScorePart{"temples", s_temple, p.w_temples}, fatal};
}

void write_temple_feedback(const TempleMeasures& t, const HairlineParams& p, MetricResult& res) {
  for (std::size_t side = 0; side < 2; ++side)
    if (t.fraction[side] > p.temple_open_fraction)
      res.spots.push_back({t.probe_mm[side], "temple_filled"});
  if (t.fraction[0] > p.temple_open_fraction || t.fraction[1] > p.temple_open_fraction)
    res.feedback.push_back(
        fmt("The fronto-temporal angles are filled in (density in front of the corners is %.0f%% / "
            "%.0f%% of the core): leave the temple recesses open on the lateral-canthus lines.",
            100 * t.fraction[0], 100 * t.fraction[1]));
}

}  // namespace smp::core::hairline_detail
