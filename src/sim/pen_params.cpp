#include "sim/pen_params.hpp"

#include <algorithm>

namespace smp::sim {

PenParams pen_params_for_difficulty(int difficulty) {
  const int d = std::clamp(difficulty, 1, 5);
  const double t = (d - 1) / 4.0;  // 0 easiest .. 1 hardest
  PenParams p;
  p.follow_hz = 14.0 - 8.0 * t;               // 14 Hz .. 6 Hz
  p.damping_ratio = 0.85 - 0.25 * t;          // well damped .. a little springy
  p.max_accel_mm_s2 = 40000.0 - 30000.0 * t;  // a jerk drags more on hard levels
  p.tremor_rms_mm = 0.02 + 0.10 * t;          // 0.02 mm .. 0.12 mm (a tenth of the spacing)
  return p;
}

}  // namespace smp::sim
