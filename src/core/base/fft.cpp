// fft_inplace(): iterative Cooley-Tukey with a bit-reversal permutation; the twiddles per stage
// by recurrence from one sincos (accurate to ~1e-13 for the n <= 256 the statistics use).
#include "core/base/fft.hpp"

#include <numbers>
#include <utility>

#include "core/base/assert.hpp"

namespace smp::core {

void fft_inplace(std::span<std::complex<double>> values, std::size_t n, std::size_t stride) {
  SMP_ASSERT(n > 0 && (n & (n - 1)) == 0);
  SMP_ASSERT(n == 1 || (n - 1) * stride < values.size());
  const auto at = [&](std::size_t i) -> std::complex<double>& { return values[i * stride]; };
  for (std::size_t i = 1, j = 0; i < n; ++i) {
    std::size_t bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) std::swap(at(i), at(j));
  }
  for (std::size_t len = 2; len <= n; len <<= 1) {
    const double angle = -2.0 * std::numbers::pi / static_cast<double>(len);
    const std::complex<double> step(std::cos(angle), std::sin(angle));
    for (std::size_t start = 0; start < n; start += len) {
      std::complex<double> w(1.0, 0.0);
      for (std::size_t k = 0; k < len / 2; ++k) {
        const std::complex<double> a = at(start + k);
        const std::complex<double> b = at(start + k + len / 2) * w;
        at(start + k) = a + b;
        at(start + k + len / 2) = a - b;
        w *= step;
      }
    }
  }
}

void fft2_inplace(std::span<std::complex<double>> square, std::size_t n) {
  SMP_ASSERT(square.size() == n * n);
  for (std::size_t r = 0; r < n; ++r) fft_inplace(square.subspan(r * n, n), n);
  for (std::size_t c = 0; c < n; ++c) fft_inplace(square.subspan(c), n, n);
}

}  // namespace smp::core
