// Lines and grids as the eye finds them: per square tile of a DarknessField, the strongest
// periodic modulation of the ink within a band of periods (stripes, rows, a lattice), measured
// against the ring of the same frequency in every direction, which random or blue-noise dots fill
// evenly. Not bond order (orientational_order.hpp), which reads the neighbours' angles only.
#pragma once
#include <cstddef>
#include <vector>

#include "core/base/geometry.hpp"
#include "core/stats/look/darkness_field.hpp"

namespace smp::core {

struct StructureTile {
  Vec2 centre_mm{0.0, 0.0};
  double inside_share = 0.0;  // of the tile's cells in the region
  // The strongest wave: its amplitude relative to the tile's mean ink (a stripe pattern dark on
  // 3/4 and bare on 1/4 of each period is ~0.6; blue noise ~0.1-0.3), its power against the mean
  // power at the same frequency in all directions, its period and direction (0-180 degrees, the
  // direction the ink varies along).
  double modulation = 0.0;
  double ring_ratio = 0.0;
  double period_mm = 0.0;
  double angle_deg = 0.0;
};

struct OrientedStructure {
  double tile_mm = 0.0;
  std::vector<StructureTile> tiles;
};

// Tiles of tile_cells x tile_cells cells (a power of two) with at least min_inside_share of
// their cells in the region, at most max_tiles of them spread evenly; periods from min_period_mm
// to max_period_mm.
OrientedStructure oriented_structure(const DarknessField& f, int tile_cells, double min_period_mm,
                                     double max_period_mm, std::size_t max_tiles,
                                     double min_inside_share = 0.5);

}  // namespace smp::core
