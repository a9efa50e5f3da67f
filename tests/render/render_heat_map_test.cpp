// The density heat map as a cached layer: whatever pans, new dots and wheel steps happened, the
// overlaid picture ends on exactly the pixels of a one-shot render (`smpsim render --overlay
// density`), and those are the pixels of the per-pixel definition of the overlay.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/base/rng.hpp"
#include "render/canvas.hpp"
#include "render/look/dots.hpp"
#include "render_fixture.hpp"

using namespace smp;
using render::Canvas;
using render::Image;
using render::View;
using render::test::close_up;
using render::test::random_dots;

namespace {

// Dense on the left of the crown area, sparse on the right, so every colour shows.
std::vector<core::HealedDot> uneven_dots(int n, std::uint64_t seed) {
  core::Rng rng(seed);
  std::vector<core::HealedDot> dots;
  for (int i = 0; i < n; ++i) {
    core::HealedDot d;
    const bool dense = i % 4 != 0;
    d.pos_mm = {dense ? rng.uniform(-40.0, -5.0) : rng.uniform(-5.0, 45.0),
                rng.uniform(120.0, 170.0)};
    d.diameter_mm = rng.uniform(0.15, 0.3);
    d.darkness = rng.uniform(0.4, 0.9);
    d.kept = i % 11 != 0;  // shed dots add no density
    dots.push_back(d);
  }
  return dots;
}

render::OverlaySet heat_map(const core::Scalp& s) {
  render::OverlaySet ov;
  ov.density = true;
  const core::ZoneRaster zones = core::make_zone_raster(s, 1.0);
  ov.target_density_per_cm2[zones.zone_of({0.0, 150.0})] = 60.0;  // other zones: no target
  return ov;
}

bool same_pixels(const Image& a, const Image& b) {
  return a.width == b.width && a.height == b.height && a.rgba == b.rgba;
}

int differing_pixels(const Image& a, const Image& b) {
  int n = 0;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) n += !std::equal(a.px(x, y), a.px(x, y) + 4, b.px(x, y));
  return n;
}

}  // namespace

TEST_CASE("the heat map colours each pixel by its own chart point (the per-pixel definition)") {
  const core::Scalp s = render::test::make_scalp(true);
  const auto dots = uneven_dots(3000, 1);
  const render::OverlaySet ov = heat_map(s);
  const View v = close_up({0.0, 145.0}, 3.0, 260, 190);
  const Image plain = render::render_scalp(s, v, dots, {});
  const Image overlaid = render::render_scalp(s, v, dots, ov);
  // The overlay as first defined: every pixel on its own, through the grid's bilinear sample
  // (the grid covers the look's bounds, as the canvas has always laid it).
  const render::DensityParams dp;
  const core::FieldGrid density =
      render::dot_density_per_cm2(dots, Canvas(s, v).look().bounds_mm, dp);
  const core::ZoneRaster zones = core::make_zone_raster(s, 1.0);
  Image expected = plain;
  int tinted = 0;
  for (int y = 0; y < v.height_px; ++y)
    for (int x = 0; x < v.width_px; ++x) {
      const core::Vec2 p = v.pixel_centre_mm(x, y);
      const core::Zone z = zones.zone_of(p);
      if (z == core::Zone::OffHead) continue;
      const auto it = ov.target_density_per_cm2.find(z);
      const double target = it == ov.target_density_per_cm2.end() ? 0.0 : it->second;
      const double have = density.sample(p);
      double ratio = 8.0;
      float alpha = dp.opacity;
      if (target <= 0.0) {
        if (have < dp.untreated_flag_per_cm2) continue;
        alpha *= static_cast<float>(std::min(1.0, have / (2.0 * dp.untreated_flag_per_cm2)));
      } else {
        ratio = have / target;
      }
      const double t = std::clamp(std::log2(std::max(ratio, 1e-3)) / 1.5, -1.0, 1.0);
      const render::Rgb under{0.15f, 0.35f, 0.95f}, ok{0.15f, 0.85f, 0.30f},
          over{0.95f, 0.15f, 0.15f};
      expected.blend(x, y,
                     t < 0.0 ? render::mix(ok, under, static_cast<float>(-t))
                             : render::mix(ok, over, static_cast<float>(t)),
                     alpha);
      ++tinted;
    }
  REQUIRE(tinted > v.width_px * v.height_px / 2);
  CHECK(differing_pixels(plain, overlaid) > v.width_px * v.height_px / 2);
  CHECK(differing_pixels(expected, overlaid) == 0);
}

