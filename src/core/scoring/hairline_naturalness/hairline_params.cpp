#include "core/scoring/hairline_naturalness/hairline_params.hpp"
#include "core/scoring/named_params.hpp"

#include <array>
#include <utility>

namespace smp::core {

bool set_hairline_param(HairlineParams& params, std::string_view name, double value) {
  // One table of names so a level file and the code agree on spelling.
  static constexpr NamedField<HairlineParams> kFields[] = {
      {"edge_bin_mm", &HairlineParams::edge_bin_mm},
      {"edge_window_x_mm", &HairlineParams::edge_window_x_mm},
      {"edge_window_y_mm", &HairlineParams::edge_window_y_mm},
      {"core_density_quantile", &HairlineParams::core_density_quantile},
      {"edge_fraction", &HairlineParams::edge_fraction},
      {"ramp_low_fraction", &HairlineParams::ramp_low_fraction},
      {"ramp_high_fraction", &HairlineParams::ramp_high_fraction},
      {"scan_max_y_mm", &HairlineParams::scan_max_y_mm},
      {"scan_margin_x_mm", &HairlineParams::scan_margin_x_mm},
      {"male_mature_min_mm", &HairlineParams::male_mature_min_mm},
      {"male_mature_max_mm", &HairlineParams::male_mature_max_mm},
      {"male_young_min_mm", &HairlineParams::male_young_min_mm},
      {"male_young_max_mm", &HairlineParams::male_young_max_mm},
      {"mature_age_years", &HairlineParams::mature_age_years},
      {"female_min_mm", &HairlineParams::female_min_mm},
      {"female_max_mm", &HairlineParams::female_max_mm},
      {"given_below_tolerance_mm", &HairlineParams::given_below_tolerance_mm},
      {"given_above_tolerance_mm", &HairlineParams::given_above_tolerance_mm},
      {"fatal_below_band_mm", &HairlineParams::fatal_below_band_mm},
      {"low_points_per_mm", &HairlineParams::low_points_per_mm},
      {"high_points_per_mm", &HairlineParams::high_points_per_mm},
      {"fta_x_tolerance_mm", &HairlineParams::fta_x_tolerance_mm},
      {"temple_probe_ahead_mm", &HairlineParams::temple_probe_ahead_mm},
      {"temple_probe_radius_mm", &HairlineParams::temple_probe_radius_mm},
      {"temple_open_fraction", &HairlineParams::temple_open_fraction},
      {"temple_filled_fraction", &HairlineParams::temple_filled_fraction},
      {"ramp_min_mm", &HairlineParams::ramp_min_mm},
      {"ramp_max_mm", &HairlineParams::ramp_max_mm},
      {"hard_edge_mm", &HairlineParams::hard_edge_mm},
      {"macro_smooth_mm", &HairlineParams::macro_smooth_mm},
      {"macro_central_half_width_mm", &HairlineParams::macro_central_half_width_mm},
      {"ruler_residual_mm", &HairlineParams::ruler_residual_mm},
      {"natural_residual_mm", &HairlineParams::natural_residual_mm},
      {"micro_rms_min_mm", &HairlineParams::micro_rms_min_mm},
      {"micro_rms_max_mm", &HairlineParams::micro_rms_max_mm},
      {"sentinel_ahead_min_mm", &HairlineParams::sentinel_ahead_min_mm},
      {"sentinel_ahead_max_mm", &HairlineParams::sentinel_ahead_max_mm},
      {"sentinels_min_per_cm", &HairlineParams::sentinels_min_per_cm},
      {"sentinels_max_per_cm", &HairlineParams::sentinels_max_per_cm},
      {"symmetry_natural_min_mm", &HairlineParams::symmetry_natural_min_mm},
      {"symmetry_lopsided_mm", &HairlineParams::symmetry_lopsided_mm},
      {"symmetry_zero_mm", &HairlineParams::symmetry_zero_mm},
      {"edge_core_ratio_good", &HairlineParams::edge_core_ratio_good},
      {"edge_core_ratio_bad", &HairlineParams::edge_core_ratio_bad},
      {"plan_good_mm", &HairlineParams::plan_good_mm},
      {"plan_bad_mm", &HairlineParams::plan_bad_mm},
      {"w_position", &HairlineParams::w_position},
      {"w_temples", &HairlineParams::w_temples},
      {"w_ramp", &HairlineParams::w_ramp},
      {"w_macro", &HairlineParams::w_macro},
      {"w_micro", &HairlineParams::w_micro},
      {"w_symmetry", &HairlineParams::w_symmetry},
      {"w_gradient", &HairlineParams::w_gradient},
      {"w_plan", &HairlineParams::w_plan},
      {"fatal_cap", &HairlineParams::fatal_cap},
  };
  return set_named_field(params, kFields, name, value);
}

}  // namespace smp::core
