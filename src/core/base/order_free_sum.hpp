// A sum of many doubles that does not depend on the order they are added in (fixed point with
// 2^-32 resolution): a shuffled attempt must give a bit-identical report, and floating-point
// addition is not associative. Valid while |value| * count stays below about 2e9.
#pragma once
#include <cstdint>

#include "core/base/fast_floor.hpp"

namespace smp::core {

class OrderFreeSum {
 public:
  void add(double v) {
    // Sizes and shades are never negative: there the floor is the truncation the cast makes.
    const double y = v * kScale + 0.5;
    q_ += static_cast<std::int64_t>(y >= 0.0 && y < 0x1p62 ? y : fast_floor(y));
  }
  // The same as add(v) for v in [0, 1] (a clamped fraction): there v * 2^32 + 0.5 is positive
  // and below 2^33, so its floor is its truncation.
  void add_fraction(double v) { q_ += static_cast<std::int64_t>(v * kScale + 0.5); }
  // Another sum's terms: exact, so parts summed separately combine in any grouping.
  void add(const OrderFreeSum& other) { q_ += other.q_; }
  double value() const { return static_cast<double>(q_) / kScale; }

 private:
  static constexpr double kScale = 4294967296.0;  // 2^32
  std::int64_t q_ = 0;
};

}  // namespace smp::core
