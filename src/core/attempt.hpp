// A trainee's attempt at a level: decision, plan, pigment, and every impression, per session.
// Plain data; scores are never trusted from here, they are recomputed.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/dot.hpp"
#include "core/level.hpp"

namespace smp::core {

struct PenSample {
  std::int64_t t_ms = 0;
  int session = 1;
  Vec2 pointer_mm{0.0, 0.0};
  Vec2 tip_mm{0.0, 0.0};
  bool pressed = false;
};

struct Attempt {
  std::string level_id;
  std::string trainee;
  std::uint64_t seed = 1;  // healing and tremor draw from this
  Mode mode = Mode::Practice;
  Decision decision = Decision::Undecided;
  Polyline mockup_hairline_mm;  // the plan drawn by the trainee (or copied from the level)
  std::vector<Pigment> session_pigments;  // one per session started
  std::vector<Dot> dots;
  std::vector<PenSample> pen_path;
  std::vector<std::int64_t> session_duration_ms;
};

}  // namespace smp::core
