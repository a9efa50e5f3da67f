#include <doctest/doctest.h>

#include <algorithm>

#include "core/scalp/scalp.hpp"
#include "core/scalp_helpers.hpp"
#include "core/scoring/scar_coverage/scar_test_scars.hpp"

using namespace smp::core;
using namespace smp::core::scar_detail;
using namespace smp::test;

namespace {
// 400 dots per cm^2 is one dot per 0.5 mm cell.
constexpr double kOnePerCellPerCm2 = 400.0;
}  // namespace

TEST_CASE("a scar filled at the reference density is camouflaged over its whole area") {
  const Scar s = line_scar();
  const ScarRaster r = rasterize_scar(s, 0.5, 5.0);
  const auto counts = fill_scar_cells(r, [](Vec2) { return 1u; });
  const Camouflage c = measure_camouflage(s, r, counts, 640, kOnePerCellPerCm2, ScarParams{});
  CHECK(c.share == doctest::Approx(1.0));
  CHECK(c.spots.empty());
}

TEST_CASE("a scar left empty past its middle is camouflaged over about half, marked uncovered") {
  const Scar s = line_scar();
  const ScarRaster r = rasterize_scar(s, 0.5, 5.0);
  const auto counts = fill_scar_cells(r, [](Vec2 c) { return c.x < 20.0 ? 1u : 0u; });
  const Camouflage c = measure_camouflage(s, r, counts, 640, kOnePerCellPerCm2, ScarParams{});
  // Patches of 150 cells along x: two full, one with 20 of 150 cells dotted, one empty.
  CHECK(c.share == doctest::Approx(300.0 / 640.0));
  REQUIRE(c.spots.size() == 2);
  for (const PatchSpot& p : c.spots) {
    CHECK(p.too_sparse);
    CHECK(p.where_mm.x > 20.0);
  }
}

TEST_CASE("a scar dotted at twice the reference is camouflaged nowhere and marked too dense") {
  const Scar s = line_scar();
  const ScarRaster r = rasterize_scar(s, 0.5, 5.0);
  const auto counts = fill_scar_cells(r, [](Vec2) { return 2u; });
  const Camouflage c = measure_camouflage(s, r, counts, 640, kOnePerCellPerCm2, ScarParams{});
  CHECK(c.share == 0.0);
  REQUIRE_FALSE(c.spots.empty());
  CHECK(c.spots.size() <= static_cast<std::size_t>(kMaxPatchSpots));
  for (const PatchSpot& p : c.spots) CHECK_FALSE(p.too_sparse);
}

TEST_CASE("a patch a little over the tolerance keeps part of its credit: no cliff") {
  const Scar s = line_scar();
  const ScarRaster r = rasterize_scar(s, 0.5, 5.0);
  // Every fifth column doubled: about 20% too dense, between the 15% tolerance and twice it.
  const auto counts =
      fill_scar_cells(r, [](Vec2 c) { return static_cast<int>(c.x / 0.5) % 5 == 0 ? 2u : 1u; });
  const Camouflage c = measure_camouflage(s, r, counts, 640, kOnePerCellPerCm2, ScarParams{});
  CHECK(c.share > 0.4);
  CHECK(c.share < 0.9);
}

TEST_CASE("two punctures 0.1 mm apart in one session are repeats; in two sessions they are not") {
  const Scar s = line_scar();
  const ScarRaster r = rasterize_scar(s, 0.5, 5.0);
  std::vector<Dot> dots;
  for (int i = 0; i < 10; ++i) {
    Dot d;
    d.pos_mm = {2.0 + 3.0 * i, 0.3};
    dots.push_back(d);
  }
  Dot twin = dots[0];
  twin.pos_mm += Vec2(0.1, 0.0);
  dots.push_back(twin);
  const ScarParams p;
  CHECK(measure_overwork(dots, r, 160.0, 80.0, true, p).repeat_share ==
        doctest::Approx(2.0 / 11.0));
  dots.back().session = 2;
  CHECK(measure_overwork(dots, r, 160.0, 80.0, true, p).repeat_share == 0.0);
}

