#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "core/scalp/scalp.hpp"
#include "core/scalp_helpers.hpp"

using namespace smp::core;
using smp::test::fast_params;
using smp::test::for_each_cell;

namespace {
ClientSpec female_spec(LossPattern pattern, int grade) {
  ClientSpec spec;
  spec.seed = 5;
  spec.profile.sex = Sex::Female;
  spec.loss.pattern = pattern;
  spec.loss.ludwig_grade = grade;
  return spec;
}
// Smallest hair/natural share over points 5 mm behind the natural hairline, |x| <= 45 mm.
double frontal_band_kept(const Scalp& s) {
  double least = 1.0;
  for (double x = -45.0; x <= 45.0; x += 3.0) {
    Vec2 p{x, 0.0};
    const Polyline line = natural_hairline_mm(s.chart);
    for (std::size_t i = 1; i < line.size(); ++i)
      if (line[i].x >= x) {
        p.y = line[i].y + 5.0;
        break;
      }
    least = std::min(least, 1.0 - hair_loss_fraction(s, p));
  }
  return least;
}
Vec2 mid_top(const Scalp& s) {
  return {0.0,
          0.5 * (s.chart.landmarks.mid_frontal_point_mm.y + s.chart.landmarks.crown_whorl_mm.y)};
}
}  // namespace

TEST_CASE("the natural density is regional: occipital > core > hairline > temples > 0 outside") {
  ClientSpec spec;
  const Scalp s = generate_scalp(spec);
  const FieldGrid& n = s.natural_density_per_cm2;
  const double occipital = n.sample({0.0, 305.0});
  const double core = n.sample({0.0, 160.0});
  const double hairline = n.sample(s.chart.landmarks.mid_frontal_point_mm + Vec2(0.0, 9.0));
  // 9 mm inside the edge above the ear, like the hairline point: the temple value (notes N31, N34).
  const double temple = n.sample({89.0, 185.0});
  CHECK(occipital == doctest::Approx(100.0).epsilon(0.05));
  CHECK(core == doctest::Approx(85.0).epsilon(0.05));
  CHECK(hairline == doctest::Approx(51.0).epsilon(0.15));
  CHECK(temple < hairline);
  CHECK(temple > 25.0);
  CHECK(n.sample({0.0, 40.0}) == 0.0f);
  int too_dense = 0, lost = 0, outside_with_hair = 0;
  for_each_cell(s, [&](Vec2 p, float natural, float hair) {
    too_dense += natural > 100.5f;
    lost += hair != natural;  // no loss pattern
    outside_with_hair += !in_natural_hair_region(s.chart, p) && natural != 0.0f;
  });
  CHECK(too_dense == 0);
  CHECK(lost == 0);
  CHECK(outside_with_hair == 0);
}

TEST_CASE("Ludwig keeps the frontal band's hair while thinning the crown, more with each grade") {
  double previous = 0.0;
  for (int grade = 1; grade <= 3; ++grade) {
    CAPTURE(grade);
    const Scalp s = generate_scalp(female_spec(LossPattern::Ludwig, grade), fast_params());
    CHECK(frontal_band_kept(s) >= 0.9);
    const double loss = hair_loss_fraction(s, mid_top(s));
    CHECK(loss > previous + 0.03);
    previous = loss;
  }
  CHECK(previous > 0.75);  // grade III: near bald there
}

TEST_CASE("Ludwig honours the remaining density fraction within the bounds of its grade") {
  auto loss_with = [](int grade, double remaining) {
    ClientSpec spec = female_spec(LossPattern::Ludwig, grade);
    spec.loss.remaining_density_fraction = remaining;
    const Scalp s = generate_scalp(spec, fast_params());
    return hair_loss_fraction(s, mid_top(s));
  };
  CHECK(loss_with(2, 0.3) > loss_with(2, 0.6) + 0.2);
  CHECK(loss_with(1, 0.0) < 0.55);  // grade I stays perceptible, not bald
  CHECK(loss_with(3, 0.9) > 0.7);   // grade III stays near bald
}

TEST_CASE("Ludwig thinning is diffuse: no sharp step inside the thinned oval") {
  const Scalp s = generate_scalp(female_spec(LossPattern::Ludwig, 2), fast_params());
  double biggest_step = 0.0;
  for (double y = 100.0; y < 260.0; y += 2.0)
    biggest_step = std::max(biggest_step, std::abs(hair_loss_fraction(s, {0.0, y + 2.0}) -
                                                   hair_loss_fraction(s, {0.0, y})));
  CHECK(biggest_step < 0.15);
}