TEST_CASE("density added dot by dot equals the density of all the dots, and stays in its box") {
  const core::Scalp s = render::test::make_scalp(true);
  const auto dots = uneven_dots(400, 2);
  const render::DensityParams dp;
  core::FieldGrid g = render::dot_density_per_cm2({}, s.chart.bounds_mm, dp);
  for (const auto& d : dots) {
    const core::FieldGrid before = g;
    const auto box = render::add_dot_density(g, d, dp);
    CHECK(box.has_value() == d.kept);
    if (!box) {
      CHECK(g.values == before.values);
      continue;
    }
    CHECK(box->contains(d.pos_mm));
    // Samples outside the box did not move (probe all round it, just outside).
    const core::Vec2 lo = box->min_mm - core::Vec2{0.05, 0.05};
    const core::Vec2 hi = box->max_mm + core::Vec2{0.05, 0.05};
    for (int k = 0; k <= 20; ++k) {
      const double fx = lo.x + (hi.x - lo.x) * k / 20.0, fy = lo.y + (hi.y - lo.y) * k / 20.0;
      for (core::Vec2 p :
           {core::Vec2{fx, lo.y}, core::Vec2{fx, hi.y}, core::Vec2{lo.x, fy}, core::Vec2{hi.x, fy}})
        CHECK(g.sample(p) == before.sample(p));
    }
    // ... while just inside it, toward the dot, they did.
    CHECK(g.sample(box->min_mm + core::Vec2{2.5 * dp.cell_mm, 2.5 * dp.cell_mm}) !=
          before.sample(box->min_mm + core::Vec2{2.5 * dp.cell_mm, 2.5 * dp.cell_mm}));
  }
  CHECK(g.values == render::dot_density_per_cm2(dots, s.chart.bounds_mm, dp).values);
}

TEST_CASE("with the heat map on, pans and new dots keep the overlaid picture exact") {
  const core::Scalp s = render::test::make_scalp(true);
  auto dots = uneven_dots(2000, 3);
  const render::OverlaySet ov = heat_map(s);
  // In the dense part, where a dot more shifts the colours (the sparse part is saturated blue).
  View v = close_up({-22.0, 145.0}, 4.0, 150, 110);
  core::Rng rng(4);
  auto more = uneven_dots(60, 4);
  for (auto& d : more) d.pos_mm = {rng.uniform(-32.0, -12.0), rng.uniform(135.0, 155.0)};
  Canvas canvas(s, v);
  canvas.set_dots(dots);
  canvas.set_overlays(ov);
  CHECK(same_pixels(canvas.image(), render::render_scalp(s, v, dots, ov)));
  std::size_t next = 0;
  int recoloured_around = 0;
  for (core::Vec2 step :
       {core::Vec2{7.0, 0.0}, core::Vec2{-3.0, 11.0}, core::Vec2{0.0, -40.0},
        core::Vec2{-60.0, 25.0}, core::Vec2{149.0, 0.0}, core::Vec2{-90.0, 5.0}}) {
    v = render::pan_by(v, step);
    canvas.set_view(v);
    // Two dots a frame (recoloured together by image()), then a third after it.
    for (int k = 0; k < 2; ++k) {
      canvas.add_dot(more[next]);
      dots.push_back(more[next++]);
    }
    const Image before = canvas.image();
    const render::PixelRect changed = canvas.add_dot(more[next]);
    dots.push_back(more[next++]);
    CAPTURE(step.x);
    CAPTURE(step.y);
    const Image exact = render::render_scalp(s, v, dots, ov);
    REQUIRE(same_pixels(canvas.image(), exact));
    // The dot recoloured more than the pixels under it: the kernel's neighbourhood.
    const render::PixelRect under = render::dot_pixels(v, dots.back(), render::RenderParams{}.dot);
    for (int y = 0; y < v.height_px; ++y)
      for (int x = 0; x < v.width_px; ++x)
        if ((x < under.x0 || x >= under.x1 || y < under.y0 || y >= under.y1) &&
            !std::equal(before.px(x, y), before.px(x, y) + 4, exact.px(x, y)))
          ++recoloured_around;
    // Only the reported pixels changed: what the window uploads is enough.
    for (int y = 0; y < v.height_px; ++y)
      for (int x = 0; x < v.width_px; ++x)
        if (x < changed.x0 || x >= changed.x1 || y < changed.y0 || y >= changed.y1)
          REQUIRE(std::equal(before.px(x, y), before.px(x, y) + 4, exact.px(x, y)));
  }
  CHECK(recoloured_around > 1000);
}

