// One pigment impression as placed, and as it looks after healing.
#pragma once
#include <cstdint>

#include "core/base/geometry.hpp"
#include "core/needle.hpp"

namespace smp::core {

struct Dot {
  Vec2 pos_mm{0.0, 0.0};
  double depth_mm = 0.3;  // below the skin surface
  Needle needle;
  int session = 1;  // 1-based
  double dilution_water_parts = 8.0;
  std::int64_t t_ms = 0;  // since the session began
};

struct HealedDot {
  Vec2 pos_mm{0.0, 0.0};
  double diameter_mm = 0.0;  // visible diameter after healing
  double darkness = 0.0;     // 0 invisible .. 1 neat black at the surface
  double blue_shift = 0.0;   // 0 none .. 1 strong (Tyndall, too deep)
  bool kept = true;          // false when the pigment was shed (too shallow, scar)
  bool blown_out = false;    // too deep: spread, blurred
  int session = 1;
  std::uint32_t source_index = 0;  // index into Attempt::dots
};

}  // namespace smp::core
