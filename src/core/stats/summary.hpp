// Summary numbers over a list of values: the one home of the coefficient of variation and the
// quantile rule. Not point-pattern statistics (clark_evans.hpp, quadrats.hpp, ...).
#pragma once
#include <span>

namespace smp::core {

// Sample standard deviation / mean (R's sd(): n - 1); 0 for fewer than two finite values.
double coefficient_of_variation(std::span<const double> values);
// The q-quantile (0..1) of the finite values, by linear interpolation; 0 when empty.
double quantile(std::span<const double> values, double q);

}  // namespace smp::core
