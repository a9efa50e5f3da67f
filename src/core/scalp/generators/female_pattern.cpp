// Female pattern hair loss (notes N122, N59): Ludwig I-III diffuse thinning of an oval
// over the crown and mid-scalp behind a preserved frontal hairline, and the Savin frontal /
// Olsen "Christmas tree" variant, widest at the front along a widened part.
#include <algorithm>
#include <cmath>

#include "core/scalp/generators/generators_internal.hpp"

namespace smp::core::scalpgen {

void add_ludwig_loss(const Chart& chart, const HairLossSpec& spec, const FieldGrid& inside_mm,
                     const ScalpGenParams& params, Rng rng, FieldGrid& loss) {
  const int grade = std::clamp(spec.ludwig_grade, 1, 3);
  const auto g = static_cast<std::size_t>(grade - 1);
  const double peak = std::clamp(1.0 - spec.remaining_density_fraction, params.ludwig_min_loss[g],
                                 params.ludwig_max_loss[g]);
  // Diffuse, not sharp: the noise modulates the amount of loss, not a boundary.
  const BoundaryNoise patchiness(rng, chart.bounds_mm, params.loss_noise_cell_mm * 2.0, 1.0);
  const Polyline hairline = natural_hairline_mm(chart);
  const double whorl_y = chart.landmarks.crown_whorl_mm.y;
  const bool savin = spec.pattern == LossPattern::Savin || spec.savin_frontal;
  const double start_behind =
      savin ? params.savin_start_behind_hairline_mm : params.ludwig_start_behind_hairline_mm;

  for (int r = 0; r < loss.rows; ++r) {
    for (int c = 0; c < loss.cols; ++c) {
      if (inside_mm.at(c, r) < 0.0f) continue;
      const Vec2 p = loss.centre_of(c, r);
      const double behind = p.y - hairline_y_at(hairline, p.x);
      // The frontal band is preserved: nothing lost before start_behind (notes N59).
      const double keep_front = smoothstep(start_behind - 2.0, start_behind + 12.0, behind);
      if (keep_front <= 0.0) continue;
      const double y0 = hairline_y_at(hairline, 0.0) + start_behind;
      const double y1 = whorl_y + params.ludwig_end_behind_whorl_mm;
      double amount = 0.0;
      double part_loss = 0.0;
      if (!savin) {
        // An oval from y0 to y1, thinning most in its middle.
        const Vec2 centre{0.0, 0.5 * (y0 + y1)};
        const double rho =
            std::hypot(p.x / params.ludwig_half_width_mm, (p.y - centre.y) / (0.5 * (y1 - y0)));
        amount = 1.0 - smoothstep(1.0 - params.ludwig_edge_softness, 1.0, rho);
      } else {
        // Christmas tree: half-width shrinking from the front to the crown, plus the part.
        const double t = std::clamp((p.y - y0) / (y1 - y0), 0.0, 1.0);
        const double half =
            params.savin_front_half_width_mm +
            (params.savin_back_half_width_mm - params.savin_front_half_width_mm) * t;
        const double part_half =
            params.savin_part_front_half_width_mm +
            (params.savin_part_back_half_width_mm - params.savin_part_front_half_width_mm) * t;
        const double along = 1.0 - smoothstep(y1 - 20.0, y1 + 10.0, p.y);
        const double tree = 1.0 - smoothstep(half * 0.5, half, std::abs(p.x));
        const double part = 1.0 - smoothstep(part_half, part_half + 2.5, std::abs(p.x));
        amount = along * tree;
        part_loss = along * part * params.savin_part_loss;
      }
      const double modulation = 1.0 + params.female_patchiness * patchiness.offset_mm(p);
      const double l =
          std::clamp(std::max(peak * amount * modulation, part_loss) * keep_front, 0.0, 1.0);
      loss.at(c, r) = std::max(loss.at(c, r), static_cast<float>(l));
    }
  }
}

}  // namespace smp::core::scalpgen
