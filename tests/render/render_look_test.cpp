// The aesthetic goal of SMP as pixels: at whole-head size a well-treated bald area reads as a
// freshly shaved head, about as dark as the client's shaved fringe and clearly darker than bare
// skin; the dots' ink budget does not depend on the zoom.
#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "core/base/rng.hpp"
#include "core/colour/colour_params.hpp"
#include "core/colour/dot_look.hpp"
#include "core/colour/target_shade.hpp"
#include "core/healing/healing_params.hpp"
#include "render/canvas.hpp"
#include "render_fixture.hpp"

using namespace smp;
using render::Canvas;
using render::View;

namespace {

const core::RectMm kTreated{{-45.0, 115.0}, {45.0, 205.0}};  // inside the fixture's bald top
const core::RectMm kMeasured{{-30.0, 130.0}, {30.0, 190.0}};

render::View whole_head(const core::Scalp& s, int longest_px) {
  int w = 0, h = 0;
  render::size_for(s.chart.bounds_mm, longest_px, w, h);
  return render::fit_view(s.chart.bounds_mm, w, h);
}

float mean_luma(const render::Image& img, const View& v, core::RectMm box) {
  double sum = 0.0;
  int n = 0;
  const render::PixelRect r = v.pixels_of(box, 0.0);
  for (int y = r.y0; y < r.y1; ++y)
    for (int x = r.x0; x < r.x1; ++x, ++n) sum += render::luminance(img.get(x, y));
  REQUIRE(n > 0);
  return static_cast<float>(sum / n);
}

// An expert's healed treatment: a jittered hexagonal (blue-noise-like) layout at
// `density_per_cm2`, healed diameters 0.18-0.30 mm, and the shade the colour rules pick for this
// hair colour and skin, healed 1-3 palette steps lighter (notes N5, N26, N69-N71).
std::vector<core::HealedDot> treated_area(core::HairColour hair, int fitzpatrick,
                                          double density_per_cm2, std::uint64_t seed) {
  const core::ColourParams cp;
  const core::HealingParams hp;
  const double fresh = core::pigment_darkness(
      core::target_dilution_water_parts(hair, fitzpatrick, cp), hp.darkness_per_water_part);
  const double spacing_mm = std::sqrt(2.0 / (std::sqrt(3.0) * density_per_cm2 / 100.0));
  core::Rng rng(seed);
  std::vector<core::HealedDot> dots;
  int row = 0;
  for (double y = kTreated.min_mm.y; y < kTreated.max_mm.y; y += spacing_mm * 0.8660254, ++row)
    for (double x = kTreated.min_mm.x + (row % 2) * spacing_mm * 0.5; x < kTreated.max_mm.x;
         x += spacing_mm) {
      core::HealedDot d;
      d.pos_mm = {x + rng.uniform(-0.25, 0.25) * spacing_mm,
                  y + rng.uniform(-0.25, 0.25) * spacing_mm};
      d.diameter_mm = rng.uniform(0.18, 0.30);
      d.darkness = fresh * std::pow(hp.shade_step_factor, rng.uniform(1.0, 3.0));
      dots.push_back(d);
    }
  return dots;
}

struct Lumas {
  float bare, treated, fringe;
};

// Mean luminance of the same patch of the crown, seen at whole-head size: bare, treated, and on
// a head that kept its (shaved, 85 FU/cm^2) hair there; at each of `sizes_px` (in order).
std::vector<Lumas> measure(core::HairColour hair, int fitzpatrick, std::vector<int> sizes_px) {
  const core::Scalp bald = render::test::make_scalp(true, fitzpatrick, hair);
  const core::Scalp full = render::test::make_scalp(false, fitzpatrick, hair);
  const auto dots = treated_area(hair, fitzpatrick, 80.0, 21);
  Canvas treated(bald, whole_head(bald, sizes_px.front()));
  treated.set_dots(dots);
  Canvas fringe(full, whole_head(full, sizes_px.front()));
  std::vector<Lumas> out;
  for (int px : sizes_px) {
    const View v = whole_head(bald, px);
    for (Canvas* c : {&treated, &fringe}) c->set_view(v);
    // The base layer is the same head without the dots: bare skin.
    out.push_back({mean_luma(treated.base_image(), v, kMeasured),
                   mean_luma(treated.image(), v, kMeasured),
                   mean_luma(fringe.image(), v, kMeasured)});
  }
  return out;
}

}  // namespace

TEST_CASE("a treated crown at whole-head size is as dark as shaved stubble and darker than skin") {
  for (core::HairColour hair :
       {core::HairColour::Black, core::HairColour::DarkBrown, core::HairColour::Grey})
    for (const Lumas& l : measure(hair, 3, {700, 1024})) {
      CAPTURE(static_cast<int>(hair));
      CAPTURE(l.bare);
      CAPTURE(l.treated);
      CAPTURE(l.fringe);
      CHECK(std::abs(l.treated - l.fringe) <= 0.10f * l.fringe);
      CHECK(l.treated <= 0.92f * l.bare);
    }
}

TEST_CASE("a dot darkens the skin by the same total amount whether zoomed out or in") {
  const core::Scalp s = render::test::make_scalp(true);
  const core::Vec2 p{0.3, 150.2};  // bare skin on the bald top, off the pixel grid
  core::HealedDot d;
  d.pos_mm = p;
  d.diameter_mm = 0.25;
  d.darkness = 0.45;
  // Luminance lost over the dot's neighbourhood, in mm^2 of "fully black" skin.
  auto ink_mm2 = [&](double px_per_mm) {
    View v;
    v.centre_mm = p;
    v.px_per_mm = px_per_mm;
    v.width_px = v.height_px = static_cast<int>(std::ceil(4.0 * px_per_mm)) + 8;
    Canvas canvas(s, v);
    canvas.add_dot(d);
    double lost = 0.0;
    for (int y = 0; y < v.height_px; ++y)
      for (int x = 0; x < v.width_px; ++x) {
        const float before = render::luminance(canvas.base_image().get(x, y));
        lost += (before - render::luminance(canvas.image().get(x, y))) / before;
      }
    return lost / (px_per_mm * px_per_mm);
  };
  const double far = ink_mm2(1.8), near = ink_mm2(24.0);
  CAPTURE(far);
  CAPTURE(near);
  CHECK(near > 0.05);  // far more than the 0.05 mm^2 core alone: the dermal haze
  CHECK(far == doctest::Approx(near).epsilon(0.15));
}
