// Overlays: zones, landmarks, hairline, density heat map, problem spots.
#include <doctest/doctest.h>

#include "core/base/rng.hpp"
#include "render/canvas.hpp"
#include "render/overlays/overlays.hpp"
#include "render_fixture.hpp"

using namespace smp;
using render::Canvas;
using render::View;

namespace {
View whole_head(const core::Scalp& s, int longest_px) {
  int w = 0, h = 0;
  render::size_for(s.chart.bounds_mm, longest_px, w, h);
  return render::fit_view(s.chart.bounds_mm, w, h);
}
int changed_pixels(const render::Image& a, const render::Image& b, const render::PixelRect& r) {
  int n = 0;
  for (int y = r.y0; y < r.y1; ++y)
    for (int x = r.x0; x < r.x1; ++x)
      if (!std::equal(a.px(x, y), a.px(x, y) + 3, b.px(x, y))) ++n;
  return n;
}
}  // namespace

TEST_CASE("the zones overlay changes pixels along zone borders and leaves zone interiors alone") {
  const core::Scalp s = render::test::make_scalp(true);
  const View v = whole_head(s, 400);
  Canvas canvas(s, v);
  const render::Image plain = canvas.image();
  render::OverlaySet ov;
  ov.zones = true;
  canvas.set_overlays(ov);
  const render::Image& zoned = canvas.image();
  const core::ZoneRaster zones = core::make_zone_raster(s, 1.0);
  int border_changed = 0, border = 0, interior_changed = 0, interior = 0;
  for (int y = 1; y + 1 < v.height_px; ++y)
    for (int x = 1; x + 1 < v.width_px; ++x) {
      const core::Zone z = zones.zone_of(v.pixel_centre_mm(x, y));
      bool on_border = false;
      for (auto [dx, dy] : {std::pair{1, 0}, std::pair{0, 1}, std::pair{-1, 0}, std::pair{0, -1}})
        on_border = on_border || zones.zone_of(v.pixel_centre_mm(x + dx, y + dy)) != z;
      const bool changed = !std::equal(zoned.px(x, y), zoned.px(x, y) + 3, plain.px(x, y));
      bool near = false;  // within 3 px of a border (labels aside)
      for (int k = -3; k <= 3 && !near; ++k)
        near = zones.zone_of(v.pixel_centre_mm(x + k, y)) != z ||
               zones.zone_of(v.pixel_centre_mm(x, y + k)) != z;
      if (on_border) {
        ++border;
        border_changed += changed;
      } else if (!near) {
        ++interior;
        interior_changed += changed;
      }
    }
  REQUIRE(border > 100);
  CHECK(border_changed > border * 9 / 10);
  CHECK(interior_changed < interior / 10);  // only the labels
}

TEST_CASE("the landmarks overlay marks the glabella and the crown whorl") {
  const core::Scalp s = render::test::make_scalp(true);
  const View v = whole_head(s, 400);
  Canvas canvas(s, v);
  const render::Image plain = canvas.image();
  render::OverlaySet ov;
  ov.landmarks = true;
  canvas.set_overlays(ov);
  for (core::Vec2 p : {s.chart.landmarks.glabella_mm, s.chart.landmarks.crown_whorl_mm}) {
    const core::Vec2 c = v.mm_to_px(p);
    const render::PixelRect r{static_cast<int>(c.x) - 5, static_cast<int>(c.y) - 5,
                              static_cast<int>(c.x) + 6, static_cast<int>(c.y) + 6};
    CHECK(changed_pixels(plain, canvas.image(), r) > 10);
  }
}

TEST_CASE("the hairline overlay draws along the planned line only") {
  const core::Scalp s = render::test::make_scalp(true);
  const View v = whole_head(s, 400);
  Canvas canvas(s, v);
  const render::Image plain = canvas.image();
  render::OverlaySet ov;
  ov.hairline = true;
  ov.hairline_mm = {{-60.0, 90.0}, {0.0, 80.0}, {60.0, 90.0}};
  canvas.set_overlays(ov);
  const core::Vec2 on = v.mm_to_px({0.0, 80.0});
  const core::Vec2 off = v.mm_to_px({0.0, 120.0});
  CHECK(changed_pixels(plain, canvas.image(),
                       {int(on.x) - 1, int(on.y) - 1, int(on.x) + 2, int(on.y) + 2}) > 0);
  CHECK(changed_pixels(plain, canvas.image(),
                       {int(off.x) - 2, int(off.y) - 2, int(off.x) + 3, int(off.y) + 3}) == 0);
}

