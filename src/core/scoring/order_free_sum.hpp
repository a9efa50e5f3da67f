// A sum of many doubles that does not depend on the order they are added in (fixed point with
// 2^-32 resolution): a shuffled attempt must give a bit-identical report, and floating-point
// addition is not associative. Valid while |value| * count stays below about 2e9.
#pragma once
#include <cmath>
#include <cstdint>

namespace smp::core {

class OrderFreeSum {
 public:
  void add(double v) {
    // floor(), written out: a call to libm's floor() per dot was a visible share of grading.
    // Exact for every value this sum can hold (|v| * 2^32 well inside the int64 range).
    const double y = v * kScale + 0.5;
    auto q = static_cast<std::int64_t>(y);
    q -= static_cast<double>(q) > y;
    q_ += q;
  }
  double value() const { return static_cast<double>(q_) / kScale; }

 private:
  static constexpr double kScale = 4294967296.0;  // 2^32
  std::int64_t q_ = 0;
};

}  // namespace smp::core
