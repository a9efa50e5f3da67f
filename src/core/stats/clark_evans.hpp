// The Clark-Evans aggregation index R of a point pattern, plain and with Donnelly's edge
// correction (notes N150, N153), and the hexagonal-lattice spacing distances are measured against.
#pragma once
#include <cstddef>
#include <span>

namespace smp::core {

// Distance to the nearest hexagonal-lattice neighbour at this intensity: sqrt(2 / (sqrt(3)
// lambda)).
double d_hex_mm(double intensity_per_mm2);

struct ClarkEvans {
  std::size_t n = 0;
  double area_mm2 = 0.0;
  double perimeter_mm = 0.0;
  double intensity_per_mm2 = 0.0;
  double mean_nn_mm = 0.0;
  double expected_nn_mm = 0.0;           // 0.5 / sqrt(lambda)
  double r = 0.0;                        // mean_nn / expected_nn
  double expected_nn_donnelly_mm = 0.0;  // + (0.0514 + 0.0412/sqrt(n)) P / n
  double r_donnelly = 0.0;
};
// nn_mm: each point's distance to its nearest neighbour inside the same window. Infinite
// entries (a lone point) are skipped. R is 0 when fewer than two points.
ClarkEvans clark_evans(std::span<const double> nn_mm, double area_mm2, double perimeter_mm);

}  // namespace smp::core
