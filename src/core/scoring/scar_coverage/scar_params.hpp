// Tunable numbers for the scar part of scoring; sources of the defaults (notes R19-R20, N62-N68).
// A level may override any of them by name through ScoringSpec::overrides ("scar.NAME").
#pragma once
#include <string_view>

namespace smp::core {

struct ScarParams {
  // --- Camouflage (notes R19): visible density inside within +/-15% of a 1-2 cm ring around it.
  double match_tolerance = 0.15;
  double ring_inner_mm = 10.0;
  double ring_outer_mm = 20.0;
  // FUE fields are hundreds of 1 mm punctures: their ring is the skin between them, inside the
  // field's bounds.
  double fue_ring_inner_mm = 2.0;
  double fue_ring_outer_mm = 6.0;
  double patch_min_expected_dots = 150.0;  // patches big enough that counting noise < tolerance
  double patch_min_length_mm = 10.0;
  double raster_cell_mm = 0.5;  // distance-transform resolution around a scar (D)

  // --- Blended border (notes R19): the hairline's ramp test (notes R13) with a 3-10 mm ramp.
  double border_band_mm = 3.0;   // the band just outside the scar compared with inside
  double blend_ok_step = 0.20;   // relative density step that still reads as blended
  double blend_bad_step = 0.60;  // from here the border is a visible edge

  // --- Overworking (notes R20): a separate penalty, numbers are design choices (notes N132).
  double repeat_radius_mm = 0.3;    // two punctures closer than this in one session
  double max_session_share = 0.60;  // per-session density in scar <= 60% of the final target
  double repeat_share_free = 0.01;  // this share of repeats is forgiven (slips of the hand)
  double repeat_penalty_per_share = 300.0;  // points per unit share of repeats beyond the free one
  double session_excess_penalty = 60.0;     // points per unit excess share over the cap
  double max_overwork_penalty = 40.0;

  // --- Component weights (sum 1).
  double w_camouflage = 0.65;
  double w_blend = 0.35;
  double min_camouflaged_share = 0.5;  // below this the metric fails (skipped scar)
};

// Sets the parameter called `name` (a field name above, without the "scar." prefix).
bool set_scar_param(ScarParams& params, std::string_view name, double value);

}  // namespace smp::core
