#include <string_view>

#include "core/base/text_format.hpp"

#include "core/scoring/density_uniformity/density_uniformity.hpp"
#include "core/scoring/density_uniformity/uniformity_params.hpp"
#include "core/scoring/named_params.hpp"

namespace smp::core {

// The session plan and when the metric applies: read by the metric and by the exemplar.
double planned_density_share(int session, int sessions, const UniformityParams& p) {
  if (sessions <= 1 || session >= sessions) return 1.0;
  if (session <= 0) return 0.0;
  // The 3-session curve (0, 0) (1/3, s1) (2/3, s2) (1, 1), read at session / sessions.
  const double x = static_cast<double>(session) / sessions;
  const double xs[4] = {0.0, 1.0 / 3.0, 2.0 / 3.0, 1.0};
  const double ys[4] = {0.0, p.plan_after_1_of_3, p.plan_after_2_of_3, 1.0};
  for (int i = 0; i < 3; ++i)
    if (x <= xs[i + 1]) return ys[i] + (ys[i + 1] - ys[i]) * (x - xs[i]) / (xs[i + 1] - xs[i]);
  return 1.0;
}

std::string session_plan_text(int sessions, const UniformityParams& p) {
  if (sessions <= 1) return "all of the density in one session";
  std::string out;
  for (int s = 1; s < sessions; ++s)
    out += fmt(s == 1 ? "about %.0f%% of the density in session %d, " : "%.0f%% by session %d, ",
               100.0 * planned_density_share(s, sessions, p), s);
  return out + fmt("all of it by session %d", sessions);
}

bool density_uniformity_applies(const Level& level) {
  for (const auto& [zone, density] : level.task.target_density_per_cm2)
    if (zone != Zone::Forehead && zone != Zone::OffHead && density > 0.0) return true;
  return false;
}

bool set_uniformity_param(UniformityParams& p, std::string_view name, double value) {
  static constexpr NamedField<UniformityParams> kTable[] = {
      {"zone_cell_mm", &UniformityParams::zone_cell_mm},
      {"treat_min_loss_fraction", &UniformityParams::treat_min_loss_fraction},
      {"treat_min_share_of_zone", &UniformityParams::treat_min_share_of_zone},
      {"min_zone_area_mm2", &UniformityParams::min_zone_area_mm2},
      {"min_zone_dots", &UniformityParams::min_zone_dots},
      {"plan_after_1_of_3", &UniformityParams::plan_after_1_of_3},
      {"plan_after_2_of_3", &UniformityParams::plan_after_2_of_3},
      {"density_tolerance", &UniformityParams::density_tolerance},
      {"density_zero", &UniformityParams::density_zero},
      {"density_cap_per_cm2", &UniformityParams::density_cap_per_cm2},
      {"r_zero_low", &UniformityParams::r_zero_low},
      {"r_min", &UniformityParams::r_min},
      {"r_max", &UniformityParams::r_max},
      {"r_zero_high", &UniformityParams::r_zero_high},
      {"nn_cv_zero_low", &UniformityParams::nn_cv_zero_low},
      {"nn_cv_min", &UniformityParams::nn_cv_min},
      {"nn_cv_max", &UniformityParams::nn_cv_max},
      {"nn_cv_zero_high", &UniformityParams::nn_cv_zero_high},
      {"quadrat_expected_dots", &UniformityParams::quadrat_expected_dots},
      {"quadrat_cv_good", &UniformityParams::quadrat_cv_good},
      {"quadrat_cv_zero", &UniformityParams::quadrat_cv_zero},
      {"min_spacing_fraction", &UniformityParams::min_spacing_fraction},
      {"too_close_share_good", &UniformityParams::too_close_share_good},
      {"too_close_share_zero", &UniformityParams::too_close_share_zero},
      {"hole_factor", &UniformityParams::hole_factor},
      {"coverage_reach_spacings", &UniformityParams::coverage_reach_spacings},
      {"coverage_worded_below", &UniformityParams::coverage_worded_below},
      {"hole_grid_fraction", &UniformityParams::hole_grid_fraction},
      {"hole_rate_good", &UniformityParams::hole_rate_good},
      {"hole_rate_zero", &UniformityParams::hole_rate_zero},
      {"hole_largest_good", &UniformityParams::hole_largest_good},
      {"hole_largest_zero", &UniformityParams::hole_largest_zero},
      {"merge_gap_mm", &UniformityParams::merge_gap_mm},
      {"merged_share_good", &UniformityParams::merged_share_good},
      {"merged_share_zero", &UniformityParams::merged_share_zero},
      {"order_tile_dots", &UniformityParams::order_tile_dots},
      {"order_min_tile_points", &UniformityParams::order_min_tile_points},
      {"order_max_points", &UniformityParams::order_max_points},
      {"order_good", &UniformityParams::order_good},
      {"order_zero", &UniformityParams::order_zero},
      {"seen_subdivide", &UniformityParams::seen_subdivide},
      {"edge_band_mm", &UniformityParams::edge_band_mm},
      {"thin_window_spacings", &UniformityParams::thin_window_spacings},
      {"thin_below", &UniformityParams::thin_below},
      {"thin_share_good", &UniformityParams::thin_share_good},
      {"thin_share_zero", &UniformityParams::thin_share_zero},
      {"patch_5_off", &UniformityParams::patch_5_off},
      {"patch_10_off", &UniformityParams::patch_10_off},
      {"patch_20_off", &UniformityParams::patch_20_off},
      {"patch_share_good", &UniformityParams::patch_share_good},
      {"patch_share_zero", &UniformityParams::patch_share_zero},
      {"lines_tile_cells", &UniformityParams::lines_tile_cells},
      {"lines_min_period_spacings", &UniformityParams::lines_min_period_spacings},
      {"lines_max_period_mm", &UniformityParams::lines_max_period_mm},
      {"lines_modulation_visible", &UniformityParams::lines_modulation_visible},
      {"lines_ring_ratio_visible", &UniformityParams::lines_ring_ratio_visible},
      {"lines_max_tiles", &UniformityParams::lines_max_tiles},
      {"lines_share_good", &UniformityParams::lines_share_good},
      {"lines_share_zero", &UniformityParams::lines_share_zero},
      {"w_density", &UniformityParams::w_density},
      {"w_plan", &UniformityParams::w_plan},
      {"w_r", &UniformityParams::w_r},
      {"w_nn_cv", &UniformityParams::w_nn_cv},
      {"w_quadrat", &UniformityParams::w_quadrat},
      {"w_min_spacing", &UniformityParams::w_min_spacing},
      {"w_holes", &UniformityParams::w_holes},
      {"w_merged", &UniformityParams::w_merged},
      {"w_rows", &UniformityParams::w_rows},
      {"mottle_window_spacings", &UniformityParams::mottle_window_spacings},
      {"mottle_off", &UniformityParams::mottle_off},
      {"mottle_share_good", &UniformityParams::mottle_share_good},
      {"mottle_share_zero", &UniformityParams::mottle_share_zero},
      {"w_thin", &UniformityParams::w_thin},
      {"w_mottle", &UniformityParams::w_mottle},
      {"w_patches", &UniformityParams::w_patches},
      {"w_lines", &UniformityParams::w_lines},
      {"critical_margin", &UniformityParams::critical_margin},
      {"worst_zone_margin", &UniformityParams::worst_zone_margin},
  };
  return set_named_field(p, kTable, name, value);
}

}  // namespace smp::core