TEST_CASE("a session putting in 80% of the reference density exceeds the 60% cap by 0.2") {
  const Scar s = line_scar();
  const ScarRaster r = rasterize_scar(s, 0.5, 5.0);
  // 512 impressions at cell centres (0.5 mm apart, no repeats) on 160 mm^2 against 400 per cm^2.
  std::vector<Dot> dots;
  for (int row = 0; row < r.rows && dots.size() < 512; ++row)
    for (int col = 0; col < r.cols && dots.size() < 512; ++col)
      if (r.scar[r.index(col, row)]) {
        Dot d;
        d.pos_mm = r.centre_of(col, row);
        dots.push_back(d);
      }
  REQUIRE(dots.size() == 512);
  const ScarParams p;
  const Overwork judged = measure_overwork(dots, r, 160.0, kOnePerCellPerCm2, true, p);
  CHECK(judged.repeat_share == 0.0);
  CHECK(judged.worst_session_share == doctest::Approx(0.8));
  CHECK(judged.session_excess == doctest::Approx(0.2));
  const Overwork unjudged = measure_overwork(dots, r, 160.0, kOnePerCellPerCm2, false, p);
  CHECK(unjudged.worst_session_share == 0.0);
  CHECK(unjudged.session_excess == 0.0);
}

TEST_CASE("sessions are not judged for an attempt all in one session on a level of several") {
  Level level;
  Attempt attempt;
  attempt.dots.resize(3);  // all session 1
  level.task.sessions = 3;
  CHECK_FALSE(sessions_can_be_judged(attempt, level));
  level.task.sessions = 1;
  CHECK(sessions_can_be_judged(attempt, level));
  level.task.sessions = 3;
  attempt.dots[2].session = 2;
  CHECK(sessions_can_be_judged(attempt, level));
}

TEST_CASE("a strip scar's ring lies 10-20 mm from it on the head, its border band within 3 mm") {
  ClientSpec spec;
  spec.seed = 21;
  ScarSpec fut;
  fut.kind = ScarKind::FutStrip;
  fut.length_mm = 200.0;
  fut.width_mm = 3.0;
  spec.scars.push_back(fut);
  const Scalp scalp = generate_scalp(spec, fast_params());
  const ScarParams p;
  const RingWidths ring = ring_widths(scalp.scars[0], p);
  CHECK(ring.inner_mm == p.ring_inner_mm);
  CHECK(ring.outer_mm == p.ring_outer_mm);
  const ScarRaster r = rasterize_scar(scalp.scars[0], p.raster_cell_mm, ring.outer_mm + 1.0);
  const ScarCells cells = classify_scar_cells(scalp, 0, r, ring, p.border_band_mm);
  CHECK(cells.scar > 0);
  CHECK(cells.band > 0);
  CHECK(cells.ring > cells.band);
  REQUIRE(cells.in_ring.size() == r.scar.size());
  int ring_cells = 0, misplaced = 0;
  for (int row = 0; row < r.rows; ++row)
    for (int col = 0; col < r.cols; ++col) {
      const std::size_t i = r.index(col, row);
      if (!cells.in_ring[i]) continue;
      ++ring_cells;
      const bool ok = r.dist_mm[i] >= ring.inner_mm && r.dist_mm[i] <= ring.outer_mm &&
                      on_head(scalp.chart, r.centre_of(col, row));
      misplaced += ok ? 0 : 1;
    }
  CHECK(ring_cells == cells.ring);
  CHECK(misplaced == 0);
}

TEST_CASE("a scar fully camouflaged with a blended border and no overwork scores 100") {
  ScarMeasures m;
  m.area_mm2 = 160.0;
  m.camouflage.share = 1.0;
  m.border_step = 0.1;
  const ScarParams p;
  CHECK(score_scar(m, p).score == doctest::Approx(100.0));
  m.overwork.repeat_share = 0.5;  // far past the free share: the penalty stops at its cap
  CHECK(score_scar(m, p).overwork_penalty == doctest::Approx(p.max_overwork_penalty));
  CHECK(score_scar(m, p).score == doctest::Approx(100.0 - p.max_overwork_penalty));
}
