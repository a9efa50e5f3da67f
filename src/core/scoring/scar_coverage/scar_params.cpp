#include "core/scoring/scar_coverage/scar_params.hpp"
#include "core/scoring/named_params.hpp"

#include <array>
#include <utility>

namespace smp::core {

bool set_scar_param(ScarParams& params, std::string_view name, double value) {
  // One table of names so a level file and the code agree on spelling.
  static constexpr NamedField<ScarParams> kFields[] = {
      {"match_tolerance", &ScarParams::match_tolerance},
      {"ring_inner_mm", &ScarParams::ring_inner_mm},
      {"ring_outer_mm", &ScarParams::ring_outer_mm},
      {"fue_ring_inner_mm", &ScarParams::fue_ring_inner_mm},
      {"fue_ring_outer_mm", &ScarParams::fue_ring_outer_mm},
      {"patch_min_expected_dots", &ScarParams::patch_min_expected_dots},
      {"patch_min_length_mm", &ScarParams::patch_min_length_mm},
      {"raster_cell_mm", &ScarParams::raster_cell_mm},
      {"border_band_mm", &ScarParams::border_band_mm},
      {"blend_ok_step", &ScarParams::blend_ok_step},
      {"blend_bad_step", &ScarParams::blend_bad_step},
      {"repeat_radius_mm", &ScarParams::repeat_radius_mm},
      {"max_session_share", &ScarParams::max_session_share},
      {"repeat_share_free", &ScarParams::repeat_share_free},
      {"repeat_penalty_per_share", &ScarParams::repeat_penalty_per_share},
      {"session_excess_penalty", &ScarParams::session_excess_penalty},
      {"max_overwork_penalty", &ScarParams::max_overwork_penalty},
      {"w_camouflage", &ScarParams::w_camouflage},
      {"w_blend", &ScarParams::w_blend},
      {"min_camouflaged_share", &ScarParams::min_camouflaged_share},
  };
  return set_named_field(params, kFields, name, value);
}

}  // namespace smp::core
