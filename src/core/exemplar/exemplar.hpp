// The expert's attempt at a level: what a skilled practitioner would do, deterministic from the
// level's seed. It proves every level can be passed and is the reference trainees compare with.
// Not a grader: it never looks at scores.
#pragma once
#include "core/attempt.hpp"
#include "core/base/field_grid.hpp"
#include "core/level.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scalp/zone_raster.hpp"
#include "core/scoring/context.hpp"

namespace smp::core {

// Technique numbers of the expert (notes N8, N22-N26, N41-N45, N100-N103).
struct ExemplarParams {
  double session_share[4] = {0.35, 0.70, 1.0, 1.0};  // cumulative density per session (notes N22)
  double hairline_ramp_mm = 10.0;                    // TZ 0.5-1 cm (notes N41-N43)
  double micro_amplitude_mm = 2.2;                   // 1-3 mm RMS zigzag (notes R15)
  double micro_wavelength_mm = 3.0;                  // 2-5 mm scale (notes R15)
  double sentinels_per_cm = 0.6;                     // a few single dots 1-3 mm ahead (notes N44)
  double edge_needle_depth_mm = 10.0;  // 1RL within this distance behind the plan line
  double poisson_rho = 0.72;           // Bridson radius / d_hex: blue noise, not a lattice
  double depth_target_mm = 0.30;       // papillary dermis (0.1-0.5) (notes R2)
  double depth_sd_mm = 0.03;
  double dots_per_s = 1.25;             // 1-1.5 dots/s (notes N103)
  double scar_blend_mm = 5.0;           // feather the scar border (notes R19)
  double temple_recess_clear_mm = 3.0;  // keep the FTA recess open (notes R12)
};

Attempt make_exemplar(const Level& level, const Scalp& scalp, const ExemplarParams& params = {});

// The density the expert plans per cell of the zone raster (dots/cm^2 at the last session, before
// healing), for a given hairline and without the micro-irregularity of the expert's own edge: the
// shape the grader reads a healed attempt's shade against (ramps, scar boosts, bare forehead).
// Cells within edge_mm behind the hairline (or in front of it) are left out (density 0): the
// hairline's transition, whose zigzag and single dots hairline_naturalness judges.
FieldGrid planned_density_map(const Level& level, const Scalp& scalp, const ScoringParams& scoring,
                              const ZoneRaster& zones, const Polyline& hairline, double edge_mm,
                              const ExemplarParams& params = {});

}  // namespace smp::core
