// The zone raster (row-crossing polygon tests, block fill) against zone_at cell by cell.
#include <doctest/doctest.h>

#include "core/scalp/scalp.hpp"
#include "core/scalp/zone_raster.hpp"
#include "core/scalp/zones.hpp"

using namespace smp::core;

TEST_CASE("the zone raster gives zone_at's zone at almost every cell centre and every zone") {
  ClientSpec client;
  client.loss.pattern = LossPattern::FullyBald;
  const Scalp scalp = generate_scalp(client);
  const ZoneRaster r = make_zone_raster(scalp, 2.0);
  REQUIRE(r.cols > 0);
  REQUIRE(r.rows > 0);
  std::size_t agree = 0, total = 0;
  std::array<std::size_t, kZoneCount> seen{};
  for (int y = 0; y < r.rows; ++y)
    for (int x = 0; x < r.cols; ++x) {
      const Vec2 c = r.origin_mm + Vec2((x + 0.5) * r.cell_mm, (y + 0.5) * r.cell_mm);
      const Zone z = r.zone_of(c);
      agree += z == zone_at(scalp.chart, c);
      ++seen[static_cast<std::size_t>(z)];
      ++total;
    }
  // Only blocks whose corners and centre agree are filled without asking each cell.
  CHECK(static_cast<double>(agree) >= 0.995 * static_cast<double>(total));
  for (Zone z : kAllZones) CHECK_MESSAGE(seen[static_cast<std::size_t>(z)] > 0, zone_name(z));
}
