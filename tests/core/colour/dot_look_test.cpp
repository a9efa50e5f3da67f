// The one model of how a dot looks on skin (core/colour/dot_look.hpp): darker dilutions look
// darker, deep deposits lighter and cooler, and many dots merge to the look of their mean.
#include <doctest/doctest.h>

#include <vector>

#include "core/base/rng.hpp"
#include "core/colour/dot_look.hpp"
#include "core/healing/healing_params.hpp"
#include "core/pigment.hpp"

using namespace smp::core;

namespace {

Lab look_lab(int fitzpatrick, double darkness, double blue_shift) {
  return srgb_to_lab(
      dot_on_skin(skin_colour_srgb(fitzpatrick), darkness, blue_shift, PigmentLookParams{}));
}

}  // namespace

TEST_CASE("a darker dilution looks darker on every skin type, fresh and healed") {
  const HealingParams hp;
  const std::vector<Pigment> palette = default_palette();  // darkest first
  for (int fitzpatrick = 1; fitzpatrick <= 6; ++fitzpatrick)
    for (double healed_factor : {1.0, hp.shade_step_factor * hp.shade_step_factor})
      for (std::size_t i = 0; i + 1 < palette.size(); ++i) {
        CAPTURE(fitzpatrick);
        CAPTURE(palette[i].name);
        const double darker =
            pigment_darkness(palette[i].dilution_water_parts, hp.darkness_per_water_part);
        const double lighter =
            pigment_darkness(palette[i + 1].dilution_water_parts, hp.darkness_per_water_part);
        CHECK(look_lab(fitzpatrick, darker * healed_factor, 0.0).l <
              look_lab(fitzpatrick, lighter * healed_factor, 0.0).l);
      }
}

TEST_CASE("a dot on skin lies between the bare skin and the skin through the full ink") {
  for (int fitzpatrick = 1; fitzpatrick <= 6; ++fitzpatrick) {
    CAPTURE(fitzpatrick);
    const Lab bare = srgb_to_lab(skin_colour_srgb(fitzpatrick));
    CHECK(delta_e76(look_lab(fitzpatrick, 0.0, 0.0), bare) < 1e-9);
    CHECK(look_lab(fitzpatrick, 0.5, 0.0).l < bare.l);
    CHECK(look_lab(fitzpatrick, 1.0, 0.0).l < look_lab(fitzpatrick, 0.5, 0.0).l);
    CHECK(delta_e76(look_lab(fitzpatrick, 2.0, 0.0), look_lab(fitzpatrick, 1.0, 0.0)) < 1e-9);
  }
}

TEST_CASE("a deep deposit's blue shift lightens a dot and cools it, bluer on fair skin") {
  const PigmentLookParams p;
  const auto blue_share = [](SrgbUnit c) { return c.b / (c.r + c.g + c.b); };
  for (int fitzpatrick = 1; fitzpatrick <= 6; ++fitzpatrick) {
    CAPTURE(fitzpatrick);
    const Srgb8 skin = skin_colour_srgb(fitzpatrick);
    CHECK(look_lab(fitzpatrick, 0.7, 0.5).l > look_lab(fitzpatrick, 0.7, 0.0).l);
    CHECK(look_lab(fitzpatrick, 0.7, 1.0).l > look_lab(fitzpatrick, 0.7, 0.5).l);
    CHECK(blue_share(dot_on_skin(skin, 0.7, 1.0, p)) > blue_share(dot_on_skin(skin, 0.7, 0.0, p)));
  }
  // On fair skin, where the blue-cast rule applies (notes N71), b* falls too.
  for (int fitzpatrick : {1, 2}) {
    CAPTURE(fitzpatrick);
    CHECK(look_lab(fitzpatrick, 0.7, 1.0).b < look_lab(fitzpatrick, 0.7, 0.0).b - 2.0);
  }
}

TEST_CASE("the transmittance runs from the ink's to the deep deposit's blue-grey") {
  const PigmentLookParams p;
  const SrgbUnit ink = dot_transmittance(0.0, p), blue = dot_transmittance(1.0, p);
  CHECK(ink.r == 34.0 / 255.0);
  CHECK(ink.b == 38.0 / 255.0);
  CHECK(blue.g == 112.0 / 255.0);
  CHECK(blue.b == 138.0 / 255.0);
  CHECK(dot_transmittance(-1.0, p).r == ink.r);
  CHECK(dot_transmittance(3.0, p).b == blue.b);
  CHECK(dot_transmittance(0.5, p).g == doctest::Approx(0.5 * (ink.g + blue.g)));
}

TEST_CASE("many dots on one skin merge to the look of their mean darkness and weighted blue") {
  const PigmentLookParams p;
  Rng rng(11);
  for (int fitzpatrick : {1, 3, 6}) {
    const Srgb8 skin = skin_colour_srgb(fitzpatrick);
    SrgbUnit mean;
    double darkness_sum = 0.0, darkness_x_blue_sum = 0.0;
    const std::size_t n = 500;
    for (std::size_t i = 0; i < n; ++i) {
      const double darkness = rng.uniform(0.1, 1.0);
      const double blue = i % 3 == 0 ? rng.uniform(0.0, 1.0) : 0.0;
      const SrgbUnit c = dot_on_skin(skin, darkness, blue, p);
      mean.r += c.r / n, mean.g += c.g / n, mean.b += c.b / n;
      darkness_sum += darkness;
      darkness_x_blue_sum += darkness * blue;
    }
    const MergedDots m = merge_dots(darkness_sum, darkness_x_blue_sum, n);
    const SrgbUnit merged = dot_on_skin(skin, m.mean_darkness, m.blue_shift, p);
    CAPTURE(fitzpatrick);
    CHECK(merged.r == doctest::Approx(mean.r).epsilon(1e-12));
    CHECK(merged.g == doctest::Approx(mean.g).epsilon(1e-12));
    CHECK(merged.b == doctest::Approx(mean.b).epsilon(1e-12));
  }
  CHECK(merge_dots(0.0, 0.0, 0).mean_darkness == 0.0);
  CHECK(merge_dots(0.0, 0.0, 7).blue_shift == 0.0);
}
