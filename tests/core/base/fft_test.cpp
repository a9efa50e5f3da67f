// Fft against the plain DFT sum, and the real 2D form against the complex one.
#include <doctest/doctest.h>

#include <cmath>
#include <complex>
#include <numbers>
#include <vector>

#include "core/base/fft.hpp"
#include "core/base/rng.hpp"

using namespace smp::core;

TEST_CASE("the FFT equals the DFT sum, for every size the statistics use") {
  Rng rng(3);
  for (std::size_t n : {1u, 2u, 4u, 8u, 64u}) {
    std::vector<std::complex<double>> x(n);
    for (auto& v : x) v = {rng.uniform(-1.0, 1.0), rng.uniform(-1.0, 1.0)};
    std::vector<std::complex<double>> fx = x;
    Fft(n).forward(fx);
    for (std::size_t k = 0; k < n; ++k) {
      std::complex<double> sum = 0.0;
      for (std::size_t j = 0; j < n; ++j)
        sum += x[j] * std::polar(1.0, -2.0 * std::numbers::pi * static_cast<double>(j * k) /
                                          static_cast<double>(n));
      CHECK(std::abs(fx[k] - sum) < 1e-9);
    }
  }
}

TEST_CASE("the real 2D FFT gives the complex one's half plane") {
  const std::size_t n = 16, h = n / 2 + 1;
  Rng rng(4);
  std::vector<double> real(n * n);
  for (double& v : real) v = rng.uniform(-1.0, 1.0);
  std::vector<std::complex<double>> full(real.begin(), real.end()), half(n * h);
  const Fft fft(n);
  fft.forward_2d(full);
  fft.real_forward_2d(real, half);
  for (std::size_t ky = 0; ky < n; ++ky)
    for (std::size_t kx = 0; kx < h; ++kx)
      CHECK(std::abs(half[ky * h + kx] - full[ky * n + kx]) < 1e-9);
}

TEST_CASE("a cosine along x puts its power in one bin") {
  const std::size_t n = 32;
  std::vector<double> real(n * n);
  for (std::size_t y = 0; y < n; ++y)
    for (std::size_t x = 0; x < n; ++x)
      real[y * n + x] = std::cos(2.0 * std::numbers::pi * 5.0 * static_cast<double>(x) / n);
  std::vector<std::complex<double>> half(n * (n / 2 + 1));
  Fft(n).real_forward_2d(real, half);
  CHECK(std::abs(half[5]) == doctest::Approx(n * n / 2.0));
  CHECK(std::abs(half[4]) < 1e-6);
  CHECK(std::abs(half[1 * (n / 2 + 1) + 5]) < 1e-6);
}
