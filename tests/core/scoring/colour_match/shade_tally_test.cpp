// colour_match's ShadeTally gives exactly what the plain path (high_median over every dot's
// dilution) gives, bit for bit, or says it cannot tell, so colour_match falls back to that path.
#include <doctest/doctest.h>

#include <bit>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

#include "core/base/rng.hpp"
#include "core/scoring/colour_match/shade_tally.hpp"
#include "core/stats/summary.hpp"

using namespace smp::core;

namespace {

std::optional<double> tally_median(const std::vector<double>& values) {
  ShadeTally t;
  for (double v : values) t.add(v);
  return t.high_median();
}

bool same_bits(double a, double b) {
  return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

}  // namespace

TEST_CASE("a shade tally's median is high_median's, ties taking the higher middle value") {
  for (const std::vector<double>& v : std::vector<std::vector<double>>{
           {6.0}, {2.0, 4.0}, {4.0, 2.0, 2.0, 4.0}, {10.0, 12.0, 12.0}, {0.0, 24.0, 0.0, 24.0}}) {
    const std::optional<double> m = tally_median(v);
    REQUIRE(m.has_value());
    CHECK(same_bits(*m, high_median(v)));
  }
  CHECK(*tally_median({4.0, 2.0, 2.0, 4.0}) == 4.0);
}

TEST_CASE("a shade tally keeps the sign of a lone zero and refuses both zeros") {
  const std::optional<double> neg = tally_median({-0.0, -0.0, 2.0});
  REQUIRE(neg.has_value());
  CHECK(same_bits(*neg, high_median(std::vector<double>{-0.0, -0.0, 2.0})));
  CHECK(std::signbit(*neg));
  CHECK_FALSE(tally_median({-0.0, 0.0, 2.0}).has_value());
}

TEST_CASE("a shade tally refuses what it cannot tell: none, too many shades, not finite") {
  CHECK_FALSE(tally_median({}).has_value());
  std::vector<double> eight, nine;
  for (int i = 0; i < 8; ++i) eight.push_back(2.0 * i);
  nine = eight;
  nine.push_back(30.0);
  CHECK(tally_median(eight).has_value());
  CHECK_FALSE(tally_median(nine).has_value());
  const double inf = std::numeric_limits<double>::infinity();
  CHECK_FALSE(tally_median({inf, inf, 1.0}).has_value());  // high_median drops inf: 1
  CHECK_FALSE(tally_median({std::numeric_limits<double>::quiet_NaN(), 1.0}).has_value());
}

TEST_CASE("a shade tally matches high_median bit for bit on many random sessions") {
  Rng rng(17);
  const double palette[] = {-0.0, 0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 12.0, 15.0, 18.0, 20.0, 24.0};
  int told = 0;
  for (int trial = 0; trial < 3000; ++trial) {
    const int shades = 1 + static_cast<int>(rng.uniform() * 10.0);  // 1..10 candidates
    const int n = 1 + static_cast<int>(rng.uniform() * 300.0);
    std::vector<double> v;
    for (int i = 0; i < n; ++i)
      v.push_back(palette[static_cast<int>(rng.uniform() * shades) + (trial % 4 == 0 ? 0 : 1)]);
    const std::optional<double> m = tally_median(v);
    if (!m) continue;
    ++told;
    CAPTURE(trial);
    CHECK(same_bits(*m, high_median(v)));
  }
  CHECK(told > 1500);  // the table answers for the few-shade sessions attempts have
}
