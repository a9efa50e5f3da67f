// One zone's part of density_uniformity: its density against the target and the session plan,
// spacing statistics, quadrats, merged dots, rows and holes, with feedback and spots. Internal.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "core/report.hpp"
#include "core/scalp/zones.hpp"
#include "core/scoring/context.hpp"
#include "core/stats/empty_space.hpp"
#include "core/stats/region_mask.hpp"

namespace smp::core {
class SpatialIndex;
}

namespace smp::core::uniformity_detail {

// What every zone reads: the grading, the kept dots and the per-dot results of the shared passes.
struct SharedInput {
  const ScoringContext& ctx;
  const SpatialIndex& all;            // the kept dots
  std::span<const double> nn_zone;    // nearest same-zone neighbour, per canonical position
  std::span<const int> session_of_k;  // session, per canonical position
  const EmptySpaceField& field;       // distance to the nearest dot, inside the scored zones
  int sessions_done = 1;
  int sessions_total = 1;
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
};

// The zone's stats (the last is its "score"); appends its feedback and spots to res.
std::vector<Stat> score_zone(const SharedInput& in, ZoneInput& zone_in, ScratchBuffers& scratch,
                             MetricResult& res);

}  // namespace smp::core::uniformity_detail
