#include <doctest/doctest.h>

#include <cmath>

#include "core/scoring/scar_coverage/scar_test_scars.hpp"

using namespace smp::core;
using namespace smp::core::scar_detail;
using namespace smp::test;

TEST_CASE("a line scar's raster marks the cells on it and no others") {
  const ScarRaster r = rasterize_scar(line_scar(), 0.5, 5.0);
  CHECK(r.cols == 100);
  CHECK(r.rows == 28);
  REQUIRE(r.scar.size() == 100u * 28u);
  REQUIRE(r.dist_mm.size() == r.scar.size());
  int scar_cells = 0;
  for (const auto c : r.scar) scar_cells += c;
  CHECK(scar_cells == 640);
  CHECK(r.scar[static_cast<std::size_t>(r.cell_of({20.1, 1.9}))] == 1);
  CHECK(r.scar[static_cast<std::size_t>(r.cell_of({20.1, 2.1}))] == 0);
}

TEST_CASE("each raster cell off the scar holds its distance to the nearest scar cell") {
  const ScarRaster r = rasterize_scar(line_scar(), 0.5, 5.0);
  const auto dist_at = [&](Vec2 p) { return r.dist_mm[static_cast<std::size_t>(r.cell_of(p))]; };
  CHECK(dist_at({20.1, 0.1}) == 0.0f);
  // Straight out from the long side: whole cells, exact.
  CHECK(dist_at({20.1, 4.1}) == doctest::Approx(2.5));
  CHECK(dist_at({20.1, -4.1}) == doctest::Approx(2.5));
  // Off each corner the chamfer transform stays within 8% of the true distance.
  const double true_mm = std::hypot(44.25 - 39.75, 4.25 - 1.75);
  for (const Vec2 p : {Vec2(44.1, 4.1), Vec2(44.1, -4.1), Vec2(-4.1, 4.1), Vec2(-4.1, -4.1)}) {
    CAPTURE(p.x);
    CAPTURE(p.y);
    CHECK(dist_at(p) == doctest::Approx(true_mm).epsilon(0.08));
  }
}

TEST_CASE("an FUE field's raster paints each puncture's disc") {
  Scar s;
  s.kind = ScarKind::FuePunctures;
  s.punctures_mm = {{0.0, 0.0}, {10.0, 0.0}};
  s.puncture_diameters_mm = {1.0, 2.0};
  s.bounds_mm = {{-1.0, -1.0}, {11.0, 1.0}};
  const ScarRaster r = rasterize_scar(s, 0.25, 3.0);
  const auto on = [&](Vec2 p) { return r.scar[static_cast<std::size_t>(r.cell_of(p))] == 1; };
  CHECK(on({0.1, 0.1}));
  CHECK_FALSE(on({0.9, 0.1}));  // outside the 1 mm puncture
  CHECK(on({10.8, 0.1}));       // inside the 2 mm one
  CHECK_FALSE(on({5.1, 0.1}));  // the skin between them
}
