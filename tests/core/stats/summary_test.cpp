#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <vector>

#include "core/base/rng.hpp"
#include "core/stats/summary.hpp"

using namespace smp::core;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<double> sorted_finite(const std::vector<double>& v) {
  std::vector<double> s;
  for (double x : v)
    if (std::isfinite(x)) s.push_back(x);
  std::sort(s.begin(), s.end());
  return s;
}

// The definitions, read off a sorted copy: the quantile interpolates between the sorted values
// at q * (n - 1).
double reference_quantile(const std::vector<double>& v, double q) {
  const std::vector<double> s = sorted_finite(v);
  if (s.empty()) return 0.0;
  const double pos = q * static_cast<double>(s.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(pos));
  const std::size_t hi = std::min(lo + 1, s.size() - 1);
  return s[lo] + (s[hi] - s[lo]) * (pos - static_cast<double>(lo));
}
double reference_median(const std::vector<double>& v) {
  const std::vector<double> s = sorted_finite(v);
  const std::size_t n = s.size();
  return n % 2 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
}
double reference_high_median(const std::vector<double>& v) {
  const std::vector<double> s = sorted_finite(v);
  return s[s.size() / 2];
}

// Lists of 1-40 values from a few integers (many ties), some of them NaN or infinite.
std::vector<std::vector<double>> random_lists() {
  Rng rng(2024);
  std::vector<std::vector<double>> lists;
  for (int i = 0; i < 300; ++i) {
    std::vector<double> v(1 + rng.below(40));
    for (double& x : v) {
      const std::uint64_t u = rng.below(20);
      x = u == 0 ? kNaN : u == 1 ? -kInf : static_cast<double>(rng.below(7)) - 3.0;
    }
    v.push_back(static_cast<double>(rng.below(7)));  // at least one finite value
    lists.push_back(v);
  }
  return lists;
}

}  // namespace

TEST_CASE("the median of an odd count is the middle value, of an even count the mean of two") {
  CHECK(median(std::vector<double>{5.0, 1.0, 3.0}) == 3.0);
  CHECK(median(std::vector<double>{4.0, 1.0, 3.0, 2.0}) == 2.5);
  CHECK(median(std::vector<double>{7.0}) == 7.0);
}

TEST_CASE("the median skips NaN and infinite values and is NaN when none is finite") {
  CHECK(median(std::vector<double>{kNaN, 1.0, kInf, 3.0, -kInf}) == 2.0);
  CHECK(std::isnan(median(std::vector<double>{kNaN, kInf})));
  CHECK(std::isnan(median(std::vector<double>{})));
}

TEST_CASE("the median of tied values is the tied value") {
  CHECK(median(std::vector<double>{2.0, 2.0, 2.0, 9.0}) == 2.0);
  CHECK(median(std::vector<double>{1.0, 4.0, 4.0, 4.0, 4.0, 8.0}) == 4.0);
}

TEST_CASE("the median agrees with a median read off a sorted copy") {
  for (const std::vector<double>& v : random_lists()) CHECK(median(v) == reference_median(v));
}

TEST_CASE("the high median of an even count is the higher middle value, never a mean") {
  CHECK(high_median(std::vector<double>{4.0, 1.0, 3.0, 2.0}) == 3.0);
  CHECK(high_median(std::vector<double>{5.0, 1.0, 3.0}) == 3.0);
  CHECK(high_median(std::vector<double>{1.0, 10.0}) == 10.0);
}

TEST_CASE("the high median skips NaN and infinite values and is NaN when none is finite") {
  CHECK(high_median(std::vector<double>{kNaN, 1.0, 2.0, kInf, 3.0}) == 2.0);
  CHECK(std::isnan(high_median(std::vector<double>{kNaN})));
  CHECK(std::isnan(high_median(std::vector<double>{})));
}

TEST_CASE("the high median agrees with the value at n / 2 of a sorted copy") {
  for (const std::vector<double>& v : random_lists())
    CHECK(high_median(v) == reference_high_median(v));
}

TEST_CASE("quantile 0 is the least value and quantile 1 the greatest") {
  const std::vector<double> v{3.0, -1.0, 7.5, 2.0, 7.5};
  CHECK(quantile(v, 0.0) == -1.0);
  CHECK(quantile(v, 1.0) == 7.5);
}

TEST_CASE("a quantile interpolates linearly between the sorted values at q * (n - 1)") {
  // Sorted 10, 20, 30, 40: q = 0.5 sits at position 1.5, q = 0.1 at 0.3.
  const std::vector<double> even{40.0, 10.0, 30.0, 20.0};
  CHECK(quantile(even, 0.5) == doctest::Approx(25.0));
  CHECK(quantile(even, 0.1) == doctest::Approx(13.0));
  // Sorted 1, 2, 3, 4, 5: q = 0.5 is the middle value itself.
  CHECK(quantile(std::vector<double>{5.0, 3.0, 1.0, 4.0, 2.0}, 0.5) == 3.0);
}

TEST_CASE("a quantile skips NaN and infinite values and is 0 when none is finite") {
  const std::vector<double> v{kNaN, 4.0, kInf, 2.0, -kInf};
  CHECK(quantile(v, 0.0) == 2.0);
  CHECK(quantile(v, 0.5) == 3.0);
  CHECK(quantile(v, 1.0) == 4.0);
  CHECK(quantile(std::vector<double>{kNaN, kInf}, 0.5) == 0.0);
  CHECK(quantile(std::vector<double>{}, 0.0) == 0.0);
}

TEST_CASE("a quantile within a run of tied values is the tied value") {
  const std::vector<double> v{1.0, 5.0, 5.0, 5.0, 5.0, 9.0};
  for (double q : {0.2, 0.4, 0.5, 0.6, 0.8}) CHECK(quantile(v, q) == 5.0);
}

TEST_CASE("a quantile outside [0, 1] is taken as the nearer end") {
  const std::vector<double> v{3.0, 1.0, 2.0};
  CHECK(quantile(v, -0.5) == 1.0);
  CHECK(quantile(v, 1.5) == 3.0);
}

TEST_CASE("every quantile agrees with one read off a sorted copy") {
  for (const std::vector<double>& v : random_lists())
    for (double q : {0.0, 0.05, 0.1, 0.25, 1.0 / 3.0, 0.5, 0.8, 0.95, 1.0})
      CHECK(quantile(v, q) == reference_quantile(v, q));
}
