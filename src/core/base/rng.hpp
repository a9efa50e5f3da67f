// The one seeded random generator of the project, identical on every platform and compiler.
// std:: distributions are implementation-defined, so draws are made here, not with <random>.
#pragma once
#include <cstdint>

namespace smp::core {

class Rng {
 public:
  explicit Rng(std::uint64_t seed);
  std::uint64_t next_u64();
  double uniform();                      // [0, 1)
  double uniform(double lo, double hi);  // [lo, hi)
  double normal(double mean = 0.0, double stddev = 1.0);
  std::uint64_t below(std::uint64_t n);  // [0, n), n > 0
  // A child generator for an independent stream (e.g. one per scar), stable for a given tag.
  Rng fork(std::uint64_t tag) const;

 private:
  std::uint64_t s_[4];
  bool has_spare_normal_ = false;
  double spare_normal_ = 0.0;
};

}  // namespace smp::core
