// An in-place radix-2 fast Fourier transform and its 2D form over a square of n x n values, for
// the spectra the statistics read (oriented structure). n must be a power of two.
#pragma once
#include <complex>
#include <cstddef>
#include <span>

namespace smp::core {

// Forward transform (e^{-i 2 pi j k / n}) of values spaced `stride` apart, unnormalised.
void fft_inplace(std::span<std::complex<double>> values, std::size_t n, std::size_t stride = 1);

// Rows then columns of a row-major n x n square.
void fft2_inplace(std::span<std::complex<double>> square, std::size_t n);

}  // namespace smp::core
