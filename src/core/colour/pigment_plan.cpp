#include "core/colour/pigment_plan.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>

#include "core/base/assert.hpp"
#include "core/base/text_format.hpp"
#include "core/colour/target_shade.hpp"
#include "core/stats/summary.hpp"

namespace smp::core {
namespace {

// The palette's shade `steps` lighter than `step`, stopping at the lightest.
const Pigment& lighter(const std::vector<Pigment>& palette, int step, int steps) {
  const int last_step = static_cast<int>(palette.size()) - 1;
  return palette[static_cast<std::size_t>(std::min(step + steps, last_step))];
}

int last_session(std::span<const Dot> dots) {
  int last = 1;
  for (const Dot& d : dots) last = std::max(last, d.session);
  return last;
}

const Pigment& planned_shade(std::span<const Pigment> plan, int session) {
  SMP_ASSERT(!plan.empty() && session >= 1);
  return session <= static_cast<int>(plan.size()) ? plan[static_cast<std::size_t>(session - 1)]
                                                  : plan.back();
}

}  // namespace

PigmentPlan expert_pigment_plan(const TaskSpec& task, const ClientProfile& client,
                                const ColourParams& colour) {
  const int sessions = std::max(1, task.sessions);
  PigmentPlan plan;
  if (!task.colour_choice && task.given_pigment) {
    plan.session.assign(static_cast<std::size_t>(sessions), *task.given_pigment);
    plan.edge = plan.session;
    return plan;
  }
  const std::vector<Pigment> palette = default_palette();
  const int target_step =
      palette_step(target_dilution_water_parts(client.hair_colour, client.fitzpatrick, colour));
  for (int s = 1; s <= sessions; ++s) {
    const Pigment& shade = lighter(palette, target_step, s == 1 && sessions > 1 ? 1 : 0);
    plan.session.push_back(shade);
    // Without colour choice the given shade is used everywhere; with it the edge goes lighter.
    plan.edge.push_back(
        task.colour_choice ? lighter(palette, palette_step(shade.dilution_water_parts), 1) : shade);
  }
  return plan;
}

Pigment pigment_named(double dilution_water_parts) {
  for (const Pigment& p : default_palette())
    if (p.dilution_water_parts == dilution_water_parts) return p;
  return Pigment{
      dilution_water_parts <= 0 ? std::string("neat") : fmt("%g:1", dilution_water_parts),
      dilution_water_parts};
}

std::vector<Pigment> planned_session_pigments(std::span<const Dot> dots,
                                              std::span<const Pigment> plan) {
  std::vector<Pigment> out;
  for (int s = 1; s <= last_session(dots); ++s) out.push_back(planned_shade(plan, s));
  return out;
}

std::vector<Pigment> session_pigments_of_dots(std::span<const Dot> dots,
                                              std::span<const Pigment> plan) {
  std::vector<Pigment> out;
  std::vector<double> dilutions;
  for (int s = 1; s <= last_session(dots); ++s) {
    dilutions.clear();
    for (const Dot& d : dots)
      if (d.session == s) dilutions.push_back(d.dilution_water_parts);
    const double shade = high_median(dilutions);
    out.push_back(std::isfinite(shade) ? pigment_named(shade) : planned_shade(plan, s));
  }
  return out;
}

}  // namespace smp::core
