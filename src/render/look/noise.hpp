// Deterministic hash noise for skin texture: a pure function of (position, seed), so any pixel
// can be redrawn alone and get the same value. Seeds come from core::Rng (the one generator).
#pragma once
#include <cstdint>

#include "core/base/geometry.hpp"

namespace smp::render {

std::uint32_t hash_u32(std::int64_t x, std::int64_t y, std::uint32_t seed);
// Uniform in [0, 1) for an integer lattice point.
float hash01(std::int64_t x, std::int64_t y, std::uint32_t seed);
// Smooth value noise in [-1, 1] with features about `cell_mm` across.
float value_noise(core::Vec2 p_mm, double cell_mm, std::uint32_t seed);
// The same, remembering the last lattice cell's corner values: neighbouring pixels mostly share
// a cell, so a row of them hashes once per cell instead of four times per pixel.
struct NoiseCell {
  std::int64_t x0 = 0, y0 = 0;
  float a = 0, b = 0, c = 0, d = 0;
  bool valid = false;
};
float value_noise(core::Vec2 p_mm, double cell_mm, std::uint32_t seed, NoiseCell& cell);
// Sum of octaves (each half the cell and half the amplitude), normalised to about [-1, 1].
float fractal_noise(core::Vec2 p_mm, double cell_mm, int octaves, std::uint32_t seed);

}  // namespace smp::render
