// Fft: iterative Cooley-Tukey with a bit-reversal permutation and a table of twiddles. The
// butterflies multiply by hand: std::complex's operator* checks for infinities and NaN on every
// product (C99 Annex G), which doubled the time of a tile's transform.
#include "core/base/fft.hpp"

#include <cmath>
#include <numbers>
#include <utility>

#include "core/base/assert.hpp"

namespace smp::core {

Fft::Fft(std::size_t n) : n_(n), twiddle_(n / 2), swap_with_(n) {
  SMP_ASSERT(n > 0 && (n & (n - 1)) == 0);
  for (std::size_t k = 0; k < n / 2; ++k) {
    const double a = -2.0 * std::numbers::pi * static_cast<double>(k) / static_cast<double>(n);
    twiddle_[k] = {std::cos(a), std::sin(a)};
  }
  for (std::size_t i = 0, j = 0; i < n; ++i) {
    swap_with_[i] = j;
    std::size_t bit = n >> 1;
    for (; bit && (j & bit); bit >>= 1) j ^= bit;
    j ^= bit;
  }
}

void Fft::forward(std::span<std::complex<double>> values, std::size_t stride) const {
  const std::size_t n = n_;
  SMP_ASSERT(n == 1 || (n - 1) * stride < values.size());
  std::complex<double>* v = values.data();
  for (std::size_t i = 0; i < n; ++i)
    if (i < swap_with_[i]) std::swap(v[i * stride], v[swap_with_[i] * stride]);
  for (std::size_t len = 2; len <= n; len <<= 1) {
    const std::size_t half = len / 2, tw_step = n / len;
    for (std::size_t start = 0; start < n; start += len)
      for (std::size_t k = 0; k < half; ++k) {
        std::complex<double>& a = v[(start + k) * stride];
        std::complex<double>& b = v[(start + k + half) * stride];
        const std::complex<double> w = twiddle_[k * tw_step];
        const double br = b.real() * w.real() - b.imag() * w.imag();
        const double bi = b.real() * w.imag() + b.imag() * w.real();
        const double ar = a.real(), ai = a.imag();
        a = {ar + br, ai + bi};
        b = {ar - br, ai - bi};
      }
  }
}

void Fft::forward_2d(std::span<std::complex<double>> square) const {
  const std::size_t n = n_;
  SMP_ASSERT(square.size() == n * n);
  for (std::size_t r = 0; r < n; ++r) forward(square.subspan(r * n, n));
  for (std::size_t c = 0; c < n; ++c) forward(square.subspan(c), n);
}

void Fft::real_forward_2d(std::span<const double> square,
                          std::span<std::complex<double>> out) const {
  const std::size_t n = n_, h = n / 2 + 1;
  SMP_ASSERT(n >= 2 && square.size() == n * n && out.size() == n * h);
  // Two real rows in one complex transform, z = a + i b: A(k) = (Z(k) + conj Z(n-k)) / 2 and
  // B(k) = (Z(k) - conj Z(n-k)) / 2i.
  std::vector<std::complex<double>> z(n);
  for (std::size_t r = 0; r < n; r += 2) {
    for (std::size_t x = 0; x < n; ++x) z[x] = {square[r * n + x], square[(r + 1) * n + x]};
    forward(z);
    for (std::size_t k = 0; k < h; ++k) {
      const std::complex<double> zk = z[k], zc = std::conj(z[(n - k) % n]);
      const std::complex<double> sum = zk + zc, diff = zk - zc;
      out[r * h + k] = {0.5 * sum.real(), 0.5 * sum.imag()};
      out[(r + 1) * h + k] = {0.5 * diff.imag(), -0.5 * diff.real()};
    }
  }
  for (std::size_t k = 0; k < h; ++k) forward(out.subspan(k), h);
}

}  // namespace smp::core
