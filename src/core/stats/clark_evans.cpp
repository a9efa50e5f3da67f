#include "core/stats/clark_evans.hpp"

#include <cmath>

#include "core/base/assert.hpp"

namespace smp::core {

double d_hex_mm(double intensity_per_mm2) {
  if (!(intensity_per_mm2 > 0.0)) return 0.0;
  return std::sqrt(2.0 / (std::sqrt(3.0) * intensity_per_mm2));
}

ClarkEvans clark_evans(std::span<const double> nn_mm, double area_mm2, double perimeter_mm) {
  SMP_ASSERT(perimeter_mm >= 0.0);
  ClarkEvans ce;
  ce.area_mm2 = area_mm2;
  ce.perimeter_mm = perimeter_mm;
  double sum = 0.0;
  for (double d : nn_mm)
    if (std::isfinite(d)) {
      sum += d;
      ++ce.n;
    }
  if (ce.n < 2 || !(area_mm2 > 0.0)) return ce;
  const double n = static_cast<double>(ce.n);
  ce.intensity_per_mm2 = n / area_mm2;
  ce.mean_nn_mm = sum / n;
  ce.expected_nn_mm = 0.5 / std::sqrt(ce.intensity_per_mm2);
  ce.r = ce.mean_nn_mm / ce.expected_nn_mm;
  // Donnelly (1978) as in spatstat's clarkevans(): E_D = 0.5/sqrt(lambda) + (0.0514 +
  // 0.0412/sqrt(n)) * P / n.
  ce.expected_nn_donnelly_mm =
      ce.expected_nn_mm + (0.0514 + 0.0412 / std::sqrt(n)) * perimeter_mm / n;
  ce.r_donnelly = ce.mean_nn_mm / ce.expected_nn_donnelly_mm;
  return ce;
}

}  // namespace smp::core
