// Tunable numbers of the healing model (heal(), healing.hpp); defaults cite src/core/README.md.
// A level may override any of them by name through ScoringSpec::overrides ("healing.NAME").
#pragma once
#include <string_view>

namespace smp::core {

struct HealingParams {
  // --- Size: healed ~ 0.5 x fresh footprint (notes N5, R3); deep pigment spreads (notes N10, N18).
  double shrink_factor = 0.5;        // x 0.5-0.6 (notes N5, R3)
  double size_jitter = 0.10;         // +/- share per dot, uniform (D)
  double deep_spread_per_mm = 0.30;  // fresh spread per side per mm past the target band (D)
  double blowout_min_factor = 1.5;   // diameter x 1.5-3 when too deep (notes R2)
  double blowout_max_factor = 3.0;
  // --- Depth bands (epidermis ~0.1 mm, papillary dermis ~0.1-0.5 mm) (notes R2, N12-N16, N102).
  double shallow_depth_mm = 0.10;       // above this (shallower) the pigment is mostly shed
  double target_max_depth_mm = 0.50;    // deeper than this starts to spread and shift blue
  double deep_depth_mm = 0.80;          // >= ~0.8-1 mm blows out (notes R2)
  double blowout_full_depth_mm = 1.50;  // blow-out factor reaches its maximum (D)
  double blue_full_depth_mm = 1.20;     // blue shift reaches 1 (D) (notes N18)
  // --- Retention (shallow p_keep ~0.3-0.6, target 0.9-0.97) (notes R2, R3, N17).
  double p_keep_surface = 0.30;  // at depth 0
  double p_keep_shallow = 0.60;  // just above the shallow edge
  double p_keep_target = 0.95;
  double p_keep_deep = 0.95;       // deep pigment stays (and that is the problem)
  double shallow_darkness = 0.70;  // a shallow dot that stays heals patchy and pale (notes N17)
  // --- Shade: 1-3 steps lighter when healed (notes N26); one step multiplies darkness by this.
  double shade_steps_min = 1.0;
  double shade_steps_max = 3.0;
  double shade_step_factor = 0.88;   // D: ~12% less dark per palette step
  double deep_darkness_loss = 0.30;  // at full blue shift, seen through more tissue (D) (notes N18)
  // Pigment strength: darkness = 1 / (1 + k * water parts); neat = 1, 20:1 = 0.25 (D)
  // (notes N69-N70).
  double darkness_per_water_part = 0.15;
  // --- Skin: scar tissue keeps less and less evenly (Scar::tissue) (notes N66-N67); oily skin
  // holds colour and definition poorly (notes N72).
  double scar_retention_spread = 0.15;  // +/- on the scar's retention factor per dot (D)
  double oily_retention = 0.85;         // D
  double oily_spread = 1.25;            // D
  // --- Time (notes N26-N28).
  double settle_days = 28.0;  // true colour shows at ~1 month (notes N26)
  double days_after_last_session = 30.0;
  double fade_per_year = 0.08;        // darkness lost a year (D); touch-ups every 2-6 y (notes N28)
  double scar_fade_multiplier = 1.8;  // scars faded ~1.8x as much: 1.6 vs 0.9 (notes N27, N67)
};

// Sets the parameter called `name` (a field above, without "healing."); false when unknown.
bool set_healing_param(HealingParams& params, std::string_view name, double value);

}  // namespace smp::core
