#include "core/stats/summary.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

#include "core/base/assert.hpp"

namespace smp::core {

namespace {
std::vector<double> finite_values(std::span<const double> values) {
  std::vector<double> v;
  v.reserve(values.size());
  for (double x : values)
    if (std::isfinite(x)) v.push_back(x);
  return v;
}
}  // namespace

double median(std::span<const double> values) {
  std::vector<double> v = finite_values(values);
  if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

double high_median(std::span<const double> values) {
  std::vector<double> v = finite_values(values);
  if (v.empty()) return std::numeric_limits<double>::quiet_NaN();
  const auto mid = v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2);
  std::nth_element(v.begin(), mid, v.end());
  return *mid;
}

double coefficient_of_variation(std::span<const double> values) {
  double sum = 0.0;
  std::size_t n = 0;
  for (double v : values)
    if (std::isfinite(v)) {
      sum += v;
      ++n;
    }
  if (n < 2) return 0.0;
  const double mean = sum / static_cast<double>(n);
  if (mean == 0.0) return 0.0;
  double ss = 0.0;
  for (double v : values)
    if (std::isfinite(v)) ss += (v - mean) * (v - mean);
  return std::sqrt(ss / static_cast<double>(n - 1)) / mean;
}

double quantile(std::span<const double> values, double q) {
  SMP_ASSERT(!std::isnan(q));  // the position below would be NaN cast to an index
  if (q <= 0.0) {              // the minimum: no copy, no selection
    double lo = std::numeric_limits<double>::infinity();
    for (double x : values)
      if (std::isfinite(x)) lo = std::min(lo, x);
    return std::isfinite(lo) ? lo : 0.0;
  }
  std::vector<double> v = finite_values(values);
  if (v.empty()) return 0.0;
  const double pos = std::clamp(q, 0.0, 1.0) * static_cast<double>(v.size() - 1);
  const auto lo = static_cast<std::size_t>(pos);
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(lo), v.end());
  const double a = v[lo];
  if (lo + 1 >= v.size()) return a;
  const double b = *std::min_element(v.begin() + static_cast<std::ptrdiff_t>(lo) + 1, v.end());
  return a + (b - a) * (pos - static_cast<double>(lo));
}

}  // namespace smp::core
