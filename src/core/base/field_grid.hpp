// A scalar field sampled on a regular grid over the chart (e.g. existing-hair density per cm^2).
// Not a spatial index for dots: see spatial_index.hpp for that.
#pragma once
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/base/chart_grid.hpp"
#include "core/base/geometry.hpp"

namespace smp::core {

struct FieldGrid : ChartGrid {
  std::vector<float> values;  // row-major, rows * cols

  static FieldGrid covering(const RectMm& area, double cell_mm, float fill = 0.0f) {
    FieldGrid g;
    static_cast<ChartGrid&>(g) = ChartGrid::covering(area, cell_mm);
    g.values.assign(g.cell_count(), fill);
    return g;
  }
  float& at(int col, int row) {
    SMP_ASSERT(values.size() == cell_count());
    return values[index(col, row)];
  }
  float at(int col, int row) const { return values[index(col, row)]; }
  // Bilinear sample between cell centres; 0 outside the grid.
  float sample(Vec2 p_mm) const {
    if (cols == 0 || rows == 0) return 0.0f;
    const double fx = (p_mm.x - origin_mm.x) / cell_mm - 0.5;
    const double fy = (p_mm.y - origin_mm.y) / cell_mm - 0.5;
    if (fx < -0.5 || fy < -0.5 || fx > cols - 0.5 || fy > rows - 0.5) return 0.0f;
    const int x0 = std::clamp(static_cast<int>(std::floor(fx)), 0, cols - 1);
    const int y0 = std::clamp(static_cast<int>(std::floor(fy)), 0, rows - 1);
    const int x1 = std::min(x0 + 1, cols - 1);
    const int y1 = std::min(y0 + 1, rows - 1);
    const float tx = static_cast<float>(std::clamp(fx - x0, 0.0, 1.0));
    const float ty = static_cast<float>(std::clamp(fy - y0, 0.0, 1.0));
    const float a = at(x0, y0) * (1 - tx) + at(x1, y0) * tx;
    const float b = at(x0, y1) * (1 - tx) + at(x1, y1) * tx;
    return a * (1 - ty) + b * ty;
  }
};

}  // namespace smp::core
