// Tunable numbers of the look of the scalp, hair, scars and dots, in one place.
// Display choices (grade D) unless a domain note is cited.
#pragma once
#include "core/client.hpp"
#include "core/colour/colour_params.hpp"

namespace smp::render {

struct SkinLookParams {
  core::Srgb8 backdrop{46, 47, 50};  // neutral dark-grey studio backdrop
  core::Srgb8 backdrop_vignette{30, 31, 34};
  double field_cell_mm = 1.0;        // resolution of the cached skin fields
  double mottle_cell_mm = 22.0;      // low-frequency blotchiness
  float mottle_strength = 0.045f;    // +/- share of brightness
  float redness_strength = 0.035f;   // warm/cool drift of the hue
  double rim_shade_mm = 70.0;        // how far in from the outline the curvature shading goes
  float rim_darkening = 0.55f;       // brightness lost right at the outline
  float highlight_strength = 0.10f;  // the sheen of a shaved scalp under a top light
  double pore_cell_mm = 0.55;        // one pore per cell (follicle openings)
  double pore_radius_mm = 0.045;
  float pore_darkening = 0.16f;
  float forehead_pore_factor = 0.5f;   // finer, fewer pores on the forehead
  double fine_texture_cell_mm = 0.18;  // micro relief, seen only when zoomed in
  float fine_texture_strength = 0.03f;
};

struct HairLookParams {
  double hairs_per_fu_mean = 2.0;  // ~2 hairs per FU (notes N29-N32)
  double strand_min_mm = 0.4;      // shaved/short stubble seen from above
  double strand_max_mm = 1.2;
  double min_elevation_rad = 0.35;  // angle of the stubble to the skin (~20-60 degrees)
  double max_elevation_rad = 1.05;
  double shaft_diameter_mm = 0.075;  // 60-140 um, fine-to-medium (notes N40)
  double direction_jitter_rad = 0.30;
  double whorl_swirl_rad = 1.1;  // rotation of the growth direction at the whorl
  double whorl_swirl_radius_mm = 45.0;
  float strand_opacity = 0.92f;
  double follicle_radius_mm = 0.06;  // the follicle opening around the shaft
  float follicle_opacity = 0.45f;
  // The shaft runs on obliquely under the skin: a blurred grey-blue line behind the root, the
  // "shadow" that makes a freshly shaved head look blue-grey even where hair is short.
  double under_skin_length_mm = 0.9;
  double under_skin_width_mm = 0.16;
  float under_skin_opacity = 0.15f;
  float tip_opacity = 0.6f;  // the outer half of the strand, finer and lighter
};

struct ScarLookParams {
  core::Srgb8 hypopigmented{236, 222, 214};  // pale, pinkish-white scar tissue
  float shine = 0.12f;                       // a smooth scar reflects more light
  float ridge_shade = 0.10f;                 // raised edge: light on one side, dark on the other
  double ridge_width_mm = 0.5;
  float mottle_strength = 0.08f;  // irregular scars are blotchy
};

struct DotLookParams {
  // The ink's and the deep deposit's transmittance: the core's dot look (core/colour/dot_look.hpp),
  // the one colour_match grades and the swatches show. Leave it at the defaults, as the grader's
  // ScoringParams::colour.look is, or the picture and the score part ways.
  core::PigmentLookParams pigment;
  double edge_softness = 0.35;  // share of the radius that fades out
  double blown_out_softness = 0.85;
  double blown_out_halo = 1.8;  // halo radius / dot radius when blown out
  float halo_strength = 0.22f;
  float grain_strength = 0.18f;  // pigment granules, seen when zoomed in
  // Dermal shadow (D, tuned so an expert's 80/cm^2 crown at whole-head size is about as dark as
  // the client's shaved fringe, tests/render/render_look_test.cpp): pigment lying in the dermis,
  // seen through the epidermis, shows a soft grey-blue haze well beyond its dense core (light
  // scattered in the dermis), and that haze is what makes a treated scalp read as stubble from a
  // distance. Its ink is a fixed multiple of the core's, spread by a normalised kernel, so the
  // total darkening of a dot is the same at every zoom (no sub-pixel loss at whole-head size).
  double shadow_spread_mm = 0.60;       // haze radius = the dot's soft edge + this
  double shadow_gain = 5.5;             // haze ink / core ink (black-equivalent area)
  double shadow_darkness_gamma = 0.4;   // haze ~ darkness^gamma: a dilute shade still casts one
  float shadow_max_alpha = 0.85f;       // at most this much of a pixel's light per dot
  float shadow_blue = 0.30f;            // the haze drifts toward blue-grey, seen deeper (notes N18)
  double shadow_grain_cell_mm = 0.07;   // dispersed pigment granules, seen only when zoomed in
  float shadow_grain_strength = 0.45f;  // +/- share of the haze per granule cell
};

struct RenderParams {
  SkinLookParams skin;
  HairLookParams hair;
  ScarLookParams scar;
  DotLookParams dot;
};

}  // namespace smp::render
