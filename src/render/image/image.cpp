#include "render/image/image.hpp"

#include <cstring>

namespace smp::render {

Image::Image(int w, int h, core::Srgb8 fill) : width(w), height(h) {
  rgba.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
  for (std::size_t i = 0; i < rgba.size(); i += 4) {
    rgba[i] = fill.r;
    rgba[i + 1] = fill.g;
    rgba[i + 2] = fill.b;
    rgba[i + 3] = 255;
  }
}

void shift_copy(const Image& src, Image& dst, int dx, int dy) {
  const int w = std::min(src.width, dst.width);
  const int h = std::min(src.height, dst.height);
  const int x_begin = std::max(0, dx);
  const int x_end = std::min(w, w + dx);
  if (x_end <= x_begin) return;
  const std::size_t row_bytes = static_cast<std::size_t>(x_end - x_begin) * 4;
  const int y_begin = std::max(0, dy);
  const int y_end = std::min(h, h + dy);
  // Bottom-up when moving down, so an in-place shift never reads a row it already overwrote.
  for (int i = 0; i < y_end - y_begin; ++i) {
    const int y = dy > 0 ? y_end - 1 - i : y_begin + i;
    std::memmove(dst.px(x_begin, y), src.px(x_begin - dx, y - dy), row_bytes);
  }
}

}  // namespace smp::render
