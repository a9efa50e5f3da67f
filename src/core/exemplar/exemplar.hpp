// The expert's attempt at a level: what a skilled practitioner would do, deterministic from the
// level's seed. It proves every level can be passed and is the reference trainees compare with.
// Not a grader: it never looks at scores.
#pragma once
#include "core/attempt.hpp"
#include "core/level.hpp"
#include "core/scalp/scalp.hpp"

namespace smp::core {

// Technique numbers of the expert (DOMAIN rows 8, 22-26, 41-45; section 2).
struct ExemplarParams {
  double session_share[4] = {0.35, 0.70, 1.0, 1.0};  // cumulative density per session (row 22)
  double hairline_ramp_mm = 10.0;                    // rows 41-43: TZ 0.5-1 cm
  double micro_amplitude_mm = 2.2;                   // rule 15: 1-3 mm RMS zigzag
  double micro_wavelength_mm = 3.0;                  // rule 15: 2-5 mm scale
  double sentinels_per_cm = 0.6;                     // row 44: a few single dots 1-3 mm ahead
  double edge_needle_depth_mm = 10.0;  // 1RL within this distance behind the plan line
  double poisson_rho = 0.72;           // Bridson radius / d_hex: blue noise, not a lattice
  double depth_target_mm = 0.30;       // papillary dermis (rule 2: 0.1-0.5)
  double depth_sd_mm = 0.03;
  double dots_per_s = 1.25;             // section 2: 1-1.5 dots/s
  double scar_blend_mm = 5.0;           // feather the scar border (rule 19)
  double temple_recess_clear_mm = 3.0;  // keep the FTA recess open (rule 12)
};

Attempt make_exemplar(const Level& level, const Scalp& scalp, const ExemplarParams& params = {});

}  // namespace smp::core
