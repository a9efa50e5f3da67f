// A hand on the real handpiece (sim::Pen): pointer moves as mouse events, clicks and held
// drags on a session clock, and the impressions turned into core::Dot as the app does
// (src/app/controller.cpp: only on skin, the tool's depth, needle and the session's shade).
// Not where to put dots (the hand models decide that).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "core/attempt.hpp"
#include "core/level.hpp"
#include "core/scalp/scalp.hpp"
#include "sim/pen.hpp"
#include "work_plan.hpp"

namespace smp::hands {

// The tool as a person sets it for a session.
struct Tool {
  double depth_mm = 0.30;
  double dilution_override = -1.0;  // >= 0: this shade everywhere (a novice's choice)
};

class PenHand {
 public:
  PenHand(const core::Level& level, const core::Scalp& scalp, const WorkPlan& plan,
          core::Attempt& attempt, std::uint64_t seed);
  ~PenHand();

  // Starts session k (1-based): a fresh pen (its own tremor stream) at start_mm, clock at 0.
  void begin_session(int session, core::Vec2 start_mm, const Tool& tool);
  // Ends it: releases the button, records the duration (a second past the last event).
  void end_session();

  std::int64_t now_ms() const { return t_ms_; }
  core::Vec2 pointer_mm() const;
  // Moves the pointer to p over move_ms with a smooth (minimum-jerk) profile, one mouse event
  // every 10 ms.
  void glide_to(core::Vec2 p_mm, std::int64_t move_ms);
  // Holds still (the pen keeps stepping: the tip settles and trembles).
  void wait(std::int64_t ms);
  void press();
  void release();
  bool pressed() const;
  // The dots the pen fired since the last call, already in the attempt (for the caller's view).
  std::vector<core::Vec2> take_new_dots();

 private:
  void collect();

  const core::Level& level_;
  const core::Scalp& scalp_;
  const WorkPlan& plan_;
  core::Attempt& attempt_;
  std::uint64_t seed_;
  std::unique_ptr<sim::Pen> pen_;
  Tool tool_;
  int session_ = 0;
  std::int64_t t_ms_ = 0;
  std::vector<core::Vec2> fresh_;
};

}  // namespace smp::hands
