#include "core/colour/colour_params.hpp"

#include <string_view>

#include "core/scoring/named_params.hpp"

namespace smp::core {

bool set_colour_param(ColourParams& p, std::string_view name, double value) {
  static constexpr NamedField<ColourParams> kTable[] = {
      {"target_black", &ColourParams::target_black},
      {"target_dark_brown", &ColourParams::target_dark_brown},
      {"target_medium_brown", &ColourParams::target_medium_brown},
      {"target_light_brown", &ColourParams::target_light_brown},
      {"target_blond", &ColourParams::target_blond},
      {"target_red", &ColourParams::target_red},
      {"target_grey", &ColourParams::target_grey},
      {"target_white", &ColourParams::target_white},
      {"target_per_fitzpatrick", &ColourParams::target_per_fitzpatrick},
      {"delta_e_good", &ColourParams::delta_e_good},
      {"delta_e_zero", &ColourParams::delta_e_zero},
      {"blue_risk_max_fitzpatrick", &ColourParams::blue_risk_max_fitzpatrick},
      {"blue_risk_points_per_step", &ColourParams::blue_risk_points_per_step},
      {"blue_risk_deep_multiplier", &ColourParams::blue_risk_deep_multiplier},
      {"deep_share_for_multiplier", &ColourParams::deep_share_for_multiplier},
      {"faint_edge_min_fitzpatrick", &ColourParams::faint_edge_min_fitzpatrick},
      {"faint_edge_points_per_step", &ColourParams::faint_edge_points_per_step},
      {"session1_not_lighter_points", &ColourParams::session1_not_lighter_points},
  };
  return set_named_field(p, kTable, name, value);
}

}  // namespace smp::core
