// base/simd.hpp: every lane-wise operation means exactly its scalar expression, bit for bit, on
// ties, signed zeros, NaN and infinities. CI runs these with the vectors (the README's build) and
// with the scalar twin (SMP_SIMD=OFF), so both are held to the same definition.
#include <doctest/doctest.h>

#include <bit>
#include <cstdint>
#include <limits>
#include <vector>

#include "core/base/simd.hpp"

namespace simd = smp::core::simd;

namespace {

const std::vector<double>& awkward_values() {
  static const std::vector<double> v = {0.0,
                                        -0.0,
                                        1.0,
                                        -1.0,
                                        0.1,
                                        1e-300,
                                        1e300,
                                        std::numeric_limits<double>::infinity(),
                                        -std::numeric_limits<double>::infinity(),
                                        std::numeric_limits<double>::quiet_NaN(),
                                        std::numeric_limits<double>::denorm_min()};
  return v;
}

bool same_bits(double a, double b) {
  return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

}  // namespace

TEST_CASE("each lane of min, select and the arithmetic is its scalar expression, bit for bit") {
  for (double a : awkward_values())
    for (double b : awkward_values()) {
      CAPTURE(a);
      CAPTURE(b);
      const simd::F64x2 x = simd::set(a, b), y = simd::set(b, a);
      const simd::F64x2 lo = simd::min(x, y);
      CHECK(same_bits(simd::lane(lo, 0), a < b ? a : b));  // minpd's rule: the second on NaN/ties
      CHECK(same_bits(simd::lane(lo, 1), b < a ? b : a));
      const simd::F64x2 sum = x + y, diff = x - y, prod = x * y;
      CHECK(same_bits(simd::lane(sum, 0), a + b));
      CHECK(same_bits(simd::lane(diff, 0), a - b));
      CHECK(same_bits(simd::lane(diff, 1), b - a));
      CHECK(same_bits(simd::lane(prod, 1), b * a));
      const simd::F64x2 picked = simd::select(x < y, simd::splat(1.0), simd::splat(2.0));
      CHECK(simd::lane(picked, 0) == (a < b ? 1.0 : 2.0));
      CHECK(simd::lane(picked, 1) == (b < a ? 1.0 : 2.0));
    }
}

TEST_CASE("counts of true lanes add up, and loads need no alignment") {
  simd::Count2 count;
  int want = 0;
  for (double a : awkward_values())
    for (double b : awkward_values()) {
      simd::add_true(count, simd::set(a, b) < simd::set(b, a));
      want += (a < b) + (b < a);
    }
  CHECK(simd::total(count) == want);
  const double raw[5] = {1.0, 2.0, 3.0, 4.0, 5.0};
  const simd::F64x2 v = simd::load(raw + 1);  // an odd offset: 8-byte aligned only
  CHECK(simd::lane(v, 0) == 2.0);
  CHECK(simd::lane(v, 1) == 3.0);
  simd::F64x2 acc = simd::splat(0.5);
  acc += v;
  CHECK(simd::lane(acc, 1) == 3.5);
}
