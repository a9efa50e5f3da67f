// Scores how evenly and how densely the trainee filled each zone the level targets (notes R4-R10),
// as the healed scalp shows it: density against the target and the session plan, see-through
// spots, mottle, patches, visible lines and grids, holes and merged dots; Clark-Evans R
// (Donnelly), NN-CV, quadrat CV, minimum spacing and bond order as reported diagnostics.
// Not the hairline's transition nor scars.
#pragma once
#include <string>
#include "core/report.hpp"
#include "core/scalp/zone_raster.hpp"
#include "core/scoring/context.hpp"

namespace smp::core {

// Cumulative share of the final density expected after `session` of `sessions` (35/70/
// 100% for three sessions; other counts interpolate that curve) (notes N22).
double planned_density_share(int session, int sessions, const UniformityParams& params);
// The plan in the trainee's words, for the brief: "about 35% of the density in session 1, 70% by
// session 2, all of it by session 3" ("all of it in one session" for one).
std::string session_plan_text(int sessions, const UniformityParams& params);

// True when the level targets at least one treatable zone (not the forehead, not off the head).
bool density_uniformity_applies(const Level& level);

MetricResult score_density_uniformity(const ScoringContext& ctx);
// Same, with the zone raster already built (score_attempt shares it).
MetricResult score_density_uniformity(const ScoringContext& ctx, const ZoneRaster& zones);

}  // namespace smp::core
