// What the expert does at each placed position: session, needle, shade and depth.
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/base/assert.hpp"
#include "core/exemplar/exemplar_internal.hpp"
#include "core/scoring/density_uniformity/density_uniformity.hpp"

namespace smp::core::exemplar_detail {
namespace {

// The first session whose cumulative share exceeds u, else the last (u in [0, 1)).
int session_for(double u, const std::vector<double>& cumulative_shares) {
  const int sessions = static_cast<int>(cumulative_shares.size());
  for (int k = 1; k <= sessions; ++k)
    if (u < cumulative_shares[static_cast<std::size_t>(k - 1)]) return k;
  return sessions;
}

// 1RL at the edge: within edge_needle_depth_mm behind the plan line, and every sentinel.
bool at_edge(const DensityPlan& plan, Vec2 p, bool sentinel, const ExemplarParams& xp) {
  const auto pi = plan.cell_of(p);
  const double behind = pi < 0 ? std::numeric_limits<double>::quiet_NaN()
                               : plan.behind_mm[static_cast<std::size_t>(pi)];
  return sentinel || (std::isfinite(behind) && behind < xp.edge_needle_depth_mm);
}

}  // namespace

std::vector<double> cumulative_session_shares(int sessions, const UniformityParams& params) {
  SMP_ASSERT(sessions >= 1);
  std::vector<double> cum(static_cast<std::size_t>(sessions), 1.0);
  for (int s = 1; s <= sessions; ++s)
    cum[static_cast<std::size_t>(s - 1)] = planned_density_share(s, sessions, params);
  SMP_ASSERT(std::is_sorted(cum.begin(), cum.end()));
  return cum;
}

std::vector<Dot> make_impressions(const Placement& placement, const DensityPlan& plan,
                                  const PigmentPlan& pigments,
                                  const std::vector<double>& cumulative_shares,
                                  const ExemplarParams& xp, Rng& rng) {
  const int sessions = static_cast<int>(cumulative_shares.size());
  SMP_ASSERT(sessions >= 1);
  SMP_ASSERT(pigments.session.size() == cumulative_shares.size() &&
             pigments.edge.size() == cumulative_shares.size());
  SMP_ASSERT(placement.first_sentinel <= placement.pos_mm.size());
  std::vector<Dot> dots;
  dots.reserve(placement.pos_mm.size());
  for (std::size_t i = 0; i < placement.pos_mm.size(); ++i) {
    Dot d;
    d.pos_mm = placement.pos_mm[i];
    const bool sentinel = placement.is_sentinel(i);
    const int drawn = session_for(rng.uniform(), cumulative_shares);
    d.session = sentinel ? sessions : drawn;  // a sentinel is the finishing touch
    const bool edge = at_edge(plan, d.pos_mm, sentinel, xp);
    d.needle = edge ? Needle{NeedleConfig::RL1, 0.20} : Needle{NeedleConfig::RL3, 0.25};
    const auto s = static_cast<std::size_t>(d.session - 1);
    d.dilution_water_parts = (edge ? pigments.edge[s] : pigments.session[s]).dilution_water_parts;
    d.depth_mm = std::clamp(rng.normal(xp.depth_target_mm, xp.depth_sd_mm), 0.2, 0.42);
    dots.push_back(d);
  }
  return dots;
}

}  // namespace smp::core::exemplar_detail
