// A level-00-like client for density_uniformity tests: fully bald, crown and mid-scalp at 80
// dots/cm^2, one session; attempts made of generated patterns over the target zones.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>

#include "core/scalp/scalp.hpp"
#include "core/scalp/zone_raster.hpp"
#include "core/scoring/density_uniformity/density_uniformity.hpp"
#include "core/scoring/metric_run.hpp"
#include "core/scoring/score.hpp"

namespace smp::test {
using namespace smp::core;

inline constexpr double kTarget = 80.0;

struct BuzzCut {
  Level level;
  Scalp scalp;
  ZoneRaster zones;
  BuzzCut() {
    level.id = "buzz-cut-like";
    level.task.sessions = 1;
    level.task.mockup_required = false;
    level.task.target_density_per_cm2[Zone::Crown] = kTarget;
    level.task.target_density_per_cm2[Zone::MidScalp] = kTarget;
    level.client.seed = 1001;
    level.client.loss.pattern = LossPattern::FullyBald;
    scalp = generate_scalp(level.client);
    zones = make_zone_raster(scalp, UniformityParams{}.zone_cell_mm);
  }
  RegionMask mask(Zone z) const { return treatable_mask(zones, z, 0.3, 0.1); }
  // Dots from gen(bounds) over each target zone, kept where that zone is and `keep` allows.
  template <class Gen, class Keep>
  Attempt attempt(Gen gen, Keep keep) const {
    Attempt a;
    a.seed = 5;
    a.decision = Decision::Treat;
    for (Zone z : {Zone::MidScalp, Zone::Crown}) {
      const RegionMask m = mask(z);
      for (const Vec2& p : gen(m.bounds_mm())) {
        if (!m.contains(p) || !keep(p)) continue;
        Dot d;
        d.pos_mm = p;
        d.depth_mm = 0.3;
        d.t_ms = static_cast<std::int64_t>(a.dots.size()) * 800;
        a.dots.push_back(d);
      }
    }
    return a;
  }
  template <class Gen>
  Attempt attempt(Gen gen) const {
    return attempt(gen, [](Vec2) { return true; });
  }
  MetricResult uniformity(const Attempt& a) const {
    return run_metric(level, scalp, a, defaults_for(level), [&](const ScoringContext& ctx) {
      return score_density_uniformity(ctx, zones);
    });
  }
};

inline bool says(const MetricResult& m, const std::string& words) {
  return std::any_of(m.feedback.begin(), m.feedback.end(),
                     [&](const std::string& s) { return s.find(words) != std::string::npos; });
}

inline std::string all_feedback(const MetricResult& m) {
  std::string out;
  for (const std::string& s : m.feedback) out += s + "\n";
  return out;
}

}  // namespace smp::test
