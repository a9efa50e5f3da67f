// The hairline metric's steps and their small results, shared by its files: measure (position,
// temples, edge dots and ramp, contour, plan) -> score parts -> feedback and spots -> stats.
// Internal to hairline_naturalness; not for other metrics.
#pragma once
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <span>
#include <vector>

#include "core/base/order_free_sum.hpp"
#include "core/scoring/hairline_naturalness/hairline_naturalness.hpp"
#include "core/scoring/score_curves.hpp"

namespace smp::core {
class SpatialIndex;  // spatial/spatial_index.hpp
}

namespace smp::core::hairline_detail {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The edge bin width in whole mm, as the per-bin measures count it.
inline int whole_bin_mm(const HairlineParams& p) {
  return std::max(1, static_cast<int>(std::lround(p.edge_bin_mm)));
}

// Which bins each measure reads: the profile and edge dots stay 8 mm inside the lateral-canthus
// lines, the contour and sentinels 5 mm inside (the temple corners bend the edge there).
constexpr double kProfileInsetMm = 8.0;
constexpr double kContourInsetMm = 5.0;
inline bool is_profile_bin(const HairlineEdge& e, std::size_t i, double canthus_x_mm) {
  return std::isfinite(e.edge_y_mm[i]) && std::abs(e.x_of(i)) <= canthus_x_mm - kProfileInsetMm;
}

// One aspect's share of the score: its part (none when it could not be measured) and whether
// it is a fault that fails the hairline whatever the rest says.
struct AspectScore {
  std::optional<ScorePart> part;
  bool fatal = false;
};

// ---------------------------------------------------------------- position (notes R11)
constexpr double kMidHalfWidthMm = 10.0;  // the bins the mid-frontal point is measured on
struct HairlinePosition {
  bool found = false;  // some bin within kMidHalfWidthMm of the midline has an edge
  HairlineBand band;
  double height_mm = kNaN;  // the median edge of those bins, above the glabella
  Vec2 mid_spot_mm{0.0, 0.0};
};
HairlinePosition measure_position(const HairlineEdge& e, double glabella_y_mm, HairlineBand band);
AspectScore score_position(const HairlinePosition& pos, const HairlineParams& p);
void write_position_feedback(const HairlinePosition& pos, const ClientProfile& client,
                             MetricResult& res);

// ---------------------------------------------------------------- temples (notes R12)
struct TempleMeasures {
  std::array<Vec2, 2> probe_mm{};            // left, right: in front of each FTA
  std::array<double, 2> fraction{0.0, 0.0};  // probe density / core density
};
TempleMeasures measure_temples(const SpatialIndex& kept, const Landmarks& lm,
                               const HairlineParams& p, double core_density_per_cm2);
AspectScore score_temples(const TempleMeasures& t, const HairlineParams& p);
void write_temple_feedback(const TempleMeasures& t, const HairlineParams& p, MetricResult& res);

// ---------------------------------------------------------------- edge dots (notes R13, R15, R17)
// Kept dots near the edge, tallied in one pass: every per-bin measure is a count or an
// order-free sum, so no per-bin lists of dots are needed. Distances behind the edge are keyed
// 2 * (floor + 10) + (not whole), whole distances apart, so a range with whole-mm ends [a, b]
// is exactly the keys 2 * (a + 10) .. 2 * (b + 10).
struct EdgeDots {
  static constexpr int kFirstMm = -10, kLastMm = 80;  // profile -10..45, TZ dots -2..80 (notes R17)
  struct Tally {
    int count = 0;
    OrderFreeSum diameter, darkness;
  };
  std::array<Tally, 2 * (kLastMm - kFirstMm + 1)> by_key{};  // bins of the profile (notes R13)
  int sentinels = 0;                                         // ahead of the 10% contour
  // Dots from a to b mm behind the edge, ends included (kFirstMm <= a, b <= kLastMm).
  Tally range(int a, int b) const;
};
// Tallies the kept healed dots in the profile bins by distance behind their bin's edge, and
// counts the sentinels: kept dots sentinel_ahead_min..max mm ahead of the 10% contour, in the
// bins at least kContourInsetMm inside the canthus lines.
EdgeDots tally_edge_dots(std::span<const HealedDot> healed, const HairlineEdge& e,
                         double canthus_x_mm, const HairlineParams& p);

// The density profile behind the edge, aligned at each profile bin's edge: entry k is the dots
// per cm^2 from kProfileFirstMm + k to kProfileFirstMm + k + 1 mm behind it.
constexpr int kProfileFirstMm = -10, kProfileLastMm = 45;
std::vector<double> edge_profile(const EdgeDots& near, const HairlineEdge& e, double canthus_x_mm,
                                 int bin_mm);

// The mean of the transition zone's diameter and darkness ratios to the core's (notes R17); NaN
// when there is no ramp or either side has fewer than 10 dots.
double measure_edge_core_ratio(const EdgeDots& near, double ramp_width_mm);
AspectScore score_edge_dots(double edge_core_ratio, const HairlineParams& p);
void write_edge_dots_feedback(double edge_core_ratio, const HairlineParams& p, MetricResult& res);

// ---------------------------------------------------------------- ramp (notes R13)
struct RampMeasure {
  double plateau_per_cm2 = 0.0;  // the densest 5 mm of the profile from the edge on
  double start_mm = kNaN;        // mm behind the edge where the smoothed profile reaches 10%
  double end_mm = kNaN;          // ... and, from there on, 90% of the plateau
  double width_mm = kNaN;        // end - start, whole mm
};
RampMeasure measure_ramp(std::span<const double> profile_per_cm2, double low_fraction,
                         double high_fraction);
AspectScore score_ramp(const RampMeasure& ramp, const HairlineParams& p);
void write_ramp_feedback(const RampMeasure& ramp, Vec2 spot_mm, const HairlineParams& p,
                         MetricResult& res);

// ---------------------------------------------------------------- contour (notes R14-R16)
struct ContourMeasures {
  double macro_residual_mm = kNaN;  // smoothed edge from its straight-line fit, central 6 cm
  double micro_rms_mm = kNaN;       // raw edge around a 5-bin smoothing
  double sentinels_per_cm = 0.0;
  double symmetry_mm = kNaN;  // mean left-right difference of mirrored bins
  double symmetry_max_mm = 0.0;
  double symmetry_max_x_mm = 0.0;  // where the largest difference is (right-hand bin)
};
ContourMeasures measure_contour(const HairlineEdge& e, double canthus_x_mm, int sentinels,
                                const HairlineParams& p);
AspectScore score_macro_shape(const ContourMeasures& c, const HairlineParams& p);
AspectScore score_micro_irregularity(const ContourMeasures& c, const HairlineParams& p);
AspectScore score_symmetry(const ContourMeasures& c, const HairlineParams& p);
// Macro shape, sentinels and waviness, symmetry: feedback and spots in that order.
void write_contour_feedback(const ContourMeasures& c, Vec2 mid_spot_mm, double mid_frontal_y_mm,
                            const HairlineParams& p, MetricResult& res);

// ---------------------------------------------------------------- plan
struct PlanMeasure {
  bool has_plan = false;       // the trainee's mockup, or the level's given hairline
  bool from_mockup = false;    // the level asks for a mockup
  double deviation_mm = kNaN;  // mean |edge - plan| over the bins between the canthus lines
};
// The trainee's mockup on a mockup level, else the level's given hairline; null when neither.
const Polyline* hairline_plan(const Level& level, const Attempt& attempt);
double mean_plan_deviation_mm(const HairlineEdge& e, const Polyline& plan, double canthus_x_mm);
PlanMeasure measure_plan(const Level& level, const Attempt& attempt, const HairlineEdge& e,
                         double canthus_x_mm);
AspectScore score_plan(const PlanMeasure& plan, const HairlineParams& p);
void write_plan_feedback(const PlanMeasure& plan, Vec2 mid_spot_mm, const HairlineParams& p,
                         MetricResult& res);

}  // namespace smp::core::hairline_detail
