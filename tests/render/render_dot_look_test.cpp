// The render draws a dot in the core's dot look (core/colour/dot_look.hpp), the one colour_match
// grades: the middle of a large fresh dot on plain skin is skin x mix(white, T, darkness).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>

#include "core/colour/dot_look.hpp"
#include "render/image/image.hpp"
#include "render/look/dots.hpp"
#include "render/view.hpp"

using namespace smp;

namespace {

// The centre pixel of one 1 mm dot drawn at 40 px/mm on an image of plain `skin`, with the
// grain and the dermal haze off so that only the dot's own filter acts there.
core::Srgb8 centre_of_dot(core::Srgb8 skin, double darkness, double blue_shift,
                          const render::DotLookParams& look) {
  render::View view;
  view.centre_mm = {0.0, 150.0};
  view.px_per_mm = 40.0;
  view.width_px = view.height_px = 121;
  render::Image img(view.width_px, view.height_px, skin);
  core::HealedDot dot;
  dot.pos_mm = view.centre_mm;
  dot.diameter_mm = 1.0;
  dot.darkness = darkness;
  dot.blue_shift = blue_shift;
  render::draw_dot(img, view, img.rect(), dot, look);
  const core::Vec2 c = view.mm_to_px(dot.pos_mm);
  const std::uint8_t* px =
      img.px(static_cast<int>(std::floor(c.x)), static_cast<int>(std::floor(c.y)));
  return {px[0], px[1], px[2]};
}

}  // namespace

TEST_CASE("the render's dot colour on skin is the core's dot look") {
  render::DotLookParams look;
  look.grain_strength = 0.0f;
  look.shadow_gain = 0.0;
  for (int fitzpatrick : {1, 3, 4, 6})
    for (double darkness : {0.25, 0.6, 1.0})
      for (double blue_shift : {0.0, 0.5, 1.0}) {
        CAPTURE(fitzpatrick);
        CAPTURE(darkness);
        CAPTURE(blue_shift);
        const core::Srgb8 skin = core::skin_colour_srgb(fitzpatrick);
        const core::Srgb8 drawn = centre_of_dot(skin, darkness, blue_shift, look);
        const core::Srgb8 model =
            core::to_srgb8(core::dot_on_skin(skin, darkness, blue_shift, look.pigment));
        CHECK(std::abs(drawn.r - model.r) <= 1);
        CHECK(std::abs(drawn.g - model.g) <= 1);
        CHECK(std::abs(drawn.b - model.b) <= 1);
      }
}

TEST_CASE("the render's transmittance is the core's, in float") {
  const render::DotLookParams look;
  for (double blue_shift : {0.0, 0.3, 1.0}) {
    core::HealedDot dot;
    dot.blue_shift = blue_shift;
    const render::Rgb t = render::dot_transmittance(dot, look);
    const core::SrgbUnit c = core::dot_transmittance(blue_shift, look.pigment);
    CHECK(t.r == static_cast<float>(c.r));
    CHECK(t.g == static_cast<float>(c.g));
    CHECK(t.b == static_cast<float>(c.b));
  }
}
