// The compositor: what the scalp looks like (pixel properties, not hashes) and the cache
// invariant (incremental updates equal a full redraw).
#include <doctest/doctest.h>

#include <algorithm>

#include "core/base/rng.hpp"
#include "render/canvas.hpp"
#include "render/look/dots.hpp"
#include "render_fixture.hpp"

using namespace smp;
using render::Canvas;
using render::Image;
using render::View;
using render::test::random_dots;

namespace {

render::View whole_head(const core::Scalp& s, int longest_px) {
  int w = 0, h = 0;
  render::size_for(s.chart.bounds_mm, longest_px, w, h);
  return render::fit_view(s.chart.bounds_mm, w, h);
}

render::View close_up(core::Vec2 centre_mm, double px_per_mm, int size_px) {
  return render::test::close_up(centre_mm, px_per_mm, size_px, size_px);
}

render::Rgb mean_colour(const Image& img, const View& v, core::RectMm box) {
  render::Rgb sum;
  int n = 0;
  const render::PixelRect r = v.pixels_of(box, 0.0);
  for (int y = r.y0; y < r.y1; ++y)
    for (int x = r.x0; x < r.x1; ++x, ++n) {
      const render::Rgb c = img.get(x, y);
      sum = {sum.r + c.r, sum.g + c.g, sum.b + c.b};
    }
  REQUIRE(n > 0);
  return render::scale(sum, 1.0f / static_cast<float>(n));
}

// Share of pixels in `box` clearly darker than the local skin (hair, dots).
double dark_share(const Image& img, const View& v, core::RectMm box, float skin_luma) {
  int dark = 0, n = 0;
  const render::PixelRect r = v.pixels_of(box, 0.0);
  for (int y = r.y0; y < r.y1; ++y)
    for (int x = r.x0; x < r.x1; ++x, ++n)
      if (render::luminance(img.get(x, y)) < skin_luma * 0.8f) ++dark;
  return n ? static_cast<double>(dark) / n : 0.0;
}

core::HealedDot dot_at(core::Vec2 p, double diameter_mm = 0.3, double darkness = 0.9) {
  core::HealedDot d;
  d.pos_mm = p;
  d.diameter_mm = diameter_mm;
  d.darkness = darkness;
  return d;
}

}  // namespace

TEST_CASE("forehead pixels are close to the client's Fitzpatrick skin tone") {
  float previous_luma = 2.0f;
  for (int fitz = 1; fitz <= 6; ++fitz) {
    const core::Scalp s = render::test::make_scalp(false, fitz);
    const View v = close_up({0.0, 40.0}, 4.0, 128);
    Canvas canvas(s, v);
    const render::Rgb mean = mean_colour(canvas.image(), v, {{-10.0, 30.0}, {10.0, 50.0}});
    const render::Rgb tone = render::to_rgb(core::skin_colour_srgb(fitz));
    CAPTURE(fitz);
    CHECK(std::abs(mean.r - tone.r) < 0.08f);
    CHECK(std::abs(mean.g - tone.g) < 0.08f);
    CHECK(std::abs(mean.b - tone.b) < 0.08f);
    CHECK(render::luminance(mean) < previous_luma);  // darker skin types render darker
    previous_luma = render::luminance(mean);
  }
}

TEST_CASE("a Norwood VI head shows a bald top against a dense horseshoe fringe") {
  const core::Scalp bald = render::test::make_scalp(true);
  const core::Scalp full = render::test::make_scalp(false);
  const View v = whole_head(bald, 512);
  Canvas bald_canvas(bald, v);
  Canvas full_canvas(full, v);
  const float skin_luma = render::luminance(render::to_rgb(core::skin_colour_srgb(3)));
  const core::RectMm top{{-40.0, 120.0}, {40.0, 200.0}};
  const core::RectMm fringe{{-40.0, 285.0}, {40.0, 330.0}};
  const double bald_top = dark_share(bald_canvas.image(), v, top, skin_luma);
  const double bald_fringe = dark_share(bald_canvas.image(), v, fringe, skin_luma);
  const double full_top = dark_share(full_canvas.image(), v, top, skin_luma);
  CHECK(bald_top < 0.02);
  CHECK(bald_fringe > 0.15);
  CHECK(full_top > 0.15);
  CHECK(render::luminance(mean_colour(bald_canvas.image(), v, top)) >
        render::luminance(mean_colour(bald_canvas.image(), v, fringe)) + 0.05f);
}

