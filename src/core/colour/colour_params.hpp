// Tunable numbers for colour science and the colour_match metric; defaults cite DOMAIN.md.
// A level may override any of them by name through ScoringSpec::overrides ("colour.NAME").
#pragma once
#include <string_view>

namespace smp::core {

struct ColourParams {
  // --- Appearance (D): carbon black in CIELAB, and what a full blue shift does to it (row 18).
  double pigment_l = 14.0;
  double pigment_a = 0.0;
  double pigment_b = 0.0;
  double blue_shift_l = 10.0;  // the deposit looks lighter through more tissue
  double blue_shift_a = -4.0;
  double blue_shift_b = -24.0;  // and bluer (Tyndall)
  // --- Target shade (rule 18; rows 69-71): water parts per hair colour at Fitzpatrick III, then
  // this many parts fewer per type darker (more per type lighter). A design lookup (grade D).
  double target_black = 2.0;
  double target_dark_brown = 6.0;
  double target_medium_brown = 10.0;
  double target_light_brown = 14.0;
  double target_blond = 18.0;
  double target_red = 15.0;
  double target_grey = 18.0;
  double target_white = 22.0;
  double target_per_fitzpatrick = 2.0;
  // --- colour_match scoring (rule 18).
  double delta_e_good = 4.0;                  // CIE76 on the healed look: at or below = full marks
  double delta_e_zero = 24.0;                 // at or above = 0
  double blue_risk_max_fitzpatrick = 2;       // I-II: too dark risks a blue cast (row 71)
  double blue_risk_points_per_step = 12.0;    // per palette step darker than the target
  double blue_risk_deep_multiplier = 2.0;     // x this when the dots are also too deep
  double deep_share_for_multiplier = 0.10;    // share of too-deep dots that counts as "too deep"
  double faint_edge_min_fitzpatrick = 5;      // V-VI: a faint edge does not show (row 71)
  double faint_edge_points_per_step = 10.0;   // per step lighter than target at the hairline
  double session1_not_lighter_points = 15.0;  // rule 5: session 1 >= one step lighter
};

// Sets the parameter called `name` (a field above, without "colour."); false when unknown.
bool set_colour_param(ColourParams& params, std::string_view name, double value);

}  // namespace smp::core
