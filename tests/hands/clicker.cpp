// The clicker: one click at a time into the biggest gap it sees among a few candidates, patch by
// patch, building each session up to the plan's share, at a person's pace with pauses.
#include <algorithm>
#include <cmath>

#include "dot_grid.hpp"
#include "hands_internal.hpp"

namespace smp::hands::detail {
namespace {

constexpr double kGapViewMm = 6.0;         // farther than this every gap looks the same: empty
constexpr std::int64_t kClickHoldMs = 60;  // a tap, shorter than the machine cadence

// A candidate's gap against the spacing the plan wants there (so the ramp at the hairline is
// judged by its own spacing, not the core's).
double gap_score(const WorkPlan& plan, const DotGrid& seen, core::Vec2 c) {
  const double d = std::max(plan.density_at(c), 1.0);
  return seen.nearest_mm(c, kGapViewMm) * std::sqrt(d) / 10.0;
}

}  // namespace

core::Attempt attempt_header(const core::Level& level, const WorkPlan& plan, std::uint64_t seed,
                             const std::string& trainee) {
  core::Attempt a;
  a.level_id = level.id;
  a.trainee = trainee;
  a.seed = seed;
  a.mode = level.rules.mode;
  a.decision = core::Decision::Treat;
  a.mockup_hairline_mm = plan.line_is_mockup ? plan.plan_line_mm : level.task.given_hairline_mm;
  return a;
}

core::Attempt run_clicker(const core::Level& level, const core::Scalp& scalp, std::uint64_t seed,
                          const HandParams& hp, const ClickerStyle& style,
                          const std::string& name) {
  core::Rng rng(seed);
  PlanTweaks tweaks = style.tweaks;
  tweaks.clip_mm = hp.clip_mm;
  const WorkPlan plan = make_work_plan(level, scalp, tweaks, hp.patch_mm, rng);
  core::Attempt a = attempt_header(level, plan, seed, name);
  if (plan.patches.empty()) return a;
  DotGrid seen(scalp.chart.bounds_mm, 2.0);
  std::vector<double> placed(plan.patches.size(), 0.0);
  PenHand hand(level, scalp, plan, a, seed);
  const std::int64_t cadence_ms = 150;  // sim::PenParams::cadence_ms
  for (int s = 1; s <= plan.sessions(); ++s) {
    const double share = plan.shares[static_cast<std::size_t>(s - 1)];
    hand.begin_session(
        s, (plan.patches.front().bounds_mm.min_mm + plan.patches.front().bounds_mm.max_mm) * 0.5,
        style.tool);
    int until_pause = static_cast<int>(rng.uniform(40, 80));
    for (std::size_t pi = 0; pi < plan.patches.size(); ++pi) {
      const Patch& patch = plan.patches[pi];
      const double target = std::round(patch.planned_dots * share);
      if (placed[pi] >= target) continue;
      // Over to the patch, then a look at it before the first dot.
      hand.glide_to((patch.bounds_mm.min_mm + patch.bounds_mm.max_mm) * 0.5,
                    static_cast<std::int64_t>(rng.uniform(500, 900)));
      hand.wait(static_cast<std::int64_t>(rng.uniform(1500, 4000)));
      while (placed[pi] < target) {
        core::Vec2 best = draw_in_patch(plan, patch, rng);
        double best_gap = gap_score(plan, seen, best);
        for (int k = 1; k < hp.candidates; ++k) {
          const core::Vec2 c = draw_in_patch(plan, patch, rng);
          const double g = gap_score(plan, seen, c);
          if (g > best_gap) best = c, best_gap = g;
        }
        if (hp.meant_mm) hp.meant_mm->push_back(best);
        const core::Vec2 aim =
            best + core::Vec2(rng.normal(0.0, hp.aim_sigma_mm), rng.normal(0.0, hp.aim_sigma_mm));
        const double interval = 1000.0 / rng.uniform(hp.clicks_per_s_min, hp.clicks_per_s_max);
        const auto move_ms = static_cast<std::int64_t>(0.55 * interval);
        const auto press_at = static_cast<std::int64_t>(0.8 * interval);
        hand.glide_to(aim, move_ms);
        hand.wait(press_at - move_ms);
        hand.press();
        std::int64_t hold = kClickHoldMs;
        if (style.dwell_share > 0.0 && rng.uniform() < style.dwell_share)
          hold = cadence_ms * static_cast<std::int64_t>(1 + rng.below(3)) + 20;
        hand.wait(hold);
        hand.release();
        hand.wait(std::max<std::int64_t>(0, static_cast<std::int64_t>(interval) - press_at - hold));
        const auto fresh = hand.take_new_dots();
        for (const core::Vec2& q : fresh) seen.add(q);
        placed[pi] += std::max<double>(1.0, static_cast<double>(fresh.size()));
        if (--until_pause <= 0) {  // a stretch, a look at the work
          hand.wait(static_cast<std::int64_t>(rng.uniform(3000, 8000)));
          until_pause = static_cast<int>(rng.uniform(40, 80));
        }
      }
    }
    hand.end_session();
  }
  return a;
}

}  // namespace smp::hands::detail
