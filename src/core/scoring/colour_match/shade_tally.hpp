// The distinct dilutions of one session's dots and their counts, from which colour_match reads
// the session's median shade without collecting and partially sorting every dot's value (about
// 1.1-1.4 ms of a 100k-dot grading, 4-5 %). Not a general median: stats/summary.hpp has that.
#pragma once
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>

namespace smp::core {

class ShadeTally {
 public:
  void add(double water_parts) {
    const auto bits = std::bit_cast<std::uint64_t>(water_parts);
    for (int i = 0; i < n_; ++i)
      if (bits_[i] == bits) {
        ++count_[i];
        return;
      }
    if (n_ == kShades) {
      overflow_ = true;
      return;
    }
    bits_[n_] = bits, count_[n_++] = 1;
  }

  // What high_median() gives for the values added, bit for bit; nullopt when the table cannot
  // tell it: no values, more than kShades distinct ones, a value high_median would drop (not
  // finite), or both signs of zero (they tie, so the sort picks which one comes out).
  std::optional<double> high_median() const {
    if (overflow_ || n_ == 0) return std::nullopt;
    double v[kShades];
    std::size_t c[kShades];
    std::size_t total = 0;
    bool zero[2] = {false, false};
    for (int i = 0; i < n_; ++i) {
      v[i] = std::bit_cast<double>(bits_[i]), c[i] = count_[i];
      if (!std::isfinite(v[i])) return std::nullopt;
      if (v[i] == 0.0) zero[std::signbit(v[i])] = true;
      total += c[i];
      for (int j = i; j > 0 && v[j] < v[j - 1]; --j)
        std::swap(v[j], v[j - 1]), std::swap(c[j], c[j - 1]);
    }
    if (zero[0] && zero[1]) return std::nullopt;
    std::size_t below = 0;  // the value at sorted position total / 2
    for (int i = 0;; below += c[i++])
      if (total / 2 < below + c[i]) return v[i];
  }

 private:
  static constexpr int kShades = 8;
  std::uint64_t bits_[kShades];
  std::size_t count_[kShades];
  int n_ = 0;
  bool overflow_ = false;
};

}  // namespace smp::core