TEST_CASE(
    "a generated Norwood VI scalp renders with far fewer hair-dark pixels on top than the fringe") {
  core::ClientSpec spec;
  spec.loss.pattern = core::LossPattern::Norwood;
  spec.loss.norwood = core::NorwoodStage::VI;
  spec.seed = 11;
  const core::Scalp s = core::generate_scalp(spec);
  const View v = whole_head(s, 400);
  Canvas canvas(s, v);
  const float skin_luma =
      render::luminance(render::to_rgb(core::skin_colour_srgb(spec.profile.fitzpatrick)));
  const double top = dark_share(canvas.image(), v, {{-30.0, 110.0}, {30.0, 190.0}}, skin_luma);
  const double fringe = dark_share(canvas.image(), v, {{-30.0, 295.0}, {30.0, 335.0}}, skin_luma);
  CHECK(top * 4.0 < fringe);
}

TEST_CASE("the same scalp renders identically and another seed does not") {
  const View v = close_up({-120.0, 220.0}, 6.0, 96);
  const Image a = Canvas(render::test::make_scalp(true, 3, core::HairColour::Black, 5), v).image();
  const Image b = Canvas(render::test::make_scalp(true, 3, core::HairColour::Black, 5), v).image();
  const Image c = Canvas(render::test::make_scalp(true, 3, core::HairColour::Black, 6), v).image();
  CHECK(a.rgba == b.rgba);
  CHECK(a.rgba != c.rgba);
}

TEST_CASE("a dot darkens the pixels at its position and not 1 mm away") {
  const core::Scalp s = render::test::make_scalp(true);
  const core::Vec2 p{0.0, 150.0};  // bald top: bare skin
  const View v = close_up(p, 10.0, 80);
  Canvas canvas(s, v);
  const Image before = canvas.image();
  canvas.add_dot(dot_at(p, 0.3, 0.9));
  const Image& after = canvas.image();
  const core::Vec2 c = v.mm_to_px(p);
  const int cx = static_cast<int>(c.x), cy = static_cast<int>(c.y);
  CHECK(render::luminance(after.get(cx, cy)) < 0.5f * render::luminance(before.get(cx, cy)));
  const core::Vec2 away = v.mm_to_px(p + core::Vec2{1.0, 0.0});
  const core::Vec2 away_y = v.mm_to_px(p + core::Vec2{0.0, -1.0});
  for (core::Vec2 q : {away, away_y}) {
    const int qx = static_cast<int>(q.x), qy = static_cast<int>(q.y);
    CHECK(std::equal(after.px(qx, qy), after.px(qx, qy) + 4, before.px(qx, qy)));
  }
}

TEST_CASE("a lighter, shed or zero-sized dot darkens less or not at all") {
  const core::Scalp s = render::test::make_scalp(true);
  const core::Vec2 p{0.0, 150.0};
  const View v = close_up(p, 10.0, 40);
  auto luma_at_centre = [&](const core::HealedDot& d) {
    Canvas canvas(s, v);
    canvas.add_dot(d);
    const core::Vec2 c = v.mm_to_px(p);
    return render::luminance(canvas.image().get(static_cast<int>(c.x), static_cast<int>(c.y)));
  };
  const float bare = luma_at_centre(dot_at(p, 0.0, 1.0));
  const float dark = luma_at_centre(dot_at(p, 0.3, 0.9));
  const float light = luma_at_centre(dot_at(p, 0.3, 0.3));
  core::HealedDot shed = dot_at(p, 0.3, 0.9);
  shed.kept = false;
  CHECK(dark < light);
  CHECK(light < bare);
  CHECK(luma_at_centre(shed) == bare);
}

