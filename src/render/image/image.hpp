// An RGBA8 image (row-major, top row first) and the colour/blend helpers every layer uses.
// Not a view transform (view.hpp) nor a file format (png.hpp).
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "core/base/geometry.hpp"
#include "core/client.hpp"

namespace smp::render {

// A linear-ish working colour, components 0..1 (we blend in sRGB-encoded space like most 2D
// compositors; the look was tuned that way).
struct Rgb {
  float r = 0.0f, g = 0.0f, b = 0.0f;
};

inline Rgb to_rgb(core::Srgb8 c) {
  return {static_cast<float>(c.r) / 255.0f, static_cast<float>(c.g) / 255.0f,
          static_cast<float>(c.b) / 255.0f};
}
inline Rgb mix(Rgb a, Rgb b, float t) {
  return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t};
}
inline Rgb scale(Rgb a, float k) {
  return {a.r * k, a.g * k, a.b * k};
}
inline Rgb mul(Rgb a, Rgb b) {
  return {a.r * b.r, a.g * b.g, a.b * b.b};
}
inline float luminance(Rgb c) {
  return 0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b;
}

inline std::uint8_t to_u8(float v) {
  return static_cast<std::uint8_t>(std::clamp(v * 255.0f + 0.5f, 0.0f, 255.0f));
}
inline float from_u8(std::uint8_t v) {
  return static_cast<float>(v) * (1.0f / 255.0f);
}

// Integer pixel rectangle [x0, x1) x [y0, y1).
struct PixelRect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  // Every pixel within reach_px of the point c (pixel units): the box a disc or ring touches.
  static PixelRect around(core::Vec2 c, double reach_px) {
    return {static_cast<int>(std::floor(c.x - reach_px)),
            static_cast<int>(std::floor(c.y - reach_px)),
            static_cast<int>(std::ceil(c.x + reach_px)) + 1,
            static_cast<int>(std::ceil(c.y + reach_px)) + 1};
  }
  PixelRect intersect(const PixelRect& o) const {
    return {std::max(x0, o.x0), std::max(y0, o.y0), std::min(x1, o.x1), std::min(y1, o.y1)};
  }
};

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  // width * height * 4, row-major, top row first, alpha 255

  Image() = default;
  Image(int w, int h, core::Srgb8 fill = {0, 0, 0});
  PixelRect rect() const { return {0, 0, width, height}; }
  bool contains(int x, int y) const { return x >= 0 && y >= 0 && x < width && y < height; }
  std::uint8_t* px(int x, int y) {
    return rgba.data() + (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                          static_cast<std::size_t>(x)) *
                             4;
  }
  const std::uint8_t* px(int x, int y) const {
    return rgba.data() + (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                          static_cast<std::size_t>(x)) *
                             4;
  }
  Rgb get(int x, int y) const {
    const std::uint8_t* p = px(x, y);
    return {from_u8(p[0]), from_u8(p[1]), from_u8(p[2])};
  }
  void set(int x, int y, Rgb c) {
    std::uint8_t* p = px(x, y);
    p[0] = to_u8(c.r);
    p[1] = to_u8(c.g);
    p[2] = to_u8(c.b);
    p[3] = 255;
  }
  // Source-over with coverage alpha in 0..1; out-of-range pixels are ignored.
  void blend(int x, int y, Rgb c, float alpha) {
    if (!contains(x, y) || alpha <= 0.0f) return;
    set(x, y, mix(get(x, y), c, std::min(alpha, 1.0f)));
  }
  // Multiply by a transmittance colour with coverage alpha: how pigment under skin darkens it.
  void multiply(int x, int y, Rgb transmittance, float alpha) {
    if (!contains(x, y) || alpha <= 0.0f) return;
    const float a = std::min(alpha, 1.0f);
    const Rgb f = mix(Rgb{1.0f, 1.0f, 1.0f}, transmittance, a);
    set(x, y, mul(get(x, y), f));
  }
};

// Copy `src` into `dst` shifted by (dx, dy); uncovered pixels keep their old values.
void shift_copy(const Image& src, Image& dst, int dx, int dy);

}  // namespace smp::render
