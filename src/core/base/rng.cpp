#include "core/base/rng.hpp"

#include <cmath>
#include <numbers>

#include "core/base/assert.hpp"
#include "core/base/hash.hpp"

namespace smp::core {
namespace {
std::uint64_t splitmix64(std::uint64_t& x) {
  return mix64(x += 0x9E3779B97F4A7C15ull);
}
std::uint64_t rotl(std::uint64_t x, int k) {
  return (x << k) | (x >> (64 - k));
}
constexpr double kTwoPi = 2.0 * std::numbers::pi;
}  // namespace

Rng::Rng(std::uint64_t seed) {
  std::uint64_t x = seed;
  for (auto& s : s_) s = splitmix64(x);
}

// xoshiro256** (Blackman & Vigna): fast, well tested, trivially reproducible.
std::uint64_t Rng::next_u64() {
  const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
  const std::uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = rotl(s_[3], 45);
  return result;
}

double Rng::uniform() {
  return static_cast<double>(next_u64() >> 11) * 0x1.0p-53;
}

double Rng::uniform(double lo, double hi) {
  SMP_ASSERT(lo <= hi);
  return lo + (hi - lo) * uniform();
}

double Rng::normal(double mean, double stddev) {
  if (has_spare_normal_) {
    has_spare_normal_ = false;
    return mean + stddev * spare_normal_;
  }
  double u1 = uniform();
  while (u1 <= 0.0) u1 = uniform();
  const double u2 = uniform();
  const double r = std::sqrt(-2.0 * std::log(u1));
  spare_normal_ = r * std::sin(kTwoPi * u2);
  has_spare_normal_ = true;
  return mean + stddev * r * std::cos(kTwoPi * u2);
}

std::uint64_t Rng::below(std::uint64_t n) {
  SMP_ASSERT(n > 0);
  // Lemire's nearly-divisionless method would be faster; rejection keeps it obviously unbiased.
  const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % n);
  std::uint64_t x = next_u64();
  while (x >= limit) x = next_u64();
  return x % n;
}

Rng Rng::fork(std::uint64_t tag) const {
  std::uint64_t x = s_[0] ^ rotl(s_[2], 17) ^ (tag * 0xD1B54A32D192ED03ull);
  return Rng(splitmix64(x));
}

}  // namespace smp::core