TEST_CASE("Savin's variant keeps the hairline, thins most at the front and along the part") {
  const Scalp s = generate_scalp(female_spec(LossPattern::Savin, 2), fast_params());
  CHECK(frontal_band_kept(s) >= 0.9);
  const double front_off_part = hair_loss_fraction(s, {25.0, 125.0});
  const double back_off_part = hair_loss_fraction(s, {25.0, 225.0});
  CHECK(front_off_part > back_off_part + 0.2);
  CHECK(hair_loss_fraction(s, {0.0, 150.0}) > hair_loss_fraction(s, {12.0, 150.0}));
}

TEST_CASE("diffuse thinning keeps the pattern and leaves about the remaining fraction everywhere") {
  ClientSpec spec;
  spec.loss.pattern = LossPattern::DiffuseThinning;
  spec.loss.remaining_density_fraction = 0.6;
  const Scalp s = generate_scalp(spec, fast_params());
  int off = 0, cells = 0;
  for_each_cell(s, [&](Vec2, float natural, float hair) {
    if (natural <= 0.0f) return;
    ++cells;
    off += std::abs(hair / natural - 0.6) > 0.07;
  });
  CHECK(cells > 1000);
  CHECK(off == 0);
}

TEST_CASE("a fully bald scalp has no hair anywhere but keeps its natural density for targets") {
  ClientSpec spec;
  spec.loss.pattern = LossPattern::FullyBald;
  const Scalp s = generate_scalp(spec, fast_params());
  double natural_total = 0.0;
  int with_hair = 0;
  for_each_cell(s, [&](Vec2, float natural, float hair) {
    with_hair += hair != 0.0f;
    natural_total += natural;
  });
  CHECK(with_hair == 0);
  CHECK(natural_total > 0.0);
  CHECK(area_with_loss_cm2(s, 0.99) == doctest::Approx(area_with_loss_cm2(s, 0.0)));
  CHECK(hair_loss_fraction(s, s.chart.landmarks.vertex_mm) == doctest::Approx(1.0));
  CHECK(hair_loss_fraction(s, {0.0, 40.0}) == 0.0);  // forehead never had hair
}

TEST_CASE("alopecia areata patches are 1-4 cm ovals inside the hair region, bald inside") {
  ClientSpec spec;
  spec.seed = 9;
  spec.loss.pattern = LossPattern::AlopeciaAreata;
  spec.loss.areata_patch_count = 6;
  spec.loss.areata_min_diameter_mm = 5.0;   // asks below the 1 cm floor: clamped (notes N60)
  spec.loss.areata_max_diameter_mm = 60.0;  // and above the 4 cm ceiling
  const Scalp s = generate_scalp(spec, fast_params());
  REQUIRE(s.areata_patches.size() == 6);
  for (const AreataPatch& a : s.areata_patches) {
    CHECK(a.major_diameter_mm >= 10.0);
    CHECK(a.major_diameter_mm <= 40.0);
    CHECK(a.minor_diameter_mm >= 10.0);
    CHECK(a.minor_diameter_mm <= a.major_diameter_mm);
    const Vec2 major{std::cos(a.angle_rad), std::sin(a.angle_rad)};
    const Vec2 minor{-major.y, major.x};
    for (int k = 0; k < 36; ++k) {
      const double t = k * 3.14159265358979 / 18.0;
      const Vec2 rim = a.centre_mm + 0.5 * a.major_diameter_mm * std::cos(t) * major +
                       0.5 * a.minor_diameter_mm * std::sin(t) * minor;
      CHECK(in_natural_hair_region(s.chart, rim));
    }
    CHECK(hair_loss_fraction(s, a.centre_mm) > 0.95);
    // Sharply bounded: full hair a few mm outside the oval (unless another patch is there).
    const Vec2 outside = a.centre_mm + (0.5 * a.major_diameter_mm + 6.0) * major;
    const bool near_other =
        std::any_of(s.areata_patches.begin(), s.areata_patches.end(), [&](const AreataPatch& o) {
          return &o != &a && distance_mm(o.centre_mm, outside) < 0.5 * o.major_diameter_mm + 8.0;
        });
    if (!near_other && in_natural_hair_region(s.chart, outside))
      CHECK(hair_loss_fraction(s, outside) < 0.05);
  }
}

TEST_CASE("the ophiasis band takes the temporal-occipital margin and spares the top") {
  ClientSpec spec;
  spec.loss.pattern = LossPattern::AlopeciaAreata;
  spec.loss.areata_ophiasis = true;
  const Scalp s = generate_scalp(spec, fast_params());
  CHECK(s.areata_patches.empty());
  CHECK(hair_loss_fraction(s, {0.0, 338.0}) > 0.95);    // above the nape
  CHECK(hair_loss_fraction(s, {-90.0, 190.0}) > 0.95);  // above the left ear
  CHECK(hair_loss_fraction(s, {0.0, 160.0}) < 0.05);    // top
  CHECK(hair_loss_fraction(s, {0.0, 95.0}) < 0.05);     // front
}
