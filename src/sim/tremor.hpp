// Seeded band-limited hand tremor: a sum of a few sinusoids per axis, as a force on the pen tip.
// Not the spring that pulls the tip to the pointer (pen.hpp) nor random placement of dots.
#pragma once
#include <cstdint>
#include <vector>

#include "core/base/geometry.hpp"
#include "sim/pen_params.hpp"

namespace smp::sim {

class Tremor {
 public:
  Tremor(const PenParams& params, std::uint64_t seed);
  // Acceleration (mm/s^2) to apply to the tip at time t_s. Each component's amplitude is scaled
  // by the spring-damper's response at its frequency, so the displacement RMS is ~tremor_rms_mm.
  core::Vec2 accel_mm_s2(double t_s) const;

 private:
  struct Component {
    double omega_rad_s = 0.0;
    double phase_x = 0.0;
    double phase_y = 0.0;
    double accel_amplitude_mm_s2 = 0.0;
  };
  std::vector<Component> components_;
};

}  // namespace smp::sim
