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
#include "core/scoring/density_uniformity/buzz_cut.hpp"
#include "core/scoring/density_uniformity/density_uniformity.hpp"
#include "core/scoring/metric_run.hpp"
#include "core/scoring/report_lookup.hpp"
#include "core/scoring/score.hpp"
#include "core/scoring/spot_checks.hpp"
#include "core/scoring_patterns.hpp"
#include "core/spatial/spatial_index.hpp"

using namespace smp::core;
using namespace smp::test;

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

// Too close is reported (too_close_share), no longer scored on its own: pairs of fine dots
// 0.1 mm apart read as one dot each. Pairs that touch are named as blotches and cost a little;
// what they do to the shade is judged as mottle.
TEST_CASE("pairs 0.3 mm apart are reported as too close; touching pairs are named and cost") {
  const BuzzCut f;
  // Half the target's dots as centres, each with a partner: the target's count.
  const auto paired = [&](double apart_mm) {
    return f.uniformity(f.attempt([=](const RectMm& b) {
      std::vector<Vec2> pts = poisson_disk_pattern(b, count_for(b, 0.5 * kTarget / 0.95), 0.72, 3);
      const std::size_t n = pts.size();
      for (std::size_t i = 0; i < n; ++i) pts.push_back(pts[i] + Vec2(apart_mm, 0.0));
      return pts;
    }));
  };
  const MetricResult near = paired(0.3);
  CHECK(group_stat(near, "crown", "too_close_share") > 0.5);
  const MetricResult touching = paired(0.12);
  INFO(all_feedback(touching));
  CHECK(says(touching, "touch or nearly touch"));
  CHECK(touching.score < near.score - 3.0);
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