TEST_CASE("with the heat map on, wheel steps preview and settle band by band to the render") {
  const core::Scalp s = render::test::make_scalp(true);
  auto dots = uneven_dots(2000, 5);
  const auto more = uneven_dots(30, 6);
  const render::OverlaySet ov = heat_map(s);
  const View v = close_up({0.0, 145.0}, 3.0, 140, 100);
  Canvas canvas(s, v);
  canvas.set_dots(dots);
  canvas.prepare_previews();
  canvas.set_overlays(ov);
  (void)canvas.image();
  View z = render::zoom_about(v, {90.0, 30.0}, 1.6);
  canvas.preview_view(z, 30.0);
  CHECK_FALSE(canvas.settled());
  // The preview carries the overlay (resampled), not the bare picture.
  CHECK(differing_pixels(canvas.image(), render::render_scalp(s, z, dots, {})) > 140 * 100 / 2);
  canvas.refine(12);
  for (std::size_t i = 0; i < 10; ++i) {  // dots placed while it settles
    canvas.add_dot(more[i]);
    dots.push_back(more[i]);
  }
  // Recoloured around the new dots over the stand-in picture, not over stale pixels.
  const Image near = render::render_scalp(s, z, dots, ov);
  double off = 0.0;
  for (int y = 0; y < near.height; ++y)
    for (int x = 0; x < near.width; ++x)
      off +=
          std::abs(render::luminance(canvas.image().get(x, y)) - render::luminance(near.get(x, y)));
  CHECK(off / (near.width * near.height) < 0.04);
  z = render::zoom_about(z, {20.0, 70.0}, 0.5);  // and back out past the old picture
  canvas.preview_view(z, 70.0);
  canvas.refine(9);
  canvas.set_overlays({});  // the heat map switched off and on while it settles
  (void)canvas.image();
  canvas.set_overlays(ov);
  z = render::pan_by(z, {5.0, -8.0});
  canvas.preview_view(z);
  for (std::size_t i = 10; i < more.size(); ++i) {
    canvas.add_dot(more[i]);
    dots.push_back(more[i]);
  }
  const Image exact = render::render_scalp(s, z, dots, ov);
  int bands = 0;
  while (!canvas.settled()) {
    const render::PixelRect r = canvas.refine(8);
    REQUIRE_FALSE(r.empty());
    // Each redrawn band is final at once, overlay included.
    const std::size_t row = static_cast<std::size_t>(exact.width) * 4;
    const Image& img = canvas.image();
    CHECK(std::equal(img.rgba.begin() + static_cast<std::ptrdiff_t>(row * r.y0),
                     img.rgba.begin() + static_cast<std::ptrdiff_t>(row * r.y1),
                     exact.rgba.begin() + static_cast<std::ptrdiff_t>(row * r.y0)));
    ++bands;
  }
  CHECK(bands <= (100 + 7) / 8 + 1);  // grown both ways from the pointer's row
  CHECK(same_pixels(canvas.image(), exact));
  // Switching the heat map off and on again keeps it exact.
  canvas.set_overlays({});
  CHECK(same_pixels(canvas.image(), render::render_scalp(s, z, dots, {})));
  canvas.set_overlays(ov);
  CHECK(same_pixels(canvas.image(), exact));
}