TEST_CASE("the density heat map is blue where dots are sparse and red where dense") {
  const core::Scalp s = render::test::make_scalp(true);
  const View v = whole_head(s, 400);
  core::Rng rng(4);
  std::vector<core::HealedDot> dots;
  // Two 30 mm squares in the mid-scalp: 20/cm^2 on the left, 200/cm^2 on the right.
  auto fill = [&](double x0, int n) {
    for (int i = 0; i < n; ++i) {
      core::HealedDot d;
      d.pos_mm = {rng.uniform(x0, x0 + 30.0), rng.uniform(120.0, 150.0)};
      d.diameter_mm = 0.2;
      d.darkness = 0.8;
      dots.push_back(d);
    }
  };
  fill(-45.0, 180);
  fill(15.0, 1800);
  Canvas canvas(s, v);
  canvas.set_dots(dots);
  render::OverlaySet ov;
  ov.density = true;
  const core::ZoneRaster zones = core::make_zone_raster(s, 1.0);
  ov.target_density_per_cm2[zones.zone_of({-30.0, 135.0})] = 80.0;
  ov.target_density_per_cm2[zones.zone_of({30.0, 135.0})] = 80.0;
  canvas.set_overlays(ov);
  const render::Image& img = canvas.image();
  const core::Vec2 sparse = v.mm_to_px({-30.0, 135.0});
  const core::Vec2 dense = v.mm_to_px({30.0, 135.0});
  const render::Rgb cs = img.get(int(sparse.x), int(sparse.y));
  const render::Rgb cd = img.get(int(dense.x), int(dense.y));
  CHECK(cs.b > cs.r);
  CHECK(cd.r > cd.b);
}

TEST_CASE("problem spots get a coloured marker by kind") {
  const core::Scalp s = render::test::make_scalp(true);
  const View v = whole_head(s, 400);
  Canvas canvas(s, v);
  const render::Image plain = canvas.image();
  render::OverlaySet ov;
  ov.spots = true;
  ov.spots_list = {{{0.0, 150.0}, "gap"}, {{40.0, 150.0}, "clump"}};
  canvas.set_overlays(ov);
  const core::Vec2 c = v.mm_to_px({0.0, 150.0});
  CHECK(changed_pixels(plain, canvas.image(),
                       {int(c.x) - 12, int(c.y) - 12, int(c.x) + 13, int(c.y) + 13}) > 20);
  const render::Rgb gap = render::spot_colour("gap");
  const render::Rgb clump = render::spot_colour("clump");
  CHECK(gap.b > gap.r);
  CHECK(clump.r > clump.b);
  CHECK(render::spot_colour("something_new").r == render::spot_colour("something_new").r);
}

TEST_CASE("the spot legend lists every kind drawn, with counts, and is drawn in the corner") {
  const core::Scalp s = render::test::make_scalp(true);
  const View v = whole_head(s, 400);
  std::vector<core::Spot> spots = {{{0.0, 150.0}, "gap"},
                                   {{40.0, 150.0}, "blotch", 12},
                                   {{60.0, 150.0}, "blotch", 3},
                                   {{-40.0, 150.0}, "something_new"}};
  const std::vector<render::SpotLegendEntry> legend = render::spot_legend(spots);
  REQUIRE(legend.size() == 3);
  CHECK(legend[0].kind == "gap");  // table order: gap before blotch; unknown kinds last
  CHECK(legend[1].kind == "blotch");
  CHECK(legend[1].count == 15);
  CHECK(render::spot_legend_text(legend[1]) == "blotch (merged dots)  x15");
  CHECK(render::spot_legend_text(legend[0]) == "gap in the fill");
  CHECK(legend[2].label == "something new");
  Canvas canvas(s, v);
  const render::Image plain = canvas.image();
  render::OverlaySet ov;
  ov.spots = true;
  ov.spots_list = spots;
  canvas.set_overlays(ov);
  // The legend box darkens the top-left corner, one line per kind.
  CHECK(changed_pixels(plain, canvas.image(), {0, 0, 60, 40}) > 200);
  ov.spots_list.clear();
  canvas.set_overlays(ov);
  CHECK(changed_pixels(plain, canvas.image(), {0, 0, 60, 40}) == 0);
}
