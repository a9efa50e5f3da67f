// floor() without the library call that g++ emits for x86-64's baseline instruction set: the
// per-dot loops of grading called it a million times a second. Exact for every double.
#pragma once
#include <cmath>
#include <cstdint>

namespace smp::core {

inline double fast_floor(double y) {
  // Beyond 2^52 every double is a whole number (and NaN and infinities are their own floor).
  if (!(std::abs(y) < 4503599627370496.0)) return y;
  const auto q = static_cast<std::int64_t>(y);  // truncates toward zero
  const double r = static_cast<double>(q) - static_cast<double>(static_cast<double>(q) > y);
  return r == 0.0 ? std::copysign(0.0, y) : r;  // floor(-0.0) is -0.0
}

}  // namespace smp::core
