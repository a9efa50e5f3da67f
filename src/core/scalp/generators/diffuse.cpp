// Diffuse thinning (notes N124, N35): less density everywhere, pattern preserved.
#include <algorithm>

#include "core/scalp/generators/generators_internal.hpp"

namespace smp::core::scalpgen {

void add_diffuse_loss(const Chart& chart, double remaining_fraction, const FieldGrid& inside_mm,
                      const ScalpGenParams& params, Rng rng, FieldGrid& loss) {
  const double base = 1.0 - std::clamp(remaining_fraction, 0.0, 1.0);
  const BoundaryNoise variation(rng, chart.bounds_mm, params.loss_noise_cell_mm * 2.0, 1.0);
  for (int r = 0; r < loss.rows; ++r) {
    for (int c = 0; c < loss.cols; ++c) {
      if (inside_mm.at(c, r) < 0.0f) continue;
      const Vec2 p = loss.centre_of(c, r);
      const double l =
          std::clamp(base * (1.0 + params.diffuse_noise * variation.offset_mm(p)), 0.0, 1.0);
      loss.at(c, r) = std::max(loss.at(c, r), static_cast<float>(l));
    }
  }
}

}  // namespace smp::core::scalpgen
