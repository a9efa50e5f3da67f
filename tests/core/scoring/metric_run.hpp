// Running one metric on an attempt in tests, as score_attempt does: heal, index the kept dots,
// build the context, call the metric.
#pragma once
#include <vector>

#include "core/attempt.hpp"
#include "core/healing/healing.hpp"
#include "core/report.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scoring/context.hpp"
#include "core/spatial/spatial_index.hpp"

namespace smp::test {

template <class Metric>
core::MetricResult run_metric(const core::Level& level, const core::Scalp& scalp,
                              const core::Attempt& a, const core::ScoringParams& params,
                              Metric metric) {
  const auto healed = core::heal(scalp, a, params.healing);
  std::vector<core::Vec2> kept;
  for (const auto& h : healed)
    if (h.kept) kept.push_back(h.pos_mm);
  const core::SpatialIndex index(kept);
  const core::ScoringContext ctx{level, scalp, a, healed, index, params};
  return metric(ctx);
}

}  // namespace smp::test
