// Quadrat counts over a window: dots per square cell, their CV and variance-to-mean ratio
// (notes N152), for patchiness. Not local darkness or density maps.
#pragma once
#include <span>
#include <vector>

#include "core/base/geometry.hpp"
#include "core/stats/region_mask.hpp"

namespace smp::core {

struct QuadratCell {
  Vec2 centre_mm{0.0, 0.0};
  int count = 0;
};
struct QuadratStats {
  double side_mm = 0.0;
  int quadrats = 0;  // quadrats wholly inside the window (the only ones used)
  double mean_count = 0.0;
  double cv = 0.0;   // s / mean
  double vmr = 0.0;  // s^2 / mean (index of dispersion)
  std::vector<QuadratCell> cells;
};
// Square quadrats of side side_mm laid from the window's corner shifted by offset_mm (draw it
// at random in [0, side) to avoid aliasing with a lattice (notes N152)).
QuadratStats quadrat_stats(std::span<const Vec2> points_mm, const RegionMask& region,
                           double side_mm, Vec2 offset_mm);

}  // namespace smp::core
