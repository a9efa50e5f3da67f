// The scalp's zones and hair loss sampled once on a raster, so that scoring a million dots needs
// no per-dot geometry, and a zone's area and its dots are counted on the same cells.
// Not the zone definitions (zones.hpp, owned by the scalp model).
#pragma once
#include <cstdint>
#include <vector>

#include "core/base/fast_floor.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scalp/zones.hpp"
#include "core/stats/region_mask.hpp"

namespace smp::core {

struct ZoneRaster {
  Vec2 origin_mm{0.0, 0.0};
  double cell_mm = 2.0;
  int cols = 0;
  int rows = 0;
  std::vector<std::uint8_t> zone;  // Zone as an integer, per cell (row-major)
  std::vector<float> loss;         // hair_loss_fraction at the cell centre (0 off the head)

  std::ptrdiff_t cell_of(Vec2 p_mm) const { return cell_of(p_mm, BinQuotient(cell_mm)); }
  // The same with in_cells = BinQuotient(cell_mm) made once, for loops over every dot.
  std::ptrdiff_t cell_of(Vec2 p_mm, const BinQuotient& in_cells) const {  // -1 outside
    const double fx = in_cells(p_mm.x - origin_mm.x);
    const double fy = in_cells(p_mm.y - origin_mm.y);
    if (!(fx >= 0.0) || !(fy >= 0.0) || fx >= cols || fy >= rows) return -1;
    return static_cast<std::ptrdiff_t>(fy) * cols + static_cast<std::ptrdiff_t>(fx);
  }
  Zone zone_of(Vec2 p_mm) const;  // OffHead outside
};

ZoneRaster make_zone_raster(const Scalp& scalp, double cell_mm);

// The cells of `z` that are to be treated: where at least min_loss of the hair is lost, or the
// whole zone when that is under min_share of it (a level that targets unaffected skin).
RegionMask treatable_mask(const ZoneRaster& raster, Zone z, double min_loss, double min_share);

// "12 o'clock" etc. of p around a centre, seen from above with the face at 12 (chart +y is back).
int clock_hour(Vec2 centre_mm, Vec2 p_mm);

}  // namespace smp::core
