// colour_match's delta E thresholds against the dot look: a wrong shade costs about what it did
// before the grader adopted the render's look (the earlier linear-light carbon-black model with
// delta_e_good 4 and delta_e_zero 24), whose costs are quoted below.
#include <doctest/doctest.h>

#include <cmath>

#include "core/colour/colour_params.hpp"
#include "core/colour/dot_look.hpp"
#include "core/colour/target_shade.hpp"
#include "core/healing/healing_params.hpp"
#include "core/scoring/score_curves.hpp"

using namespace smp::core;

namespace {

// Points of colour_match's delta E part lost by healing `used` where the target is `target`,
// both seen as colour_match sees the target: healed the expected two palette steps lighter.
double cost_points(HairColour hair, int fitzpatrick, double used_water_parts) {
  const ColourParams p;
  const HealingParams hp;
  const double mid_steps = 0.5 * (hp.shade_steps_min + hp.shade_steps_max);
  const auto healed_lab = [&](double water_parts) {
    const double darkness = pigment_darkness(water_parts, hp.darkness_per_water_part) *
                            std::pow(hp.shade_step_factor, mid_steps);
    return srgb_to_lab(dot_on_skin(skin_colour_srgb(fitzpatrick), darkness, 0.0, p.look));
  };
  const double target = target_dilution_water_parts(hair, fitzpatrick, p);
  const double de = delta_e76(healed_lab(used_water_parts), healed_lab(target));
  return 100.0 - ramp_score(de, p.delta_e_good, p.delta_e_zero);
}

}  // namespace

TEST_CASE("one palette step off costs about what it did under the earlier colour model") {
  // Black hair, Fitzpatrick III: target 2:1; neat cost 34.6 points before.
  CHECK(cost_points(HairColour::Black, 3, 0.0) == doctest::Approx(30.0).epsilon(0.17));
  // Black hair, Fitzpatrick V: target neat; 2:1 cost 13.6 before.
  CHECK(cost_points(HairColour::Black, 5, 2.0) == doctest::Approx(12.5).epsilon(0.25));
  // Black hair, Fitzpatrick II: target 4:1; 2:1 cost 9.5 before.
  CHECK(cost_points(HairColour::Black, 2, 2.0) == doctest::Approx(11.0).epsilon(0.25));
  // Medium brown on III (target 10:1) and blond on I (22:1): a step either way was free.
  CHECK(cost_points(HairColour::MediumBrown, 3, 8.0) == 0.0);
  CHECK(cost_points(HairColour::MediumBrown, 3, 12.0) == 0.0);
  CHECK(cost_points(HairColour::Blond, 1, 18.0) == 0.0);
  CHECK(cost_points(HairColour::Blond, 1, 24.0) == 0.0);
}

TEST_CASE("the right shade healed as expected costs nothing, a far wrong one everything") {
  CHECK(cost_points(HairColour::DarkBrown, 3, 6.0) == 0.0);
  CHECK(cost_points(HairColour::White, 1, 0.0) == 100.0);
}