TEST_CASE("a blown-out dot is wider, softer and bluer than a crisp one") {
  core::HealedDot crisp = dot_at({0.0, 0.0}, 0.4, 0.9);
  core::HealedDot blown = crisp;
  blown.blown_out = true;
  blown.blue_shift = 0.8;
  const render::DotLookParams dp;
  const render::Rgb tc = render::dot_transmittance(crisp, dp);
  const render::Rgb tb = render::dot_transmittance(blown, dp);
  CHECK(tb.b - tb.r > tc.b - tc.r);
  const View v = close_up({0.0, 0.0}, 20.0, 64);
  const render::PixelRect rc = render::dot_pixels(v, crisp, dp);
  const render::PixelRect rb = render::dot_pixels(v, blown, dp);
  CHECK(rb.x1 - rb.x0 > rc.x1 - rc.x0);
}

TEST_CASE("adding dots one by one gives exactly the image of drawing them all at once") {
  const core::Scalp s = render::test::make_scalp(true);
  const View v = close_up({-20.0, 160.0}, 8.0, 120);
  const auto dots = random_dots(400, {{-28.0, 152.0}, {-12.0, 168.0}}, 3);
  Canvas incremental(s, v);
  for (const auto& d : dots) incremental.add_dot(d);
  Canvas full(s, v);
  full.set_dots(dots);
  CHECK(incremental.dot_count() == dots.size());
  CHECK(incremental.image().rgba == full.image().rgba);
  CHECK(incremental.image().rgba != incremental.base_image().rgba);
}

TEST_CASE("panning reuses pixels yet equals a full redraw at the new position") {
  const core::Scalp s = render::test::make_scalp(true);
  const View v = close_up({-95.0, 250.0}, 5.0, 120);  // hair edge, with dots across it
  const auto dots = random_dots(600, {{-110.0, 236.0}, {-80.0, 264.0}}, 9);
  Canvas panned(s, v);
  panned.set_dots(dots);
  View moved = v;
  for (core::Vec2 step : {core::Vec2{17.0, 0.0}, core::Vec2{0.0, -11.0}, core::Vec2{-23.0, 29.0}}) {
    moved = render::pan_by(moved, step);
    panned.set_view(moved);
    Canvas fresh(s, moved);
    fresh.set_dots(dots);
    CAPTURE(step.x);
    CAPTURE(step.y);
    CHECK(panned.image().rgba == fresh.image().rgba);
  }
}

TEST_CASE("zooming redraws at the new scale") {
  const core::Scalp s = render::test::make_scalp(true);
  const View v = close_up({0.0, 150.0}, 4.0, 64);
  Canvas canvas(s, v);
  canvas.add_dot(dot_at({0.0, 150.0}, 0.5, 1.0));
  const View z = render::zoom_about(v, {32.0, 32.0}, 4.0);
  canvas.set_view(z);
  Canvas fresh(s, z);
  fresh.add_dot(dot_at({0.0, 150.0}, 0.5, 1.0));
  CHECK(canvas.image().rgba == fresh.image().rgba);
  CHECK(canvas.image().width == 64);
}

TEST_CASE("an FUT scar is paler than the scalp beside it") {
  core::Scalp s = render::test::make_scalp(false);
  s.scars.push_back(render::test::make_fut_scar());
  const View v = close_up({0.0, 300.0}, 10.0, 100);
  Canvas canvas(s, v);
  const float on_scar =
      render::luminance(mean_colour(canvas.image(), v, {{-2.0, 299.7}, {2.0, 300.3}}));
  const float beside =
      render::luminance(mean_colour(canvas.image(), v, {{-2.0, 303.0}, {2.0, 305.0}}));
  CHECK(on_scar > beside + 0.05f);
}
