// Shared by the hairline metric's scoring files (hairline_naturalness.cpp, hairline_contour.cpp):
// the edge bin width and the contour step. Not for other metrics.
#pragma once
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "core/scoring/hairline_naturalness/hairline_naturalness.hpp"
#include "core/scoring/score_curves.hpp"

namespace smp::core::hairline_detail {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The edge bin width in whole mm, as the per-bin measures count it.
inline int whole_bin_mm(const HairlineParams& p) {
  return std::max(1, static_cast<int>(std::lround(p.edge_bin_mm)));
}

// Rules 14-16, the shape of the edge line (NaN where not measurable).
struct ContourMeasures {
  double macro_residual_mm = kNaN;
  double micro_rms_mm = kNaN;
  double sentinels_per_cm = 0.0;
  double symmetry_mm = kNaN;
};
// Scores macro shape, micro-irregularity with sentinels (`sentinels`: kept dots ahead of the 10%
// contour, in the bins within 5 mm of the canthus lines), and symmetry: appends their components
// to `parts` and their feedback and spots to `res`, in that order.
ContourMeasures score_hairline_contour(const ScoringContext& ctx, const HairlineEdge& e,
                                       int sentinels, Vec2 mid_spot, MetricResult& res,
                                       std::vector<ScorePart>& parts);

}  // namespace smp::core::hairline_detail
