// The scalp's zones and hair loss sampled once on a raster, so that scoring a million dots needs
// no per-dot geometry, and a zone's area and its dots are counted on the same cells.
// Not the zone definitions (zones.hpp, owned by the scalp model).
#pragma once
#include <cstdint>
#include <vector>

#include "core/base/chart_grid.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scalp/zones.hpp"
#include "core/stats/region_mask.hpp"

namespace smp::core {

struct ZoneRaster : ChartGrid {
  std::vector<std::uint8_t> zone;  // Zone as an integer, per cell (row-major)
  std::vector<float> loss;         // hair_loss_fraction at the cell centre (0 off the head)

  Zone zone_of(Vec2 p_mm) const;  // OffHead outside
};

ZoneRaster make_zone_raster(const Scalp& scalp, double cell_mm);

// The cells of `z` that are to be treated: where at least min_loss of the hair is lost, or the
// whole zone when that is under min_share of it (a level that targets unaffected skin).
RegionMask treatable_mask(const ZoneRaster& raster, Zone z, double min_loss, double min_share);

// "12 o'clock" etc. of p around a centre, seen from above with the face at 12 (chart +y is back).
int clock_hour(Vec2 centre_mm, Vec2 p_mm);

}  // namespace smp::core
