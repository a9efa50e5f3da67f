// floor() without the library call that g++ emits for x86-64's baseline instruction set, and
// bin indices without a division per dot: the per-dot loops of grading run these 100k times a
// grading. Both give exactly the bits of the plain expressions they replace.
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

// offset / divisor as far as whole numbers can tell: the product by the reciprocal is within a few
// ulps of the quotient (under 1e-6 for quotients below 2^31), so it lies on the same side of every
// whole number unless it is within 1e-6 of one, where the division itself is returned. Use it
// for floor, truncation and comparisons with whole numbers, not as the quotient itself.
class BinQuotient {
 public:
  explicit BinQuotient(double divisor) : divisor_(divisor), reciprocal_(1.0 / divisor) {}
  double operator()(double offset) const {
    const double t = offset * reciprocal_;
    if (!(std::abs(t) < 2147483648.0)) return offset / divisor_;
    // The distance to the nearest whole numbers from the truncated part (sign of t).
    const double frac = std::abs(t - static_cast<double>(static_cast<std::int64_t>(t)));
    return frac > 1e-6 && frac < 1.0 - 1e-6 ? t : offset / divisor_;
  }

 private:
  double divisor_;
  double reciprocal_;
};

}  // namespace smp::core
