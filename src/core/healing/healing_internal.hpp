// heal()'s plain twin, for the tests: the same result computed without heal()'s one speed trick
// (each dot's random-stream key hashed one dot ahead). Not for callers: use heal().
#pragma once
#include <vector>

#include "core/healing/healing.hpp"

namespace smp::core {

std::vector<HealedDot> heal_plain(const Scalp& scalp, const Attempt& attempt,
                                  const HealingParams& params, double years_after = 0.0);

}  // namespace smp::core
