// Interactive zoom: the resampled preview shown at once, and the band-by-band redraw that must
// end on exactly the pixels of a full redraw, whatever happened in between.
#include <doctest/doctest.h>

#include <cmath>
#include <utility>
#include <vector>

#include "core/base/rng.hpp"
#include "render/canvas.hpp"
#include "render/resample.hpp"
#include "render_fixture.hpp"

using namespace smp;
using render::Canvas;
using render::Image;
using render::View;
using render::test::close_up;
using render::test::random_dots;

namespace {

// A canvas drawn from scratch at `v` with `dots`: what every settled picture must equal.
std::vector<std::uint8_t> full_redraw(const core::Scalp& s, const View& v,
                                      const std::vector<core::HealedDot>& dots) {
  Canvas fresh(s, v);
  fresh.set_dots(dots);
  return fresh.image().rgba;
}

int settle_in_bands(Canvas& c, int rows) {
  int frames = 0;
  while (!c.settled()) {
    const render::PixelRect r = c.refine(rows);
    REQUIRE_FALSE(r.empty());
    CHECK(r.y1 - r.y0 <= rows);
    ++frames;
  }
  return frames;
}

const core::RectMm kDotArea{{-112.0, 234.0}, {-78.0, 266.0}};  // hair edge, dots across it

}  // namespace

TEST_CASE("a previewed zoom, redrawn band by band, ends on exactly the full redraw") {
  const core::Scalp s = render::test::make_scalp(true);
  const View v = close_up({-95.0, 250.0}, 5.0, 120, 90);
  auto dots = random_dots(500, kDotArea, 21);
  Canvas canvas(s, v);
  canvas.set_dots(dots);
  for (double factor : {2.0, 0.5 * 0.8, 3.0}) {
    const View z = render::zoom_about(canvas.view(), {70.0, 40.0}, factor);
    canvas.preview_view(z);
    CAPTURE(factor);
    CHECK_FALSE(canvas.settled());
    CHECK(canvas.view() == z);
    CHECK(canvas.image().width == 120);
    CHECK(settle_in_bands(canvas, 7) <= (90 + 6) / 7 + 1);  // grown both ways from the middle
    CHECK(canvas.image().rgba == full_redraw(s, z, dots));
  }
}

TEST_CASE("dots placed, pans and more wheel steps during a preview still settle exactly") {
  const core::Scalp s = render::test::make_scalp(true);
  const View v = close_up({-95.0, 250.0}, 5.0, 100, 80);
  auto dots = random_dots(300, kDotArea, 5);
  const auto more = random_dots(40, {{-100.0, 244.0}, {-90.0, 256.0}}, 6);
  Canvas canvas(s, v);
  canvas.set_dots(dots);
  View z = render::zoom_about(v, {50.0, 40.0}, 1.25);
  canvas.preview_view(z);
  canvas.refine(20);  // part of the picture is exact already
  for (std::size_t i = 0; i < 20; ++i) {
    canvas.add_dot(more[i]);
    dots.push_back(more[i]);
  }
  z = render::zoom_about(z, {30.0, 60.0}, 1.25);  // another wheel step before it settled
  canvas.preview_view(z);
  canvas.refine(33);
  z = render::pan_by(z, {7.0, -5.0});  // and a drag
  canvas.preview_view(z);
  for (std::size_t i = 20; i < more.size(); ++i) {
    canvas.add_dot(more[i]);
    dots.push_back(more[i]);
  }
  settle_in_bands(canvas, 16);
  CHECK(canvas.image().rgba == full_redraw(s, z, dots));
  // Once settled, a pan is exact at once and the dot-less base is the base of a full redraw.
  const View p = render::pan_by(z, {-9.0, 4.0});
  canvas.preview_view(p);
  CHECK(canvas.settled());
  CHECK(canvas.image().rgba == full_redraw(s, p, dots));
  Canvas fresh(s, p);
  CHECK(canvas.base_image().rgba == fresh.base_image().rgba);
}

TEST_CASE("replacing the dots during a preview, or after pans, redraws exactly") {
  const core::Scalp s = render::test::make_scalp(true);
  const View v = close_up({-95.0, 250.0}, 5.0, 100, 80);
  const auto first = random_dots(300, kDotArea, 7);
  const auto second = random_dots(200, kDotArea, 8);
  Canvas canvas(s, v);
  canvas.set_dots(first);
  // Pans leave the base behind; set_dots must catch it up (strips), not reuse it stale.
  View p = v;
  for (core::Vec2 step : {core::Vec2{13.0, 0.0}, core::Vec2{-4.0, 9.0}, core::Vec2{0.0, -30.0}}) {
    p = render::pan_by(p, step);
    canvas.set_view(p);
  }
  canvas.set_dots(second);
  CHECK(canvas.image().rgba == full_redraw(s, p, second));
  const View z = render::zoom_about(p, {10.0, 10.0}, 2.5);
  canvas.preview_view(z);
  canvas.refine(9);
  canvas.set_dots(first);
  CHECK(canvas.settled());
  CHECK(canvas.image().rgba == full_redraw(s, z, first));
}

