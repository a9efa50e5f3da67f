// The healing model: how each impression looks fresh, after the weeks of healing that follow its
// session, and after years of fading (notes R1-R3, N3-N5, N12-N19, N26-N28, N66-N67, N72).
// Not a renderer (src/render draws HealedDots) and not a score (the metrics read its output).
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/attempt.hpp"
#include "core/dot.hpp"
#include "core/healing/healing_params.hpp"
#include "core/scalp/scalp.hpp"

namespace smp::core {

// The dot on the day it was made: footprint of the needle cluster plus the spread of a too-deep
// deposit, wider on oily skin and scar tissue; darkness of its dilution; no blue shift yet.
HealedDot fresh_appearance(const Dot& dot, const Scalp& scalp, const HealingParams& params);

// Every dot of the attempt, in attempt order (source_index = position), as it looks once healed
// (params.days_after_last_session after the last session) and then years_after years later.
// Each dot draws from its own random stream keyed by (attempt.seed, session, t_ms, depth), so
// reordering, mirroring or nudging the dots changes no dot's outcome; dots that share a
// (session, t_ms) add their position to the key. Lost dots are returned with kept = false.
std::vector<HealedDot> heal(const Scalp& scalp, const Attempt& attempt, const HealingParams& params,
                            double years_after = 0.0);

// What became of an attempt's impressions in healing, for the healing screen: a dot lost although
// placed in or below the target band was shed in healing (healing luck, scar tissue, oily skin),
// one placed shallower than shallow_depth_mm was lost to a depth fault. Kept dots may also be
// blown out (too deep).
struct HealingTally {
  std::size_t placed = 0;
  std::size_t kept = 0;
  std::size_t shed_in_healing = 0;   // lost, though deep enough
  std::size_t lost_too_shallow = 0;  // lost, and placed too shallow
  std::size_t blown_out = 0;
};
HealingTally tally_healing(const Attempt& attempt, std::span<const HealedDot> healed,
                           const HealingParams& params);

}  // namespace smp::core
