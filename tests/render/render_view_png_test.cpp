// View transforms, image helpers and PNG export.
#include <doctest/doctest.h>

#define STB_IMAGE_IMPLEMENTATION
#include <stb/stb_image.h>

#include "render/image/png.hpp"
#include "render/view.hpp"

using namespace smp;
using render::View;

TEST_CASE("a view maps a pixel centre to chart mm and back") {
  View v;
  v.centre_mm = {10.0, 150.0};
  v.px_per_mm = 3.0;
  v.width_px = 300;
  v.height_px = 200;
  const core::Vec2 mm = v.pixel_centre_mm(40, 70);
  const core::Vec2 px = v.mm_to_px(mm);
  CHECK(px.x == doctest::Approx(40.5));
  CHECK(px.y == doctest::Approx(70.5));
  // +y of the chart (toward the back of the head) goes down the image.
  CHECK(v.pixel_centre_mm(40, 71).y > mm.y);
  CHECK(v.pixel_centre_mm(41, 70).x > mm.x);
}

TEST_CASE("zooming about a point keeps that point under the same pixel") {
  View v;
  v.px_per_mm = 2.0;
  const core::Vec2 anchor{700.0, 300.0};
  const core::Vec2 before = v.px_to_mm(anchor);
  const View z = render::zoom_about(v, anchor, 4.0);
  CHECK(z.px_per_mm == doctest::Approx(8.0));
  const core::Vec2 after = z.px_to_mm(anchor);
  // Origins snap to whole pixels, so the anchor may move by under a pixel.
  CHECK(std::abs(after.x - before.x) <= 1.0 / z.px_per_mm);
  CHECK(std::abs(after.y - before.y) <= 1.0 / z.px_per_mm);
}

TEST_CASE("panning by whole pixels moves the origin by exactly those pixels") {
  View v;
  v.px_per_mm = 2.7;
  const View p = render::pan_by(v, {13.0, -7.0});
  CHECK(p.origin_px().x - v.origin_px().x == 13.0);
  CHECK(p.origin_px().y - v.origin_px().y == -7.0);
  CHECK(p.pixel_centre_mm(20, 20) == v.pixel_centre_mm(7, 27));
}

TEST_CASE("fit_view shows the whole chart box inside the image") {
  const core::RectMm box{{-190.0, -20.0}, {190.0, 380.0}};
  int w = 0, h = 0;
  render::size_for(box, 1024, w, h);
  CHECK(std::max(w, h) == 1024);
  CHECK(h == 1024);  // taller than wide
  CHECK(w == 973);
  const View v = render::fit_view(box, w, h);
  for (core::Vec2 corner : {box.min_mm, box.max_mm}) {
    const core::Vec2 px = v.mm_to_px(corner);
    CHECK(px.x >= 0.0);
    CHECK(px.y >= 0.0);
    CHECK(px.x <= w);
    CHECK(px.y <= h);
  }
}

TEST_CASE("shift_copy moves pixels in place in every direction") {
  for (auto [dx, dy] : {std::pair{3, 2}, std::pair{-3, 2}, std::pair{3, -2}, std::pair{-2, -3}}) {
    render::Image img(10, 8);
    for (int y = 0; y < 8; ++y)
      for (int x = 0; x < 10; ++x) img.px(x, y)[0] = static_cast<std::uint8_t>(y * 10 + x);
    const render::Image before = img;
    render::shift_copy(img, img, dx, dy);
    for (int y = std::max(0, dy); y < std::min(8, 8 + dy); ++y)
      for (int x = std::max(0, dx); x < std::min(10, 10 + dx); ++x)
        CHECK(img.px(x, y)[0] == before.px(x - dx, y - dy)[0]);
  }
}

TEST_CASE("an encoded PNG decodes back to the same pixels") {
  render::Image img(37, 21, {10, 20, 30});
  img.set(5, 7, {1.0f, 0.5f, 0.0f});
  const std::string png = render::encode_png(img);
  REQUIRE(png.size() > 8);
  CHECK(png.substr(1, 3) == "PNG");
  int w = 0, h = 0, n = 0;
  unsigned char* data = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(png.data()),
                                              static_cast<int>(png.size()), &w, &h, &n, 4);
  REQUIRE(data != nullptr);
  CHECK(w == 37);
  CHECK(h == 21);
  const std::size_t i = (7u * 37u + 5u) * 4u;
  CHECK(data[i] == 255);
  CHECK(data[i + 1] == 128);
  CHECK(data[i + 2] == 0);
  CHECK(data[0] == 10);
  stbi_image_free(data);
}

TEST_CASE("encoding an empty image is refused") {
  CHECK_THROWS(render::encode_png(render::Image{}));
}
