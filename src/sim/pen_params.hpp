// Tunables of the simulated handpiece: how hard the needle tip follows the pointer, how much it
// trembles, how often the machine fires while the button is held. Not the physics itself (pen.hpp).
#pragma once
#include <cstdint>

namespace smp::sim {

// Box2D works in this unit: 1 world unit = 10 mm (1 cm). Chart positions in mm are divided by
// kMmPerWorldUnit on the way in. Centimetres keep the numbers near 1..35 over a whole head,
// where float keeps ~2e-5 mm of precision and Box2D's per-step translation cap (2 units) is
// far above any hand speed at 500 Hz.
inline constexpr double kMmPerWorldUnit = 10.0;

struct PenParams {
  // Fixed physics rate, independent of the frame rate: same input stream => same dots.
  int step_hz = 500;
  // Effective mass of hand + handpiece at the tip (world units: kg). Only the ratios matter.
  double tip_mass_kg = 1.0;
  // The mouse joint is a spring-damper toward the pointer. Natural frequency and damping ratio
  // set how tight the tip follows; lower frequency = more drag behind a fast pointer (D: chosen so
  // that 100 mm/s, a hasty hand, lags 1.5-6 mm depending on difficulty).
  double follow_hz = 12.0;
  double damping_ratio = 0.8;
  // Cap on the joint's pull, as an acceleration (mm/s^2): a fast jerk saturates and drags.
  double max_accel_mm_s2 = 30000.0;
  // Band-limited tremor: a few sinusoids per axis with seeded frequencies in [min,max] Hz and
  // seeded phases, scaled so the tip's steady-state RMS displacement per axis is about
  // tremor_rms_mm. Physiological hand tremor lies around 4-12 Hz (not in the notes; grade D).
  double tremor_rms_mm = 0.03;
  double tremor_min_hz = 4.0;
  double tremor_max_hz = 12.0;
  int tremor_components = 3;
  // Machine cadence while the button is held: one impression per interval (D: a practitioner
  // places about 1-1.5 dots/s overall (notes N103); the machine stroke is much faster, but
  // each impression is one deliberate tap, so 150 ms keeps a held sweep controllable).
  std::int64_t cadence_ms = 150;
  // Pen path sampling for the attempt record while the button is held.
  std::int64_t path_sample_ms = 20;
};

// Parameters for a level's difficulty 1 (steady, snappy) .. 5 (laggy, shaky). Out-of-range
// difficulties are clamped.
PenParams pen_params_for_difficulty(int difficulty);

}  // namespace smp::sim
