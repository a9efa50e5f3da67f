#include "render/look/noise.hpp"

#include <cmath>

namespace smp::render {

std::uint32_t hash_u32(std::int64_t x, std::int64_t y, std::uint32_t seed) {
  // 32-bit integer mixing (a "lowbias32"-style finaliser): cheap enough for per-pixel texture.
  std::uint32_t h = static_cast<std::uint32_t>(x) * 0x8DA6B343u ^
                    static_cast<std::uint32_t>(y) * 0xD8163841u ^ seed * 0xCB1AB31Fu;
  h ^= h >> 16;
  h *= 0x7FEB352Du;
  h ^= h >> 15;
  h *= 0x846CA68Bu;
  h ^= h >> 16;
  return h;
}

float hash01(std::int64_t x, std::int64_t y, std::uint32_t seed) {
  return static_cast<float>(hash_u32(x, y, seed) >> 8) * (1.0f / 16777216.0f);
}

float value_noise(core::Vec2 p_mm, double cell_mm, std::uint32_t seed) {
  NoiseCell cell;
  return value_noise(p_mm, cell_mm, seed, cell);
}

float value_noise(core::Vec2 p_mm, double cell_mm, std::uint32_t seed, NoiseCell& cell) {
  const double fx = p_mm.x / cell_mm;
  const double fy = p_mm.y / cell_mm;
  const double x0d = std::floor(fx);
  const double y0d = std::floor(fy);
  const auto x0 = static_cast<std::int64_t>(x0d);
  const auto y0 = static_cast<std::int64_t>(y0d);
  auto smooth = [](double t) { return static_cast<float>(t * t * (3.0 - 2.0 * t)); };
  const float tx = smooth(fx - x0d);
  const float ty = smooth(fy - y0d);
  if (!cell.valid || cell.x0 != x0 || cell.y0 != y0) {
    cell = {x0,
            y0,
            hash01(x0, y0, seed),
            hash01(x0 + 1, y0, seed),
            hash01(x0, y0 + 1, seed),
            hash01(x0 + 1, y0 + 1, seed),
            true};
  }
  const float a = cell.a, b = cell.b, c = cell.c, d = cell.d;
  const float top = a + (b - a) * tx;
  const float bottom = c + (d - c) * tx;
  return (top + (bottom - top) * ty) * 2.0f - 1.0f;
}

float fractal_noise(core::Vec2 p_mm, double cell_mm, int octaves, std::uint32_t seed) {
  float sum = 0.0f, norm = 0.0f, amp = 1.0f;
  for (int i = 0; i < octaves; ++i) {
    sum += amp * value_noise(p_mm, cell_mm, seed + static_cast<std::uint32_t>(i) * 7919u);
    norm += amp;
    amp *= 0.5f;
    cell_mm *= 0.5;
  }
  return norm > 0.0f ? sum / norm : 0.0f;
}

}  // namespace smp::render
