// Pairs of healed dots that touch or nearly touch and read as one blotch (notes R4).
// Not the scoring of blotches (density_uniformity).
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "core/base/geometry.hpp"
#include "core/spatial/spatial_index.hpp"

namespace smp::core {

struct MergedPairs {
  int pairs = 0;
  int dots_involved = 0;
  std::vector<Vec2> where_mm;  // midpoints, canonical order
};
// Pairs whose healed discs overlap or whose edge-to-edge gap is below min_gap_mm (notes R4).
// diameters_mm is indexed like the index's input; only pairs with a member in `members`
// (input indices; empty span = all) are counted. nn_canonical: the index's
// nearest_distances_canonical(), used to skip isolated dots quickly.
MergedPairs find_merged_pairs(const SpatialIndex& dots, std::span<const double> diameters_mm,
                              std::span<const double> nn_canonical, double min_gap_mm,
                              std::span<const std::uint8_t> member_flags = {});

}  // namespace smp::core
