// OrderFreeSum: the fixed-point sum that keeps reports bit-identical for shuffled attempts.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "core/rng.hpp"
#include "core/scoring/order_free_sum.hpp"

using namespace smp::core;

TEST_CASE("an order-free sum rounds each term to 2^-32 as floor(v * 2^32 + 0.5) does") {
  // Halves, values just either side of a rounding boundary, negatives, zero and large terms.
  const double step = 1.0 / 4294967296.0;
  const std::vector<double> terms = {0.0,
                                     0.5 * step,
                                     -0.5 * step,
                                     1.5 * step,
                                     -1.5 * step,
                                     0.49999 * step,
                                     -0.49999 * step,
                                     0.3,
                                     -0.3,
                                     1.0,
                                     -1.0,
                                     123.456,
                                     -987.654321,
                                     std::nextafter(0.5 * step, 1.0),
                                     std::nextafter(-0.5 * step, -1.0)};
  for (double v : terms) {
    OrderFreeSum s;
    s.add(v);
    CAPTURE(v);
    CHECK(s.value() == std::floor(v * 4294967296.0 + 0.5) / 4294967296.0);
  }
}

TEST_CASE("an order-free sum does not depend on the order of its terms") {
  Rng rng(3);
  std::vector<double> v;
  for (int i = 0; i < 10000; ++i) v.push_back(rng.uniform(-5.0, 5.0));
  OrderFreeSum forward, backward;
  for (double x : v) forward.add(x);
  std::reverse(v.begin(), v.end());
  for (double x : v) backward.add(x);
  CHECK(forward.value() == backward.value());
  double plain = 0.0;
  for (double x : v) plain += x;
  CHECK(forward.value() == doctest::Approx(plain).epsilon(1e-9));
}