TEST_CASE("a previewed zoom shows the old picture at the new scale until it is redrawn") {
  const core::Scalp s = render::test::make_scalp(true);
  const View v = close_up({0.0, 150.0}, 4.0, 80, 80);
  core::HealedDot big;
  big.pos_mm = {0.0, 150.0};
  big.diameter_mm = 3.0;  // 12 px across: survives a bilinear resample
  big.darkness = 1.0;
  Canvas canvas(s, v);
  canvas.add_dot(big);
  const float skin = render::luminance(canvas.image().get(5, 5));
  const float inked = render::luminance(canvas.image().get(40, 40));
  REQUIRE(inked < skin * 0.7f);
  // In 2x about a point off the dot: the dot is drawn where it now belongs, twice as wide.
  const View in = render::zoom_about(v, {50.0, 50.0}, 2.0);
  canvas.preview_view(in);
  const core::Vec2 c = in.mm_to_px(big.pos_mm);
  const int cx = static_cast<int>(c.x), cy = static_cast<int>(c.y);
  CHECK(render::luminance(canvas.image().get(cx, cy)) < skin * 0.7f);
  CHECK(render::luminance(canvas.image().get(cx + 10, cy)) < skin * 0.85f);  // 2.5 mm wide now
  CHECK(render::luminance(canvas.image().get(cx + 20, cy)) > skin * 0.85f);
  // Out 4x: the old picture covers the middle quarter; around it, the small whole-head
  // overview stands in (not the backdrop) until the exact picture is redrawn.
  canvas.settle();
  const View out = render::zoom_about(in, {40.0, 40.0}, 0.25);
  canvas.preview_view(out);
  const auto exact = full_redraw(s, out, {big});
  Image exact_img(80, 80);
  exact_img.rgba = exact;
  for (auto [x, y] : {std::pair{1, 1}, std::pair{78, 2}, std::pair{3, 77}}) {
    CAPTURE(x);
    CAPTURE(y);
    CHECK(std::abs(render::luminance(canvas.image().get(x, y)) -
                   render::luminance(exact_img.get(x, y))) < 0.05f);
  }
  canvas.settle();
  CHECK(canvas.image().rgba == exact);
}

TEST_CASE("resampling to the same view copies the pixels, and a shifted view shifts them") {
  Image src(12, 9);
  for (int y = 0; y < 9; ++y)
    for (int x = 0; x < 12; ++x) {
      std::uint8_t* p = src.px(x, y);
      p[0] = static_cast<std::uint8_t>(x * 20);
      p[1] = static_cast<std::uint8_t>(y * 25);
      p[2] = static_cast<std::uint8_t>((x * 7 + y * 13) % 256);
    }
  const View v = close_up({1.0, 2.0}, 3.0, 12, 9);
  Image dst;
  render::resample_view(src, v, dst, v, core::Srgb8{1, 2, 3}, {0, 0, 12, 9});
  CHECK(dst.rgba == src.rgba);
  const View moved = render::pan_by(v, {2.0, -1.0});  // content moves 2 right, 1 up
  const render::PixelRect cov = render::covered_pixels(v, 12, 9, moved);
  CHECK(cov.x0 == 2);
  CHECK(cov.y0 == 0);
  CHECK(cov.x1 == 12);
  CHECK(cov.y1 == 8);
  dst = Image(12, 9, {9, 9, 9});
  render::resample_view(src, v, dst, moved, core::Srgb8{1, 2, 3}, {0, 0, 12, 5});  // top rows
  for (int y = 0; y < 9; ++y)
    for (int x = 0; x < 12; ++x) {
      CAPTURE(x);
      CAPTURE(y);
      const std::uint8_t* d = dst.px(x, y);
      if (y >= 5) {
        CHECK(d[0] == 9);  // outside the region: untouched
      } else if (x < 2) {
        CHECK(d[0] == 1);  // off the source: the fill
        CHECK(d[2] == 3);
      } else {
        CHECK(std::equal(d, d + 4, src.px(x - 2, y + 1)));
      }
    }
  // With no fill, pixels off the source repeat its nearest edge pixel.
  render::resample_view(src, v, dst, moved, std::nullopt, {0, 0, 12, 9});
  for (int y = 0; y < 8; ++y) {
    CAPTURE(y);
    CHECK(std::equal(dst.px(0, y), dst.px(0, y) + 4, src.px(0, y + 1)));
    CHECK(std::equal(dst.px(1, y), dst.px(1, y) + 4, src.px(0, y + 1)));
  }
  CHECK(std::equal(dst.px(5, 8), dst.px(5, 8) + 4, src.px(3, 8)));
}
