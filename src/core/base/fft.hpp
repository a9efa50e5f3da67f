// An in-place radix-2 fast Fourier transform and its 2D form over a square of n x n values, for
// the spectra the statistics read (oriented structure). n must be a power of two.
#pragma once
#include <complex>
#include <cstddef>
#include <span>
#include <vector>

namespace smp::core {

// The twiddles and bit reversal of one size, made once and reused for every transform.
class Fft {
 public:
  explicit Fft(std::size_t n);
  std::size_t size() const { return n_; }
  // Forward transform (e^{-i 2 pi j k / n}) of n values spaced `stride` apart, unnormalised.
  void forward(std::span<std::complex<double>> values, std::size_t stride = 1) const;
  // Rows then columns of a row-major n x n square.
  void forward_2d(std::span<std::complex<double>> square) const;
  // The same for real values, half the work: out holds columns kx = 0..n/2 of every row ky,
  // row-major n x (n/2 + 1); the rest follows from F(-kx, ky) = conj(F(kx, n - ky)).
  void real_forward_2d(std::span<const double> square, std::span<std::complex<double>> out) const;

 private:
  std::size_t n_;
  std::vector<std::complex<double>> twiddle_;  // e^{-i 2 pi k / n}, k < n / 2
  std::vector<std::size_t> swap_with_;         // bit-reversed index, per index
};

}  // namespace smp::core
