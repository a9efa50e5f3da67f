// Tunable numbers for depth_control; the depth bands themselves are the healing model's
// (HealingParams: shallow_depth_mm, target_max_depth_mm, deep_depth_mm) (notes R2).
// A level may override any of them by name through ScoringSpec::overrides ("depth.NAME").
#pragma once
#include <string_view>

namespace smp::core {

struct DepthParams {
  // "Bad share" = shallow + 0.5 x (deep but not blown out) + 1.5 x blown out (D) (notes R2).
  double weight_shallow = 1.0;
  double weight_deep = 0.5;
  double weight_blowout = 1.5;
  double bad_share_good = 0.05;  // at or below: full marks (D)
  double bad_share_zero = 0.40;  // at or above: 0 (D)
  double spot_cell_mm = 10.0;    // where the faults cluster, for feedback and spots
  double max_spots = 5.0;
};

// Sets the parameter called `name` (a field above, without "depth."); false when unknown.
bool set_depth_param(DepthParams& params, std::string_view name, double value);

}  // namespace smp::core
