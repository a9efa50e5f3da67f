// The hand models' shared pieces: the attempt header and the three ways of working (clicks,
// held strokes, the client's own hair). Internal to tests/hands; the public face is hands.hpp.
#pragma once
#include <cstdint>

#include "core/attempt.hpp"
#include "core/level.hpp"
#include "core/scalp/scalp.hpp"
#include "hands.hpp"
#include "pen_hand.hpp"
#include "work_plan.hpp"

namespace smp::hands::detail {

// A treat decision, and the mockup the trainee draws (the level's plan) when one is asked for.
core::Attempt attempt_header(const core::Level& level, const WorkPlan& plan, std::uint64_t seed,
                             const std::string& trainee);

struct ClickerStyle {
  PlanTweaks tweaks;
  Tool tool;
  double dwell_share = 0.0;  // share of clicks held 1-3 machine cadences: a clump at one spot
};
core::Attempt run_clicker(const core::Level& level, const core::Scalp& scalp, std::uint64_t seed,
                          const HandParams& params, const ClickerStyle& style,
                          const std::string& name);

enum class Stroke { Loops, Rows };
struct StrokeStyle {
  Stroke stroke = Stroke::Loops;
  double speed_scale = 1.0;  // hand and drift speed against the speed that gives the target
  // Small tight loops, about one target spacing across, on drift lines a spacing apart: wider
  // loops (1-2.5 mm on 3 mm lines) leave bare loop centres and clumps where they cross, which
  // the healed look shows and density_uniformity fails (tests/hands/hands_test.cpp).
  double loop_radius_min_mm = 0.4;
  double loop_radius_max_mm = 0.8;
  double row_gap_mm = 1.2;  // between the loops' drift lines
};
core::Attempt run_stroker(const core::Level& level, const core::Scalp& scalp, std::uint64_t seed,
                          const HandParams& params, const StrokeStyle& style,
                          const std::string& name);

core::Attempt run_own_hair(const core::Level& level, const core::Scalp& scalp, std::uint64_t seed,
                           const HandParams& params);

}  // namespace smp::hands::detail
