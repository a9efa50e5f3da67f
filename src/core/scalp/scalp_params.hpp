// Tunables of the scalp generators (natural density, hair-loss shapes, scars, hairline design).
// Not the chart geometry (chart.hpp) nor the level's client description (scalp.hpp ClientSpec).
#pragma once
#include <array>

#include "core/scalp/hair_loss.hpp"

namespace smp::core {

// One Norwood stage as geometry on the chart (shapes grade D) (notes N120, N57-N58).
// Recessions are measured in chart y behind the natural mature hairline. The permanent fringe
// keeps its hair lateral of |x| = fringe_side_x_mm in front of the ears and beyond
// fringe_back_r_mm (arc from the vertex) behind them, blending between the two.
struct NorwoodShape {
  double mid_recession_mm = 0.0;     // frontal line moved back at the midline
  double corner_recession_mm = 0.0;  // extra recession lateral of the midline (temple triangles)
  double corner_start_x_mm = 12.0;   // the extra recession starts this far off the midline...
  double corner_full_x_mm = 55.0;    // ...and is full from here outward
  double sparse_band_mm = 0.0;       // a thinned band just behind the receded front (IIa island)
  double sparse_band_loss = 0.0;
  double vertex_half_width_mm = 0.0;   // crown loss ellipse (0 = none), lateral semi-axis
  double vertex_half_length_mm = 0.0;  // along y
  double vertex_forward_mm = 0.0;      // ellipse centre this far in front of the whorl
  double vertex_loss = 1.0;            // 1 = bald, < 1 = sparse
  double bridge_loss = 0.0;            // thinning of the band between front and vertex (IV, V)
  bool top_bald = false;               // everything above the fringe is bald (VI, VII)
  double fringe_side_x_mm = 64.0;      // top of the side fringe, chart |x|
  double fringe_back_r_mm = 100.0;     // back fringe top, ~2.4 cm below the whorl (notes N58)
};

constexpr std::size_t kNorwoodStageCount = 12;
// Defaults, indexed by NorwoodStage. Tuned so the bald area grows with the stage and lands in the
// bald-area estimates (N3 40-70, N4 60-100, N5 100-140, N6 140-200 cm^2; grade D) (notes N121).
std::array<NorwoodShape, kNorwoodStageCount> default_norwood_shapes();

struct ScalpGenParams {
  double field_cell_mm = 2.0;
  double core_density_per_cm2 = 85.0;        // (notes N29-N31)
  double hairline_density_per_cm2 = 51.0;    // (notes N33)
  double temple_density_per_cm2 = 44.0;      // (notes N34); about 50 beside the ears (notes N31)
  double occipital_density_per_cm2 = 100.0;  // (notes N31, N35)
  // Natural density ramp behind the hair boundary: the transition zone starts at this share of
  // the edge density and reaches it after tz_mm (notes N41); the core density is reached
  // defined_zone_mm further in (notes N42); the core is denser than the hairline (notes N43).
  double tz_start_fraction = 0.6;
  double tz_mm = 8.0;
  double defined_zone_mm = 22.0;

  // Soft, irregular loss boundaries (grade D) (notes N125): smoothstep half-width and seeded
  // value-noise displacement of the boundary (two octaves).
  double loss_edge_half_width_mm = 5.0;
  double loss_noise_amplitude_mm = 5.0;
  double loss_noise_cell_mm = 16.0;
  double loss_asymmetry = 0.08;  // left/right recession differ by up to this share (notes N45)
  std::array<NorwoodShape, kNorwoodStageCount> norwood = default_norwood_shapes();

  // Ludwig (notes N59): thinning starts 1-3 cm behind the preserved hairline; loss at the centre
  // of the thinned oval for grades I (perceptible), II (pronounced), III (near bald).
  double ludwig_start_behind_hairline_mm = 20.0;
  double ludwig_half_width_mm = 58.0;
  double ludwig_end_behind_whorl_mm = 25.0;
  // HairLossSpec::remaining_density_fraction sets the loss there, kept inside the grade's range.
  std::array<double, 3> ludwig_min_loss{0.2, 0.45, 0.8};
  std::array<double, 3> ludwig_max_loss{0.45, 0.8, 0.97};
  double ludwig_edge_softness = 0.45;  // share of the oval's radius over which the loss fades
  double female_patchiness = 0.12;     // +- share of loss variation inside the thinned area
  // Savin frontal variant / Olsen Christmas tree (notes N122): widest at the front, along a part.
  double savin_start_behind_hairline_mm = 10.0;
  double savin_front_half_width_mm = 60.0;
  double savin_back_half_width_mm = 18.0;
  double savin_part_front_half_width_mm = 5.0;
  double savin_part_back_half_width_mm = 1.5;
  double savin_part_loss = 0.85;  // the widened part line reads as nearly bare skin

  // Alopecia areata (notes N60): patches sharply bounded, aspect ratio of the ovals.
  double areata_edge_half_width_mm = 1.2;
  double areata_min_aspect = 0.7;
  double areata_ophiasis_band_mm = 28.0;        // band width inside the temporal-occipital margin
  double areata_ophiasis_min_theta_deg = 60.0;  // from the temples backwards
  double diffuse_noise = 0.08;                  // +- share of loss variation (diffuse thinning)

  // Scars (notes N62-N64, N130).
  double fut_waviness_mm = 1.5;  // amplitude of the strip scar's slow wave
  double fut_max_offset_from_band_mid_mm = 8.0;
  double fue_min_centre_spacing_mm = 1.4;  // punctures "do not overlap much"
  double scar_path_step_mm = 4.0;

  // Hairline design (notes N110-N115, N47-N53): what an expert would draw for this client.
  double design_male_mid_frontal_mm = 80.0;    // (notes N47, N50)
  double design_female_mid_frontal_mm = 62.0;  // 6.4 cm female forehead (notes N53, N47)
  double design_older_male_extra_mm = 5.0;     // conservative when older (notes N115, N23)
  int design_older_male_age_years = 50;
  double design_widows_peak_mm = 4.0;   // female widow's peak depth (notes N52)
  double design_asymmetry_sd_mm = 2.0;  // left/right landmark mismatch (notes N45, R16)
  double design_micro_sd_mm = 0.8;      // per control point jitter (notes N45)
};

}  // namespace smp::core
