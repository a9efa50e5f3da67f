#include <doctest/doctest.h>

#include <algorithm>

#include "core/scalp/scalp.hpp"
#include "core/scalp_helpers.hpp"

using namespace smp::core;
using smp::test::fast_params;

namespace {
Scalp with_scar(const ScarSpec& scar, std::uint64_t seed = 21) {
  ClientSpec spec;
  spec.seed = seed;
  spec.scars.push_back(scar);
  return generate_scalp(spec, fast_params());
}
ScarSpec fut(double length_mm, double width_mm) {
  ScarSpec s;
  s.kind = ScarKind::FutStrip;
  s.length_mm = length_mm;
  s.width_mm = width_mm;
  return s;
}
}  // namespace

TEST_CASE(
    "a generated FUT strip runs across the occipital band with the requested length and width") {
  for (double length : {150.0, 220.0, 300.0}) {
    CAPTURE(length);
    const Scalp s = with_scar(fut(length, 2.0));
    REQUIRE(s.scars.size() == 1);
    const Scar& scar = s.scars[0];
    CHECK(scar.kind == ScarKind::FutStrip);
    CHECK(scar.width_mm == 2.0);
    CHECK(polyline_length_mm(scar.path_mm) == doctest::Approx(length).epsilon(0.05));
    for (const Vec2& p : scar.path_mm) CHECK(in_occipital_band(s.chart, p));
    CHECK(scar.path_mm.front().x < -30.0);  // horizontal: from the left side to the right
    CHECK(scar.path_mm.back().x > 30.0);
    CHECK(scar.area_mm2 == doctest::Approx(polyline_length_mm(scar.path_mm) * 2.0));
    for (const Vec2& p : scar.path_mm) CHECK(scar.bounds_mm.contains(p));
  }
}

TEST_CASE("on_scar is true within half the width of a line scar and false beyond") {
  const Scalp s = with_scar(fut(200.0, 4.0));
  const Scar& scar = s.scars[0];
  const Vec2 mid = scar.path_mm[scar.path_mm.size() / 2];
  CHECK(on_scar(scar, mid));
  CHECK(on_scar(scar, mid + Vec2(0.0, 1.8)));
  CHECK_FALSE(on_scar(scar, mid + Vec2(0.0, 2.6)));
  CHECK_FALSE(on_scar(scar, s.chart.landmarks.vertex_mm));
}

TEST_CASE("scars remove the hair where they lie") {
  const Scalp s = with_scar(fut(200.0, 8.0));
  const Vec2 mid = s.scars[0].path_mm[s.scars[0].path_mm.size() / 2];
  CHECK(s.hair_density_per_cm2.sample(mid) < 0.2f * s.natural_density_per_cm2.sample(mid));
  CHECK(s.hair_density_per_cm2.sample(mid + Vec2(0.0, 15.0)) ==
        s.natural_density_per_cm2.sample(mid + Vec2(0.0, 15.0)));
}

TEST_CASE(
    "FUE punctures: the requested count, 0.7-1.0 mm, over the donor band, barely overlapping") {
  ScarSpec spec;
  spec.kind = ScarKind::FuePunctures;
  spec.puncture_count = 1200;
  const Scalp s = with_scar(spec);
  const Scar& scar = s.scars[0];
  REQUIRE(scar.punctures_mm.size() == 1200);
  REQUIRE(scar.puncture_diameters_mm.size() == 1200);
  for (std::size_t i = 0; i < scar.punctures_mm.size(); ++i) {
    CHECK(scar.puncture_diameters_mm[i] >= 0.7);
    CHECK(scar.puncture_diameters_mm[i] <= 1.0);
    CHECK(in_occipital_band(s.chart, scar.punctures_mm[i]));
    CHECK(scar.bounds_mm.contains(scar.punctures_mm[i]));
  }
  // No two punches overlap (centres further apart than the sum of their radii).
  int overlapping = 0;
  for (std::size_t i = 0; i < scar.punctures_mm.size(); ++i)
    for (std::size_t j = i + 1; j < scar.punctures_mm.size(); ++j)
      if (distance_mm(scar.punctures_mm[i], scar.punctures_mm[j]) <
          0.5 * (scar.puncture_diameters_mm[i] + scar.puncture_diameters_mm[j]))
        ++overlapping;
  CHECK(overlapping == 0);
  // Spread over the band, not bunched: both sides and the middle are used.
  const auto [lo, hi] = std::minmax_element(scar.punctures_mm.begin(), scar.punctures_mm.end(),
                                            [](const Vec2& a, const Vec2& b) { return a.x < b.x; });
  CHECK(lo->x < -80.0);
  CHECK(hi->x > 80.0);
  CHECK(on_scar(scar, scar.punctures_mm[7]));
  CHECK(scar.area_mm2 > 1200 * 0.25 * 3.14159 * 0.49);
  CHECK(scar.area_mm2 < 1200 * 0.25 * 3.14159 * 1.0);
}

