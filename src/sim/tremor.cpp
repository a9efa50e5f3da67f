#include "sim/tremor.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/base/rng.hpp"

namespace smp::sim {
namespace {
constexpr double kTwoPi = 2.0 * std::numbers::pi;
}

Tremor::Tremor(const PenParams& params, std::uint64_t seed) {
  core::Rng rng(seed ^ 0x7a3e5f1c9b2d4e61ull);
  const int n = std::max(params.tremor_components, 0);
  if (n == 0 || params.tremor_rms_mm <= 0.0) return;
  // One sinusoid of amplitude a has RMS a/sqrt(2); n independent ones add in power.
  const double displacement_amplitude_mm = params.tremor_rms_mm * std::sqrt(2.0 / n);
  const double w0 = kTwoPi * params.follow_hz;
  for (int i = 0; i < n; ++i) {
    Component c;
    const double hz = rng.uniform(params.tremor_min_hz, params.tremor_max_hz);
    c.omega_rad_s = kTwoPi * hz;
    c.phase_x = rng.uniform(0.0, kTwoPi);
    c.phase_y = rng.uniform(0.0, kTwoPi);
    // |w0^2 - w^2 + i 2 zeta w0 w|: the force per unit displacement of a driven oscillator.
    const double re = w0 * w0 - c.omega_rad_s * c.omega_rad_s;
    const double im = 2.0 * params.damping_ratio * w0 * c.omega_rad_s;
    c.accel_amplitude_mm_s2 = displacement_amplitude_mm * std::sqrt(re * re + im * im);
    components_.push_back(c);
  }
}

core::Vec2 Tremor::accel_mm_s2(double t_s) const {
  core::Vec2 a{0.0, 0.0};
  for (const auto& c : components_) {
    a.x += c.accel_amplitude_mm_s2 * std::sin(c.omega_rad_s * t_s + c.phase_x);
    a.y += c.accel_amplitude_mm_s2 * std::sin(c.omega_rad_s * t_s + c.phase_y);
  }
  return a;
}

}  // namespace smp::sim
