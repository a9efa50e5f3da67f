// What every metric reads: the level, the generated scalp, the attempt, its healed dots and the
// scoring parameters (defaults overridden by the level). Built once per grading by score.cpp.
#pragma once
#include <span>

#include "core/attempt.hpp"
#include "core/colour/colour_params.hpp"
#include "core/dot.hpp"
#include "core/healing/healing_params.hpp"
#include "core/level.hpp"
#include "core/report.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scoring/density_uniformity/uniformity_params.hpp"
#include "core/scoring/depth_control/depth_params.hpp"
#include "core/scoring/hairline_naturalness/hairline_params.hpp"
#include "core/scoring/scar_coverage/scar_params.hpp"
#include "core/scoring/spot_kinds.hpp"

namespace smp::core {

class SpatialIndex;  // spatial/spatial_index.hpp

// Bumped whenever the same attempt can score differently: 2 = healing keyed by impression time,
// no quadrat CV in the hairline band, bond order on 2,000 dots per zone; 3 = colour_match grades
// the dots' look in the display model the swatches and the render use (colour/dot_look); 4 =
// density_uniformity judges a finished attempt against the level's whole session plan, not the
// plan share of the latest session with a dot; "too close" against the planned spacing, not the
// trainee's own density; 5 = density_uniformity scores what shows on the healed scalp (see-through
// spots, mottle, 5-20 mm patches, visible lines and grids, blotches, density within +/-45%), no
// longer Clark-Evans R, NN-CV, quadrat CV, minimum spacing or bond order (still reported), and
// never above its worst zone + 10.
inline constexpr int kScoringVersion = 5;

struct ScoringParams {
  UniformityParams uniformity;
  HairlineParams hairline;
  ScarParams scar;
  ColourParams colour;
  DepthParams depth;
  HealingParams healing;
  SpotParams spots;
};

struct ScoringContext {
  const Level& level;
  const Scalp& scalp;
  const Attempt& attempt;
  std::span<const HealedDot> healed;  // after the last session has healed; includes !kept ones
  const SpatialIndex& kept_index;     // over the kept healed dots' positions
  const ScoringParams& params;
};

}  // namespace smp::core
