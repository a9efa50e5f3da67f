// Integer hashes for deterministic per-item random streams: the splitmix64 finaliser and a hash of
// a chart position. Not a random generator (rng.hpp) nor a file hash (io).
#pragma once
#include <cstdint>

#include "core/base/fast_floor.hpp"
#include "core/base/geometry.hpp"

namespace smp::core {

// The splitmix64 finaliser (Steele, Lea, Flood 2014): a bijection of 64-bit words that mixes every
// input bit into every output bit.
inline std::uint64_t mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// Order-independent hash of a position quantised to 1 micrometre (subsampling, per-dot streams).
inline std::uint64_t position_hash(Vec2 p_mm, std::uint64_t salt) {
  // Quantised with floor(x + 0.5), not llround (a library call): same buckets, much faster.
  const auto qx =
      static_cast<std::uint64_t>(static_cast<std::int64_t>(fast_floor(p_mm.x * 1000.0 + 0.5)));
  const auto qy =
      static_cast<std::uint64_t>(static_cast<std::int64_t>(fast_floor(p_mm.y * 1000.0 + 0.5)));
  return mix64(salt ^ (qx * 0x9E3779B97F4A7C15ull) ^ (qy * 0xC2B2AE3D27D4EB4Full));
}

}  // namespace smp::core
