// Summary numbers over a list of values: the one home of the median, the quantile rule and the
// coefficient of variation. Not point-pattern statistics (clark_evans.hpp, quadrats.hpp, ...).
#pragma once
#include <span>

namespace smp::core {

// Sample standard deviation / mean (R's sd(): n - 1); 0 for fewer than two finite values.
double coefficient_of_variation(std::span<const double> values);
// The median of the finite values: the middle one, or the mean of the two middle ones; NaN when
// there are none.
double median(std::span<const double> values);
// The middle value itself: for an even count the higher of the two middle ones, so the result is
// always one of the values (a shade on the palette, not a mix of two). NaN when there are none.
double high_median(std::span<const double> values);
// The q-quantile of the finite values, by linear interpolation between the sorted values at
// q * (n - 1) (R's type 7); q outside [0, 1] is taken as 0 or 1 (a level may override a
// quantile parameter with any finite number). 0 when empty.
double quantile(std::span<const double> values, double q);

}  // namespace smp::core
