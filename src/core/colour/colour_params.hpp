// Tunable numbers for colour science and the colour_match metric; defaults cite src/core/README.md.
// A level may override any number of ColourParams by name through ScoringSpec::overrides
// ("colour.NAME"); the dot look (PigmentLookParams) is not overridable.
#pragma once
#include <string_view>

#include "core/client.hpp"

namespace smp::core {

// How a dot filters the light of the skin under it (dot_look.hpp): the share of each sRGB-encoded
// channel it lets through where it is fully dark. One model for what the trainee sees (the
// render, the colour screen's swatches) and what is graded (colour_match). Display choices (D),
// tuned by eye on the renders; not overridable by name.
struct PigmentLookParams {
  Srgb8 ink_transmittance{34, 34, 38};     // carbon black seen through the epidermis
  Srgb8 blue_transmittance{92, 112, 138};  // Tyndall: deep ink looks blue-grey (notes N18)
};

struct ColourParams {
  PigmentLookParams look;  // also what the render draws (render::DotLookParams::pigment)
  // --- Target shade (notes R18, N69-N71): water parts per hair colour at Fitzpatrick III, then
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
  // --- colour_match scoring (notes R18).
  // CIE76 between the healed look and the target's (dot_look.hpp): at or below = full marks, at
  // or above = 0. D: 1.25 x the 4 and 24 set for the earlier linear-light carbon-black look, whose
  // dE ran 1.1-1.8x smaller, so that a one-palette-step error costs about what it did
  // (tests/core/colour/colour_match_calibration_test.cpp).
  double delta_e_good = 5.0;
  double delta_e_zero = 30.0;
  double blue_risk_max_fitzpatrick = 2;       // I-II: too dark risks a blue cast (notes N71)
  double blue_risk_points_per_step = 12.0;    // per palette step darker than the target
  double blue_risk_deep_multiplier = 2.0;     // x this when the dots are also too deep
  double deep_share_for_multiplier = 0.10;    // share of too-deep dots that counts as "too deep"
  double faint_edge_min_fitzpatrick = 5;      // V-VI: a faint edge does not show (notes N71)
  double faint_edge_points_per_step = 10.0;   // per step lighter than target at the hairline
  double session1_not_lighter_points = 15.0;  // session 1 >= one step lighter (notes R5)
};

// Sets the parameter called `name` (a field above, without "colour."); false when unknown.
bool set_colour_param(ColourParams& params, std::string_view name, double value);

}  // namespace smp::core
