// Scores depth control: the share of impressions placed in the target band (papillary dermis);
// too shallow ones shed on healing, too deep ones blow out (notes R1-R3, N12-N19).
// Not the healing itself (healing.hpp) nor the colour those dots end up (colour_match.hpp).
#pragma once
#include "core/report.hpp"
#include "core/scoring/context.hpp"

namespace smp::core {

MetricResult score_depth_control(const ScoringContext& ctx);

}  // namespace smp::core
