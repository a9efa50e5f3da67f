// Tunable numbers for the hairline part of scoring; sources of the defaults (notes R11-R17).
// A level may override any of them by name through ScoringSpec::overrides ("hairline.NAME").
#pragma once
#include <string_view>

namespace smp::core {

struct HairlineParams {
  // --- Measuring the leading edge: where density reaches ~30% of core (notes R13).
  double edge_bin_mm = 2.0;       // contour resolution along x (D)
  double edge_window_x_mm = 6.0;  // density window across x around a bin (D: ~20 dots)
  double edge_window_y_mm = 4.0;  // density window along y (D)
  // The core density the edge is measured against: this quantile of the windowed densities
  // between the canthus lines, so the client's own denser hair behind does not set it (D).
  double core_density_quantile = 0.80;
  double edge_fraction = 0.30;      // leading-edge density <= ~30% of core (notes R13)
  double ramp_low_fraction = 0.10;  // 10% -> 90% rise (notes R13)
  double ramp_high_fraction = 0.90;
  double scan_max_y_mm = 170.0;    // the frontal scan stops near the vertex (chart.hpp)
  double scan_margin_x_mm = 25.0;  // scan this far beyond the lateral-canthus lines

  // --- Position of the mid-frontal point above the glabella (notes R11, N47-N53), for a head
  // whose natural mid-frontal point is 80 mm (ChartParams); scaled by the client's landmark.
  double male_mature_min_mm = 75.0;  // mature male 7.5-9 cm (notes N47, N50, N51)
  double male_mature_max_mm = 90.0;
  double male_young_min_mm = 70.0;  // juvenile hairline ~1.3-1.9 cm lower (notes N51)
  double male_young_max_mm = 85.0;
  double mature_age_years = 25.0;  // concave -> convex between 18 and 29 (notes N51)
  double female_min_mm = 58.0;     // female forehead 63.8 mm (notes N53)
  double female_max_mm = 72.0;
  double given_below_tolerance_mm = 5.0;  // a level's given hairline sets the band instead
  double given_above_tolerance_mm = 8.0;
  double fatal_below_band_mm = 8.0;  // below ~6.5 cm is a major fault -> fail (notes R11)
  double low_points_per_mm = 7.0;    // too low is the worst fault (notes N54)
  double high_points_per_mm = 2.5;   // too high is a minor "conservative" note (notes R11)

  // --- Fronto-temporal angles (notes R12, N46, N50, N52).
  double fta_x_tolerance_mm = 5.0;      // the FTA within +/-5 mm of the canthus line
  double temple_probe_ahead_mm = 12.0;  // probe in front of the FTA, inside the temple recess (D)
  double temple_probe_radius_mm = 6.0;
  double temple_open_fraction = 0.35;    // probe density / core at or below: open
  double temple_filled_fraction = 0.70;  // at or above: filled (fail)

  // --- Transition-zone ramp (notes R13, N41-N43).
  double ramp_min_mm = 5.0;
  double ramp_max_mm = 15.0;
  double hard_edge_mm = 3.0;  // narrower fails ("helmet")

  // --- Macro- and micro-irregularity, sentinels (notes R14-R15, N44-N45).
  double macro_smooth_mm = 20.0;              // smoothing at a 2 cm scale (notes R14)
  double macro_central_half_width_mm = 30.0;  // the central 6 cm (notes R14)
  double ruler_residual_mm = 0.5;             // straight-line residual below this = ruler line
  double natural_residual_mm = 1.0;           // from here on the macro shape counts as natural
  double micro_rms_min_mm = 0.7;  // 1-3 mm RMS (notes R15); the windowed edge reads ~0.3 mm low
  double micro_rms_max_mm = 3.0;
  double sentinel_ahead_min_mm = 0.5;  // single dots 1-3 mm ahead (notes R15, N44)
  double sentinel_ahead_max_mm = 6.0;
  double sentinels_min_per_cm = 0.2;  // "a few per cm of hairline"
  double sentinels_max_per_cm = 4.0;  // more is a second line

  // --- Symmetry (notes R16).
  double symmetry_natural_min_mm = 1.0;  // below: "too perfect" (small penalty)
  double symmetry_lopsided_mm = 10.0;    // above: lopsided
  double symmetry_zero_mm = 20.0;        // component reaches its floor here

  // --- Edge dots finer and lighter than core dots (notes R17, N8, N55).
  double edge_core_ratio_good = 0.85;  // TZ:core mean of diameter and darkness ratios
  double edge_core_ratio_bad = 1.05;

  // --- Agreement with the plan (mockup or the level's given hairline).
  double plan_good_mm = 3.0;
  double plan_bad_mm = 15.0;

  // --- Component weights of the hairline score (sum 1; D).
  double w_position = 0.25;
  double w_temples = 0.12;
  double w_ramp = 0.18;
  double w_macro = 0.10;
  double w_micro = 0.10;
  double w_symmetry = 0.05;
  double w_gradient = 0.08;
  double w_plan = 0.12;
  // Caps when a fatal fault is present (the metric then fails whatever the rest says).
  double fatal_cap = 45.0;
};

// Sets the parameter called `name` (a field name above, without the "hairline." prefix).
// Returns false for an unknown name. Used by the scorer to apply ScoringSpec::overrides.
bool set_hairline_param(HairlineParams& params, std::string_view name, double value);

}  // namespace smp::core
