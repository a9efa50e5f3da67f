// The steps of make_exemplar and the small results they hand on, in the order they run (each
// step that draws from the Rng must keep its place: the exemplar is a fixed sequence of draws).
// Internal to src/core/exemplar; the public face is exemplar.hpp.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

#include "core/base/chart_grid.hpp"
#include "core/base/geometry.hpp"
#include "core/base/rng.hpp"
#include "core/colour/pigment_plan.hpp"
#include "core/dot.hpp"
#include "core/exemplar/exemplar.hpp"
#include "core/scalp/zone_raster.hpp"
#include "core/scalp/zones.hpp"
#include "core/scoring/score.hpp"

namespace smp::core::exemplar_detail {

// --- exemplar_plan.cpp

// The hairline the expert works to: a mock-up drawn for the client when the level asks for one,
// else the level's given line, else the expert's design where a hairline applies; empty when
// none does.
struct PlanLine {
  Polyline line_mm;
  bool is_mockup = false;  // drawn for the client: it goes into the attempt
};
PlanLine plan_line(const Level& level, const Scalp& scalp);

// Micro-irregularity of the edge: smooth noise with knots every micro_wavelength_mm (notes R15).
struct EdgeNoise {
  double knot_x0_mm = 0.0;
  double wavelength_mm = 1.0;
  std::vector<double> knots_mm;
  // How far the worked edge sits behind (+) or ahead of (-) the plan line at x (0 without knots).
  double offset_mm(double x_mm) const;
};
// Draws one normal per knot across the line (nothing when the line is empty).
EdgeNoise draw_edge_noise(const Polyline& line, const ExemplarParams& xp, Rng& rng);

// What the expert wants at each cell of the chart (1 mm for the expert's own dots): dots per cm^2
// and how far the cell is behind the planned hairline (NaN where no hairline applies).
struct DensityPlan : ChartGrid {
  std::vector<float> density;
  std::vector<float> behind_mm;
  double density_at(Vec2 p) const;
};
// The level's zones where the client has lost hair (the same cells density_uniformity scores),
// a feathered ramp behind the plan line, and scar tissue worked denser to make up for its lower
// retention (notes N66-N67). Draws nothing.
DensityPlan plan_density(const Level& level, const Scalp& scalp, const ScoringParams& sp,
                         const ZoneRaster& zones, const Polyline& line, const EdgeNoise& noise,
                         const ExemplarParams& xp, double cell_mm = 1.0);
// The density the edge ramps up to: the first of Frontal, MidScalp, Crown the level targets,
// else 1.6 x the hairline band's, else the largest target (0 without targets).
double core_density_per_cm2(const std::map<Zone, double>& targets);

// --- exemplar_placement.cpp

// Dot positions; the sentinels are the last ones, from first_sentinel on.
struct Placement {
  std::vector<Vec2> pos_mm;
  std::size_t first_sentinel = 0;
  bool is_sentinel(std::size_t i) const { return i >= first_sentinel; }
};
// Blue noise: Bridson's Poisson-disk sampling with a radius that follows the planned density,
// seeded in every cell that wants dots (notes N153, S55).
std::vector<Vec2> place_blue_noise(const DensityPlan& plan, const RectMm& bounds,
                                   const ExemplarParams& xp, Rng& rng);
// A few single dots 1-3 mm ahead of the central worked edge (notes N44); none without a line.
std::vector<Vec2> place_sentinels(const Scalp& scalp, const ZoneRaster& zones, const Polyline& line,
                                  const EdgeNoise& noise, const ExemplarParams& xp, Rng& rng);
// The blue noise inside the chart, then the sentinels.
Placement place_dots(const DensityPlan& plan, const Scalp& scalp, const ZoneRaster& zones,
                     const Polyline& line, const EdgeNoise& noise, const ExemplarParams& xp,
                     Rng& rng);

// --- exemplar_impressions.cpp

// The cumulative share of the final density planned by the end of each session (notes N22).
std::vector<double> cumulative_session_shares(int sessions, const UniformityParams& params);
// One dot per position: session by the cumulative plan (sentinels in the last), needle and
// shade by position (1RL and lighter at the edge) (notes R17), depth in the papillary band
// (notes R2). Draws a uniform and a normal per dot, in position order.
std::vector<Dot> make_impressions(const Placement& placement, const DensityPlan& plan,
                                  const PigmentPlan& pigments,
                                  const std::vector<double>& cumulative_shares,
                                  const ExemplarParams& xp, Rng& rng);

// --- exemplar_timing.cpp

// Work order within a session: 10 mm strips front to back, alternating direction.
void sort_in_work_order(std::vector<Dot>& dots);
// Times the dots (already in work order) at dots_per_s with a +-30 % spread and returns each
// session's duration (a second past its last dot; 0 for a session without dots).
std::vector<std::int64_t> time_sessions(std::vector<Dot>& dots, int sessions,
                                        const ExemplarParams& xp, Rng& rng);

}  // namespace smp::core::exemplar_detail
