// One zone's part of density_uniformity, as named steps: measure_zone (the zone's statistics),
// score_zone_parts (a score per aspect), zone_feedback and zone_spots (the words and the places),
// zone_stats (the report's numbers). score_zone runs them in that order. Internal.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/report.hpp"
#include "core/scalp/zones.hpp"
#include "core/scoring/context.hpp"
#include "core/scoring/score_curves.hpp"
#include "core/stats/clark_evans.hpp"
#include "core/stats/empty_space.hpp"
#include "core/stats/look/darkness_field.hpp"
#include "core/stats/look/oriented_structure.hpp"
#include "core/stats/orientational_order.hpp"
#include "core/stats/quadrats.hpp"
#include "core/stats/region_mask.hpp"

namespace smp::core {
class SpatialIndex;
}

namespace smp::core::uniformity_detail {

// ---- Inputs

// What every zone reads: the grading, the kept dots and the per-dot results of the shared passes.
struct SharedInput {
  const ScoringContext& ctx;
  const SpatialIndex& all;            // the kept dots
  std::span<const double> nn_zone;    // nearest same-zone neighbour, per canonical position
  std::span<const int> session_of_k;  // session (1..sessions_total), per canonical position
  std::span<const double> ink_of_k;   // healed darkness x visible area (mm^2), per canonical
  const EmptySpaceField& field;       // distance to the nearest dot, inside the scored zones
  const FieldGrid* planned_per_cm2 = nullptr;  // the expert's plan for this hairline
  int sessions_total = 1;   // the level's: a graded attempt is judged as finished
  double plan_share = 1.0;  // share of the final density planned by now
};

struct ZoneInput {
  Zone zone;
  double target_density_per_cm2;
  const RegionMask& mask;
  double area_mm2;
  std::span<const std::uint32_t> ks;  // its dots: canonical positions in SharedInput::all
  std::vector<Vec2> merged_where;     // midpoints of its merged pairs
};

// Reused from zone to zone: fresh buffers per zone cost more in page faults than their filling.
struct ScratchBuffers {
  std::vector<Vec2> pts;
  std::vector<double> nn;
  std::vector<double> ink;
};

// ---- Step 1: measure

// The density after an earlier session, against the plan for it (notes R5).
struct SessionDensity {
  int session = 1;
  double density_per_cm2 = 0.0;
  double planned_per_cm2 = 0.0;
};

// The pattern statistics, measured only when the zone has enough dots (min_zone_dots).
struct SpacingStats {
  ClarkEvans clark_evans;
  double nn_cv = 0.0;
  QuadratStats quadrats;
  double d_hex_mm = 0.0;  // the hexagonal spacing at the zone's density
  double min_nn_mm = 0.0;
  double nn_p05_mm = 0.0;             // 5th percentile of the nearest-neighbour distances
  double planned_spacing_mm = 0.0;    // the hexagonal spacing at the expected density
  double too_close_mm = 0.0;          // min_spacing_fraction * planned_spacing_mm
  double too_close_share = 0.0;       // share of the dots with a neighbour nearer than too_close_mm
  std::vector<Vec2> merged_where_mm;  // midpoints of the zone's merged pairs
  double merged_share = 0.0;          // share of the dots in a merged pair
  OrientationalOrder order;
};

// Holes against the spacing the plan asks for at this stage (notes R10).
struct HoleStats {
  double spacing_mm = 0.0;
  double threshold_mm = 0.0;  // hole_factor * spacing_mm: a hole is wider than this
  std::vector<Hole> holes;    // largest first
  double excess = 0.0;        // sum of (diameter / threshold)^2 - 1: threshold discs beyond one
  double largest_mm = 0.0;
};

// How much of the zone the dots reach, against the spacing the plan asks for (coverage_reach).
struct CoverageStats {
  double reach_mm = 0.0;
  Coverage coverage;  // its gaps: the largest few
};

// What shows on the healed scalp: the ink through windows of a few sizes, and lines and grids.
struct SeenStats {
  WindowExtremes thin;    // thin_window_spacings: see-through spots (low only)
  WindowExtremes mottle;  // mottle_window_spacings: small light and dark spots
  WindowExtremes patch_5, patch_10, patch_20;
  OrientedStructure structure;
  std::vector<std::size_t> line_tiles;  // indices into structure.tiles that read as lines
  double lines_share = 0.0;             // their share of the tiles' inside area
};

struct ZoneMeasures {
  Zone zone = Zone::Crown;
  Vec2 centre_mm{0.0, 0.0};
  double area_mm2 = 0.0;
  std::size_t dots = 0;
  double density_per_cm2 = 0.0;
  double target_density_per_cm2 = 0.0;
  double expected_density_per_cm2 = 0.0;  // the target times the share planned by now
  std::vector<SessionDensity> sessions;   // every earlier session, when there are several
  std::optional<SpacingStats> spacing;
  std::optional<SeenStats> seen;  // measured with the spacing statistics
  HoleStats holes;
  CoverageStats coverage;
};

// Consumes zone_in.merged_where.
ZoneMeasures measure_zone(const SharedInput& in, ZoneInput& zone_in, ScratchBuffers& scratch);

// ---- Step 2: score the parts

// A 0-100 score per aspect; the optional ones are not scored for this zone.
struct ZoneScores {
  double density_ratio = 0.0;  // density / expected (0 when nothing is expected)
  double density = 0.0;
  std::vector<double> session_plan;  // per entry of ZoneMeasures::sessions
  std::optional<double> clark_evans, nn_cv, quadrat_cv, min_spacing, merged, rows;
  std::optional<double> thin, mottle, patches, lines;  // as seen
  double holes = 0.0;
};

ZoneScores score_zone_parts(const ZoneMeasures& m, const UniformityParams& p);
// The scored parts with their weights, in report order.
std::vector<ScorePart> zone_score_parts(const ZoneScores& s, const UniformityParams& p);
// The weighted mean of the parts, capped at the worst critical part + critical_margin.
double zone_score(std::span<const ScorePart> parts, const UniformityParams& p);

// ---- Step 3: words and places

std::vector<std::string> zone_feedback(const ZoneMeasures& m, const ZoneScores& s,
                                       const UniformityParams& p);
std::vector<Spot> zone_spots(const ZoneMeasures& m, const ZoneScores& s, const UniformityParams& p);

// ---- Step 4: the report's numbers

// The zone's stats in report order, ending with its "score".
std::vector<Stat> zone_stats(const ZoneMeasures& m, std::span<const ScorePart> parts, double score);

// All four steps: the zone's stats (the last is its "score"); appends its feedback and spots.
std::vector<Stat> score_zone(const SharedInput& in, ZoneInput& zone_in, ScratchBuffers& scratch,
                             MetricResult& res);

}  // namespace smp::core::uniformity_detail
