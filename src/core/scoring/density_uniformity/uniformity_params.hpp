// Tunable numbers for density_uniformity; sources of the defaults (notes R4-R10, N150-N155).
// A level may override any of them by name through ScoringSpec::overrides ("uniformity.NAME").
#pragma once
#include <string_view>

namespace smp::core {

struct UniformityParams {
  // --- Where to score: the level's target zones, where the client has lost hair.
  double zone_cell_mm = 2.0;              // zone raster; the scalp's own field cell (D)
  double treat_min_loss_fraction = 0.30;  // treatable where >= 30% of the hair is lost (D)
  double treat_min_share_of_zone = 0.10;  // less than this treatable: score the whole zone (D)
  double min_zone_area_mm2 = 100.0;       // regions of >= 1 cm^2 (notes R7)
  double min_zone_dots = 20.0;            // fewer dots: density only, no pattern statistics
  // --- Density against the target and the session plan (30/70/100%) (notes R5-R6, N22).
  double plan_after_1_of_3 = 0.35;
  double plan_after_2_of_3 = 0.70;
  double density_tolerance = 0.15;     // +/-15% is on plan (notes R5)
  double density_zero = 0.45;          // this far off scores 0: half the density fails (D)
  double density_cap_per_cm2 = 115.0;  // never above ~115 / cm^2 (1 mm spacing) (notes R6)
  // --- Clark-Evans R (Donnelly), NN-CV, quadrat CV (notes R7), against the calibration table
  // (notes N155).
  double r_zero_low = 1.00;  // Poisson: clumpy
  double r_min = 1.35;
  double r_max = 1.80;
  double r_zero_high = 2.10;     // lattice-like (> 1.95) (notes R7)
  double nn_cv_zero_low = 0.00;  // a perfect lattice
  double nn_cv_min = 0.05;
  double nn_cv_max = 0.25;
  double nn_cv_zero_high = 0.45;        // Poisson is 0.52
  double quadrat_expected_dots = 20.0;  // cells of ~20 expected dots (notes N152)
  double quadrat_cv_good = 0.15;        // <= 0.15 good (notes R7)
  double quadrat_cv_zero = 0.35;        // >= 0.30 patchy (notes R7)
  // --- Minimum spacing (notes R8): NN below half the hexagonal spacing of the density the plan
  // asks for by now (the target times the session's plan share) is too close. Against the
  // target, not the trainee's own density: a sparse partial fill is not "too close".
  double min_spacing_fraction = 0.50;
  double too_close_share_good = 0.02;
  double too_close_share_zero = 0.15;
  // --- Holes (notes R10): empty discs wider than 2x the local spacing.
  double hole_factor = 2.0;
  double hole_grid_fraction = 0.50;  // distance-transform cell / spacing (holes refined)
  double hole_rate_good = 0.10;      // excess hole area (in threshold discs) per cm^2 (D)
  double hole_rate_zero = 1.00;
  double hole_largest_good = 3.0;  // largest hole / spacing (D)
  double hole_largest_zero = 6.0;
  // --- Coverage (D): a point farther than this many planned spacings from every dot is not
  // reached by the fill (an empty disc 3 spacings across: blue noise at the target reaches
  // ~100%). Worded with the zone's density, or alone below coverage_worded_below.
  double coverage_reach_spacings = 1.5;
  double coverage_worded_below = 0.90;
  // --- Merged / blotched dots (notes R4).
  double merge_gap_mm = 0.10;
  double merged_share_good = 0.05;  // share of dots in a merged pair (D; the client's own hair
  double merged_share_zero =
      0.25;  // and a skilled clicker ~0.07: a touching pair or two is no fault)
  // --- Rows and grids (notes R9): bond order. Calibrated on 2,000-dot patterns: Poisson-disk
  // rho 0.5-0.75 <= 0.09; jittered (+/-0.25) square or hex grids and hand-made rows >= 0.36.
  double order_tile_dots = 100.0;
  double order_min_tile_points = 30.0;
  double order_max_points = 2000.0;  // per zone (the calibration size); subsampled beyond (speed)
  double order_good = 0.15;
  double order_zero = 0.30;
  // --- As seen on the healed scalp (calibrated on the hand models, tests/hands, and on the fault
  // patterns of tests/core/scoring/density_uniformity/visible_faults_test.cpp, which pin them).
  // Each dot's ink is its healed darkness x its visible area; the zone is binned on cells of
  // zone_cell_mm / seen_subdivide and read through square windows against the zone's mean ink.
  double seen_subdivide = 4.0;
  // The windows read the shade against the expert's plan for the hairline the work is judged
  // against, leaving out the hairline's transition within edge_band_mm of it (its zigzag edge and
  // single dots are hairline_naturalness's; notes N41-N44: a 5-10 mm transition, 1-3 mm dots
  // ahead).
  double edge_band_mm = 12.0;
  // The small windows scale with the planned spacing (at 80 / cm^2: 1.2 mm): what reads as a spot
  // is a few dots' worth of texture, and a sparser plan has as many dots per window.
  // See-through spots: windows about two planned spacings wide (2.5 mm at 80 / cm^2) with under
  // 30% of the shade read as bare skin up close (stripes' gaps, a stroke's missed turns).
  double thin_window_spacings = 2.1;
  double thin_below = 0.30;
  double thin_share_good = 0.02;
  double thin_share_zero = 0.10;
  // Mottle: windows about three spacings wide (3.5 mm at 80 / cm^2) more than 45% off, lighter or
  // darker: clumps and blotches,
  // small patches. The client's own hair reads ~0.04, aim errors of 0.3 / 0.6 / 1.0 mm on the
  // expert's plan 0.01 / 0.035 / 0.08, a 5 mm checkerboard of 1.4x / 0.6x density 0.11.
  double mottle_window_spacings = 2.9;
  double mottle_off = 0.45;
  double mottle_share_good = 0.02;
  double mottle_share_zero = 0.11;
  // Patches: the mean ink over 5 (at least 4.2 spacings), 10 and 20 mm windows further off the
  // plan than these
  // fractions reads as a lighter or darker patch from conversational distance (the larger the
  // patch, the smaller the difference that shows).
  double patch_5_off = 0.35;
  double patch_10_off = 0.22;
  double patch_20_off = 0.12;
  double patch_share_good = 0.02;
  double patch_share_zero = 0.15;
  // Lines and grids: a tile of lines_tile_cells cells whose strongest wave (periods from
  // lines_min_period_spacings planned spacings to lines_max_period_mm) has at least this
  // amplitude and this power against its ring reads as stripes, rows or a lattice.
  double lines_tile_cells = 64.0;
  double lines_min_period_spacings = 0.8;
  double lines_max_period_mm = 12.0;
  double lines_modulation_visible = 0.30;
  double lines_ring_ratio_visible = 20.0;  // random and blue-noise tiles reach ~13
  double lines_max_tiles = 12.0;  // per zone, spread evenly: a sample of a big zone (speed)
  double lines_share_good = 0.05;
  double lines_share_zero = 0.25;
  // --- Combining (D): weighted mean of the parts, capped at the worst critical part + margin,
  // so that one gross fault (a grid, a hole, half the density) fails the zone.
  // Clark-Evans R, NN-CV, quadrat CV, minimum spacing and bond order are reported, not scored
  // (weight 0): irregularity below what shows must not fail a zone; a level may weight them.
  double w_density = 0.30;
  double w_plan = 0.10;
  double w_r = 0.0;
  double w_nn_cv = 0.0;
  double w_quadrat = 0.0;
  double w_min_spacing = 0.0;
  double w_holes = 0.10;
  double w_merged = 0.05;
  double w_rows = 0.0;
  double w_thin = 0.15;
  double w_mottle = 0.10;
  double w_patches = 0.15;
  double w_lines = 0.15;
  double critical_margin = 45.0;
  // The metric is the zones' area-weighted mean, but never more than the worst zone + this: a
  // bald patch or stripes in one zone show however well the others are filled (D).
  double worst_zone_margin = 10.0;
};

// Sets the parameter called `name` (a field above, without "uniformity."); false when unknown.
bool set_uniformity_param(UniformityParams& params, std::string_view name, double value);

}  // namespace smp::core
