// Grades a whole attempt: heal, index, run every metric, weigh the applicable ones, and apply the
// decline rules (notes R21-R22). The one entry point the CLI, the window and tests call.
// Not the metrics themselves (one file each) nor any file reading (src/io).
#pragma once
#include <string>
#include <vector>

#include "core/attempt.hpp"
#include "core/level.hpp"
#include "core/report.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scoring/context.hpp"

namespace smp::core {

// The level's weight and pass mark for a metric; the default weights (notes R22) when the level is
// silent (density & uniformity 50%, hairline 25%, colour 7.5%, depth 7.5%, scars 10%; mark 60).
MetricWeight metric_weight(const Level& level, MetricId id);

// Default parameters with the level's overrides applied. Names are "<group>.<field>" with group
// one of uniformity, hairline, scar, colour, depth, healing. Names that match nothing are
// appended to *unknown (when given) and otherwise ignored, so io validation can reject them.
ScoringParams scoring_params_for(const Level& level, std::vector<std::string>* unknown = nullptr);
ScoringParams defaults_for(const Level& level);
// The override names of the level that match no parameter (empty when all are known).
std::vector<std::string> unknown_overrides(const Level& level);

Report score_attempt(const Level& level, const Scalp& scalp, const Attempt& attempt,
                     const ScoringParams& params);
Report score_attempt(const Level& level, const Scalp& scalp, const Attempt& attempt);
// Same, with the scalp's zone raster made beforehand (make_zone_raster(scalp,
// params.uniformity.zone_cell_mm)): it depends on the scalp only, so a caller that grades the
// same client again and again (the window) can build it once: ~3.5 ms (~15 %) of a 100k grading.
struct ZoneRaster;
Report score_attempt(const Level& level, const Scalp& scalp, const Attempt& attempt,
                     const ScoringParams& params, const ZoneRaster& zones);

}  // namespace smp::core
