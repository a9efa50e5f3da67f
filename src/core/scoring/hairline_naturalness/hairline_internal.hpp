// Shared by the hairline metric's scoring files (hairline_naturalness.cpp, hairline_contour.cpp):
// the component list, the linear ramp score. Not for other metrics.
#pragma once
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "core/scoring/hairline_naturalness/hairline_naturalness.hpp"

namespace smp::core::hairline_detail {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// One scored aspect of the hairline; the metric's score is their weighted mean.
struct Component {
  const char* name;
  double score;
  double weight;
};

// Linear ramp: 100 at or better than `good`, `floor` at or worse than `bad` (either direction).
inline double ramp_score(double v, double good, double bad, double floor = 0.0) {
  if (good == bad) return v <= good ? 100.0 : floor;
  const double t = std::clamp((v - good) / (bad - good), 0.0, 1.0);
  return 100.0 - t * (100.0 - floor);
}

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
                                       std::vector<Component>& parts);

}  // namespace smp::core::hairline_detail
