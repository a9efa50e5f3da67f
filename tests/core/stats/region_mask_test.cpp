#include <doctest/doctest.h>

#include <cmath>
#include <numbers>
#include <vector>

#include "core/scalp/scalp.hpp"
#include "core/scalp/zone_raster.hpp"
#include "core/scalp_helpers.hpp"
#include "core/scoring_patterns.hpp"
#include "core/spatial/spatial_index.hpp"
#include "core/stats/empty_space.hpp"
#include "core/stats/quadrats.hpp"
#include "core/stats/region_mask.hpp"

using namespace smp::core;
using namespace smp::test;

namespace {

// The same mask without its span hint: every scan then covers the whole raster.
RegionMask without_span_hint(RegionMask m) {
  m.span_c0 = 0, m.span_c1 = -1, m.span_r0 = 0, m.span_r1 = -1;
  return m;
}

// A Norwood V client: zones partly bald (a treatable part smaller than the zone's span) and
// zones left whole.
std::vector<RegionMask> zone_masks() {
  const Scalp scalp = generate_scalp(norwood_spec(NorwoodStage::V), fast_params());
  const ZoneRaster zr = make_zone_raster(scalp, 2.0);
  std::vector<RegionMask> masks;
  for (Zone z : {Zone::HairlineBand, Zone::Frontal, Zone::MidScalp, Zone::Crown, Zone::TemporalLeft,
                 Zone::TemporalRight, Zone::ParietalLeft, Zone::ParietalRight, Zone::Occipital})
    masks.push_back(treatable_mask(zr, z, 0.3, 0.1));
  return masks;
}

}  // namespace

TEST_CASE("the region mask estimates area and perimeter of a disc") {
  RegionMask m;
  m.cell_mm = 0.5;
  m.cols = m.rows = 100;
  m.inside.assign(10'000, 0);
  for (int r = 0; r < 100; ++r)
    for (int c = 0; c < 100; ++c)
      if (std::hypot((c + 0.5) * 0.5 - 25.0, (r + 0.5) * 0.5 - 25.0) < 20.0)
        m.inside[static_cast<std::size_t>(r * 100 + c)] = 1;
  CHECK(m.area_mm2() == doctest::Approx(std::numbers::pi * 400.0).epsilon(0.01));
  CHECK(m.perimeter_mm() == doctest::Approx(2.0 * std::numbers::pi * 20.0).epsilon(0.05));
  CHECK(m.contains(Vec2(25.0, 25.0)));
  CHECK_FALSE(m.contains(Vec2(1.0, 1.0)));
}

TEST_CASE("a zone mask's span hint narrows its scans to a part of the raster") {
  for (const RegionMask& m : zone_masks()) {
    REQUIRE(m.span_c0 <= m.span_c1);
    int c0, c1, r0, r1;
    m.scan_range(c0, c1, r0, r1);
    CHECK((c1 - c0 + 1) * (r1 - r0 + 1) < m.cols * m.rows);
  }
}

TEST_CASE("a zone mask's area, perimeter, bounds and centroid are the same without its hint") {
  for (const RegionMask& m : zone_masks()) {
    const RegionMask plain = without_span_hint(m);
    CHECK(m.inside_cell_count() == plain.inside_cell_count());
    CHECK(m.area_mm2() == plain.area_mm2());
    CHECK(m.perimeter_mm() == plain.perimeter_mm());
    const RectMm b = m.bounds_mm(), pb = plain.bounds_mm();
    CHECK(b.min_mm == pb.min_mm);
    CHECK(b.max_mm == pb.max_mm);
    CHECK(m.centroid_mm() == plain.centroid_mm());
  }
}

TEST_CASE("quadrats and holes over a zone mask are the same without its hint") {
  std::size_t quadrats = 0, holes_found = 0;  // so that the comparisons compare something
  for (const RegionMask& m : zone_masks()) {
    if (m.inside_cell_count() == 0) continue;
    const RegionMask plain = without_span_hint(m);
    const RectMm b = m.bounds_mm();
    std::vector<Vec2> pts = poisson_pattern(b, count_for(b, 40.0), 17);
    std::erase_if(pts, [&](Vec2 p) { return !m.contains(p); });
    const SpatialIndex dots(pts);
    const QuadratStats q = quadrat_stats(pts, m, 7.0, Vec2(1.5, 2.5));
    const QuadratStats pq = quadrat_stats(pts, plain, 7.0, Vec2(1.5, 2.5));
    CHECK(q.quadrats == pq.quadrats);
    CHECK(q.cv == pq.cv);
    quadrats += static_cast<std::size_t>(q.quadrats);
    const std::vector<Hole> holes = find_holes(dots, m, 4.0, 0.5);
    const std::vector<Hole> plain_holes = find_holes(dots, plain, 4.0, 0.5);
    REQUIRE(holes.size() == plain_holes.size());
    holes_found += holes.size();
    for (std::size_t i = 0; i < holes.size(); ++i) {
      CHECK(holes[i].centre_mm == plain_holes[i].centre_mm);
      CHECK(holes[i].diameter_mm == plain_holes[i].diameter_mm);
    }
  }
  CHECK(quadrats > 20);
  CHECK(holes_found > 5);
}
