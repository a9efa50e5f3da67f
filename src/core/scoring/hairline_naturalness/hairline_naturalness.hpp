// Scores the frontal hairline the trainee made: position, temple angles, transition ramp,
// irregularity, symmetry, edge dots and agreement with the plan (notes R11-R17).
// Not for density elsewhere on the scalp (density_uniformity) nor for colour (colour_match).
#pragma once
#include <vector>

#include "core/report.hpp"
#include "core/scoring/context.hpp"

namespace smp::core {

// True when the level involves the frontal hairline: it asks for a mockup, gives a hairline, or
// targets the hairline band (or the frontal zone of a client who has lost the frontal hairline).
bool hairline_applies(const Level& level, const Scalp& scalp);

// The hairline the work is judged against: the trainee's mockup on a mockup level (the recommended
// line while none is drawn), the level's given line, else the recommended line where a hairline
// applies; empty when none does.
Polyline planned_hairline(const Level& level, const Scalp& scalp, const Attempt& attempt);

// The band the mid-frontal point should sit in, mm above the glabella, for this client (notes R11).
struct HairlineBand {
  double min_mm = 75.0;
  double max_mm = 90.0;
  double fatal_below_mm = 67.0;
  bool from_given_hairline = false;
};
HairlineBand hairline_height_band(const Level& level, const Scalp& scalp,
                                  const HairlineParams& params);

// The measured leading edge: per x bin, the front-most y where density reaches the fraction of
// core (NaN where the bin has no edge). Exposed for overlays and tests.
struct HairlineEdge {
  double x0_mm = 0.0;  // centre of bin 0
  double bin_mm = 2.0;
  std::vector<double> edge_y_mm;  // edge_fraction contour
  std::vector<double> low_y_mm;   // ramp_low_fraction contour (10%)
  std::vector<double> high_y_mm;  // ramp_high_fraction contour (90%)
  double core_density_per_cm2 = 0.0;
  double x_of(std::size_t i) const { return x0_mm + bin_mm * static_cast<double>(i); }
};
HairlineEdge measure_hairline_edge(const ScoringContext& ctx);

MetricResult score_hairline_naturalness(const ScoringContext& ctx);

}  // namespace smp::core
