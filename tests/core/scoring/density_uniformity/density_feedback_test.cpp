// density_uniformity's words on a level-00-like client (fully bald, crown and mid-scalp at
// 80 dots/cm^2, one session): spacing judged against the target, a partial fill told its
// covered share and where its gaps are.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/healing/healing.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scalp/zone_raster.hpp"
#include "core/scoring/density_uniformity/density_uniformity.hpp"
#include "core/scoring/metric_run.hpp"
#include "core/scoring/report_lookup.hpp"
#include "core/scoring/score.hpp"
#include "core/scoring/spot_checks.hpp"
#include "core/scoring_patterns.hpp"
#include "core/spatial/spatial_index.hpp"

using namespace smp::core;
using namespace smp::test;

namespace {

constexpr double kTarget = 80.0;

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

bool says(const MetricResult& m, const std::string& words) {
  return std::any_of(m.feedback.begin(), m.feedback.end(),
                     [&](const std::string& s) { return s.find(words) != std::string::npos; });
}

std::string all_feedback(const MetricResult& m) {
  std::string out;
  for (const std::string& s : m.feedback) out += s + "\n";
  return out;
}

}  // namespace

TEST_CASE("a well-spread partial fill is told its density and coverage, never 'too close'") {
  const BuzzCut f;
  // 30% of the target's dots, evenly spread (retention ~95%).
  const auto m = f.uniformity(f.attempt([](const RectMm& b) {
    return poisson_disk_pattern(b, count_for(b, 0.30 * kTarget / 0.95), 0.72, 1);
  }));
  INFO(all_feedback(m));
  CHECK_FALSE(says(m, "too close"));
  CHECK_FALSE(says(m, "closer than"));
  CHECK_FALSE(says(m, "leave more room"));
  CHECK(says(m, "add about"));
  CHECK(says(m, "of its area"));  // the covered share
  CHECK(group_stat(m, "crown", "too_close_share") < 0.02);
  CHECK(group_stat(m, "crown", "covered_share") > 0.9);  // spread over the whole zone
}

TEST_CASE("a fill of part of a zone says the covered share and where the gaps are") {
  const BuzzCut f;
  // Target density, but only the front half of the crown (y above its centroid) is worked.
  const double cut_y = f.mask(Zone::Crown).centroid_mm().y;
  const RegionMask crown = f.mask(Zone::Crown);
  const auto m = f.uniformity(f.attempt(
      [](const RectMm& b) {
        return poisson_disk_pattern(b, count_for(b, kTarget / 0.95), 0.72, 2);
      },
      [&](Vec2 p) { return !crown.contains(p) || p.y > cut_y; }));
  INFO(all_feedback(m));
  const double covered = group_stat(m, "crown", "covered_share");
  CHECK(covered > 0.35);
  CHECK(covered < 0.65);
  CHECK_FALSE(says(m, "leave more room"));
  // The gap is named the way other sentences name places: zone and chart position.
  CHECK(says(m, "Dots in the crown cover"));
  CHECK(says(m, "largest gap"));
  CHECK(says(m, "mm)"));
}

TEST_CASE("pairs 0.3 mm apart at the target density are still too close") {
  const BuzzCut f;
  // Half the target's dots as centres, each with a partner 0.3 mm away: the target's count.
  const auto m = f.uniformity(f.attempt([](const RectMm& b) {
    std::vector<Vec2> pts = poisson_disk_pattern(b, count_for(b, 0.5 * kTarget / 0.95), 0.72, 3);
    const std::size_t n = pts.size();
    for (std::size_t i = 0; i < n; ++i) pts.push_back(pts[i] + Vec2(0.3, 0.0));
    return pts;
  }));
  INFO(all_feedback(m));
  CHECK(group_stat(m, "crown", "too_close_share") > 0.5);
  CHECK(says(m, "leave more room"));
  CHECK(says(m, "closer than"));
}

TEST_CASE("the partial fills and too-close pairs mark only places their sentences speak of") {
  const BuzzCut f;
  const RegionMask crown = f.mask(Zone::Crown);
  const double cut_y = crown.centroid_mm().y;
  const auto half = f.uniformity(f.attempt(
      [](const RectMm& b) {
        return poisson_disk_pattern(b, count_for(b, kTarget / 0.95), 0.72, 2);
      },
      [&](Vec2 p) { return !crown.contains(p) || p.y > cut_y; }));
  check_spots_are_worded(half);
  const auto pairs = f.uniformity(f.attempt([](const RectMm& b) {
    std::vector<Vec2> pts = poisson_disk_pattern(b, count_for(b, 0.5 * kTarget / 0.95), 0.72, 3);
    const std::size_t n = pts.size();
    for (std::size_t i = 0; i < n; ++i) pts.push_back(pts[i] + Vec2(0.15, 0.0));
    return pts;
  }));
  check_spots_are_worded(pairs);
}
