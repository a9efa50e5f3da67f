// Scores the shade: the healed look of the chosen dilution(s) against the target for the
// client's hair colour and skin type, in CIELAB, with the blue-risk, faint-edge and lighter-first-
// session rules (notes R5, R18, N69-N71). Not the depth itself (depth_control.hpp).
#pragma once
#include "core/report.hpp"
#include "core/scoring/context.hpp"

namespace smp::core {

MetricResult score_colour_match(const ScoringContext& ctx);

}  // namespace smp::core