TEST_CASE("FUE punctures each take a follicular unit out of the donor band") {
  ScarSpec spec;
  spec.kind = ScarKind::FuePunctures;
  spec.puncture_count = 500;
  const Scalp s = with_scar(spec);
  double removed_fu = 0.0;
  const double cell_cm2 = s.hair_density_per_cm2.cell_mm * s.hair_density_per_cm2.cell_mm / 100.0;
  smp::test::for_each_cell(
      s, [&](Vec2, float natural, float hair) { removed_fu += (natural - hair) * cell_cm2; });
  CHECK(removed_fu == doctest::Approx(500.0).epsilon(0.02));
}

TEST_CASE("given surgical lines and irregular areas keep their geometry") {
  ScarSpec line;
  line.kind = ScarKind::SurgicalLine;
  line.path_mm = {{-20.0, 150.0}, {0.0, 160.0}, {30.0, 155.0}};
  line.width_mm = 3.0;
  const Scalp a = with_scar(line);
  CHECK(a.scars[0].path_mm == line.path_mm);
  CHECK(a.scars[0].area_mm2 == doctest::Approx(polyline_length_mm(line.path_mm) * 3.0));
  CHECK(a.scars[0].bounds_mm.min_mm.x == doctest::Approx(-21.5));
  CHECK(a.scars[0].bounds_mm.max_mm.y == doctest::Approx(161.5));

  ScarSpec burn;
  burn.kind = ScarKind::IrregularArea;
  burn.outline_mm = {{-20.0, 180.0}, {15.0, 175.0}, {25.0, 205.0}, {-5.0, 215.0}, {-25.0, 200.0}};
  burn.tissue.retention_factor = 0.6;
  const Scalp b = with_scar(burn);
  const Scar& scar = b.scars[0];
  CHECK(scar.area_mm2 == doctest::Approx(polygon_area_mm2(burn.outline_mm)));
  CHECK(scar.tissue.retention_factor == 0.6);
  CHECK(on_scar(scar, {0.0, 195.0}));
  CHECK_FALSE(on_scar(scar, {40.0, 195.0}));
  CHECK(b.hair_density_per_cm2.sample({0.0, 195.0}) == 0.0f);
}

TEST_CASE("degenerate scar specs give empty scars, not crashes") {
  ScarSpec area;
  area.kind = ScarKind::IrregularArea;  // no outline
  const Scalp a = with_scar(area);
  CHECK(a.scars[0].area_mm2 == 0.0);
  CHECK_FALSE(on_scar(a.scars[0], {0.0, 0.0}));
  ScarSpec fue;
  fue.kind = ScarKind::FuePunctures;
  fue.puncture_count = 0;
  const Scalp b = with_scar(fue);
  CHECK(b.scars[0].punctures_mm.empty());
  ScarSpec line;
  line.kind = ScarKind::SurgicalLine;  // no path
  const Scalp c = with_scar(line);
  CHECK(c.scars[0].path_mm.empty());
  CHECK_FALSE(on_scar(c.scars[0], {0.0, 0.0}));
}
