// The exact rounding helpers of grading: fast_floor (floor without a library call) and
// OrderFreeSum (the fixed-point sum that keeps reports bit-identical for shuffled attempts).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#include "core/base/fast_floor.hpp"
#include "core/base/order_free_sum.hpp"
#include "core/base/rng.hpp"

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

TEST_CASE("an order-free sum's fraction path and merged parts give the plain sum's bits") {
  // Fractions whose scaled value sits on, just below and just above a half (the rounding edge).
  std::vector<double> v = {0.0, -0.0, 1.0, 0.5, 1e-300, std::nextafter(1.0, 0.0)};
  for (double k : {1.0, 2.0, 3.0, 12345.0, 4294967295.0}) {
    const double edge = (k - 0.5) / 4294967296.0;
    v.push_back(edge), v.push_back(std::nextafter(edge, 0.0)),
        v.push_back(std::nextafter(edge, 1.0));
  }
  Rng rng(5);
  for (int i = 0; i < 1000; ++i) v.push_back(rng.uniform());
  OrderFreeSum whole, parts[3];
  for (std::size_t i = 0; i < v.size(); ++i) {
    OrderFreeSum a, b;
    a.add(v[i]);
    b.add_fraction(v[i]);
    CAPTURE(v[i]);
    CHECK(a.value() == b.value());
    whole.add(v[i]);
    parts[i % 3].add_fraction(v[i]);
  }
  OrderFreeSum merged;
  for (const OrderFreeSum& p : parts) merged.add(p);
  CHECK(merged.value() == whole.value());
}

TEST_CASE("fast_floor gives floor's exact bits for every kind of double") {
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> v = {0.0,
                           -0.0,
                           0.5,
                           -0.5,
                           1.0,
                           -1.0,
                           2.5,
                           -2.5,
                           1e-300,
                           -1e-300,
                           4503599627370495.5,
                           -4503599627370495.5,
                           4503599627370496.0,
                           -4503599627370497.0,
                           1e300,
                           -1e300,
                           inf,
                           -inf,
                           std::nextafter(1.0, 0.0),
                           std::nextafter(-1.0, 0.0)};
  Rng rng(9);
  for (int i = 0; i < 2000; ++i) v.push_back(rng.uniform(-1e6, 1e6));
  for (double x : v) {
    const double want = std::floor(x), got = fast_floor(x);
    CAPTURE(x);
    CHECK(std::memcmp(&want, &got, sizeof want) == 0);  // bit for bit: -0.0 stays -0.0
  }
  CHECK(std::isnan(fast_floor(std::numeric_limits<double>::quiet_NaN())));
}

TEST_CASE("BinQuotient puts every offset in the bin that the division does") {
  Rng rng(11);
  for (const double divisor : {0.1, 0.27, 1.0 / 3.0, 2.0, 7.3, 1e-3}) {
    const BinQuotient q(divisor);
    std::vector<double> offsets;
    for (int i = 0; i < 2000; ++i) offsets.push_back(rng.uniform(-500.0, 500.0));
    // Multiples of the divisor and their neighbours: the products most likely to round across.
    for (int m = -50; m <= 50; ++m) {
      const double x = m * divisor;
      offsets.insert(offsets.end(), {x, std::nextafter(x, -1e9), std::nextafter(x, 1e9)});
    }
    offsets.insert(offsets.end(), {0.0, -0.0, 1e12, -1e12});
    for (double x : offsets) {
      const double exact = x / divisor, got = q(x);
      CAPTURE(divisor);
      CAPTURE(x);
      CHECK(fast_floor(got) == std::floor(exact));
      CHECK(static_cast<long long>(got) == static_cast<long long>(exact));
      const double whole = std::floor(exact);
      CHECK((got >= whole) == (exact >= whole));
      CHECK((got < whole + 1.0) == (exact < whole + 1.0));
    }
  }
}
