// Scores scar camouflage: per scar, the share of its area whose visible density matches the skin
// around it, a blended border, and overworking as a separate penalty (notes R19-R20).
// Not for the decline decision on fresh or keloid scars (should_decline, score.cpp).
#pragma once
#include "core/report.hpp"
#include "core/scoring/context.hpp"

namespace smp::core {

// True when the client has at least one scar.
bool scar_coverage_applies(const Scalp& scalp);

MetricResult score_scar_coverage(const ScoringContext& ctx);

}  // namespace smp::core
