// Scores depth control: the share of impressions placed in the target band (papillary dermis);
// too shallow ones shed on healing, too deep ones blow out (DOMAIN rules 1-3, rows 12-19).
// Not the healing itself (healing.hpp) nor the colour those dots end up (colour_match.hpp).
#pragma once
#include "core/report.hpp"
#include "core/scoring/context.hpp"

namespace smp::core {

MetricResult score_depth_control(const ScoringContext& ctx);

}  // namespace smp::core
