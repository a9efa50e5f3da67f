// Bond-orientational order of neighbouring dots (|psi2|, |psi4|, |psi6|): rows and grids that a
// Clark-Evans R cannot see (notes R9). Not the scoring of rows (density_uniformity).
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "core/base/geometry.hpp"
#include "core/spatial/spatial_index.hpp"

namespace smp::core {

struct OrderTile {
  Vec2 centre_mm{0.0, 0.0};
  int points = 0;
  double order = 0.0;  // max over m of |mean e^{i m theta}| in this tile
};
struct OrientationalOrder {
  double psi2 = 0.0;   // rows (one preferred direction)
  double psi4 = 0.0;   // square grid
  double psi6 = 0.0;   // hexagonal grid
  double order = 0.0;  // max of the three
  int points = 0;
  std::vector<OrderTile> tiles;
};
// Bond-orientational order (notes R9) of the nearest-neighbour bonds of the given points (canonical
// positions in `dots`, in canonical order): m = 2, 4 over the 4 nearest bonds, m = 6 over the 6
// nearest; averaged as |mean e^{i m theta}| per square tile of tile_mm so that a lattice whose
// orientation drifts slowly across the head is still caught, then weighted by bonds. An isotropic
// pattern gives values near the noise floor; rows and grids near 1. At most max_points points are
// used, every stride-th of the list (order-independent, since the list is in canonical order).
OrientationalOrder orientational_order(const SpatialIndex& dots,
                                       std::span<const std::uint32_t> canonical,
                                       Vec2 tile_origin_mm, double tile_mm, int min_tile_points,
                                       std::size_t max_points);

}  // namespace smp::core
