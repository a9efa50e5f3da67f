#include "render/resample.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace smp::render {
namespace {

// Where each destination column (or row) samples the source: the two neighbours and the
// weight of the second in 1/256, or first = -1 when the point is off the source.
struct Tap {
  int first = -1;
  int second = -1;
  std::uint32_t w = 0;
};

std::vector<Tap> taps(int dst_n, int src_n, double dst_origin, double src_origin, double scale,
                      bool extend = false) {
  std::vector<Tap> out(static_cast<std::size_t>(dst_n));
  for (int i = 0; i < dst_n; ++i) {
    // The same chart point: (i + 0.5 - dst_origin) / dst_ppm = (s + 0.5 - src_origin) / src_ppm.
    const double s = (i + 0.5 - dst_origin) * scale + src_origin - 0.5;
    if (s < -0.5 || s > src_n - 0.5) {
      if (extend) {
        const int edge = s < 0.0 ? 0 : src_n - 1;
        out[static_cast<std::size_t>(i)] = {edge, edge, 0};
      }
      continue;
    }
    const double f = std::floor(s);
    const int a = static_cast<int>(f);
    Tap& t = out[static_cast<std::size_t>(i)];
    t.first = std::clamp(a, 0, src_n - 1);
    t.second = std::clamp(a + 1, 0, src_n - 1);
    t.w = static_cast<std::uint32_t>(std::lround((s - f) * 256.0));
  }
  return out;
}

// out = a + (b - a) * w / 256 per byte, w in 0..256 per byte. Written in 16-bit lanes
// (255 * 256 + 128 < 2^16) so that the compiler vectorises it with plain SSE2.
inline void blend_bytes(const std::uint8_t* a, const std::uint8_t* b, const std::uint16_t* w,
                        std::uint8_t* out, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    const auto t = static_cast<std::uint16_t>(a[i] * (256 - w[i]) + b[i] * w[i] + 128);
    out[i] = static_cast<std::uint8_t>(t >> 8);
  }
}

}  // namespace

PixelRect covered_pixels(const View& src_view, int src_width, int src_height,
                         const View& dst_view) {
  const double scale = src_view.px_per_mm / dst_view.px_per_mm;
  const core::Vec2 so = src_view.origin_px(), d_o = dst_view.origin_px();
  auto span = [](const std::vector<Tap>& t, int& lo, int& hi) {
    lo = 0;
    hi = 0;
    for (int i = 0; i < static_cast<int>(t.size()); ++i)
      if (t[static_cast<std::size_t>(i)].first >= 0) {
        if (hi == 0) lo = i;
        hi = i + 1;
      }
  };
  PixelRect r;
  if (src_width <= 0 || src_height <= 0) return r;
  span(taps(dst_view.width_px, src_width, d_o.x, so.x, scale), r.x0, r.x1);
  span(taps(dst_view.height_px, src_height, d_o.y, so.y, scale), r.y0, r.y1);
  return r;
}

void resample_view(const Image& src, const View& src_view, Image& dst, const View& dst_view,
                   std::optional<core::Srgb8> fill_or_extend, const PixelRect& region_in) {
  const core::Srgb8 fill = fill_or_extend.value_or(core::Srgb8{0, 0, 0});
  const bool extend = !fill_or_extend.has_value();
  if (dst.width != dst_view.width_px || dst.height != dst_view.height_px)
    dst = Image(dst_view.width_px, dst_view.height_px);
  const PixelRect region = region_in.intersect(dst.rect());
  if (region.empty()) return;
  if (src.width <= 0 || src.height <= 0) {
    for (int y = region.y0; y < region.y1; ++y)
      for (int x = region.x0; x < region.x1; ++x) {
        std::uint8_t* p = dst.px(x, y);
        p[0] = fill.r;
        p[1] = fill.g;
        p[2] = fill.b;
        p[3] = 255;
      }
    return;
  }
  const double scale = src_view.px_per_mm / dst_view.px_per_mm;
  const core::Vec2 so = src_view.origin_px(), d_o = dst_view.origin_px();
  const std::vector<Tap> cols = taps(dst.width, src.width, d_o.x, so.x, scale, extend);
  const std::vector<Tap> rows = taps(dst.height, src.height, d_o.y, so.y, scale, extend);
  const std::uint8_t fill_px[4] = {fill.r, fill.g, fill.b, 255};
  const std::size_t src_bytes = static_cast<std::size_t>(src.width) * 4;
  const std::size_t n = static_cast<std::size_t>(region.x1 - region.x0);
  // Separable: the two source rows are blended once per destination row (vertical weight), the
  // two neighbours of each destination pixel gathered from that, then blended (per-pixel weight,
  // spread to its four bytes once per call). Off-source pixels read the fill colour.
  std::vector<std::uint8_t> blended(src_bytes + 8);
  std::copy_n(fill_px, 4, blended.data() + src_bytes);  // the fill as "source pixel" src.width
  std::vector<std::uint16_t> wy(src_bytes);
  std::vector<std::uint16_t> wx(n * 4);
  std::vector<std::uint32_t> first(n), second(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Tap& t = cols[static_cast<std::size_t>(region.x0) + i];
    const bool off = t.first < 0;
    first[i] = static_cast<std::uint32_t>(off ? src.width : t.first) * 4;
    second[i] = static_cast<std::uint32_t>(off ? src.width : t.second) * 4;
    for (std::size_t k = 0; k < 4; ++k) wx[4 * i + k] = static_cast<std::uint16_t>(t.w);
  }
  std::vector<std::uint8_t> left(n * 4), right(n * 4);
  for (int y = region.y0; y < region.y1; ++y) {
    std::uint8_t* out = dst.px(region.x0, y);
    const Tap& ty = rows[static_cast<std::size_t>(y)];
    if (ty.first < 0) {
      for (std::size_t i = 0; i < n; ++i) std::copy_n(fill_px, 4, out + 4 * i);
      continue;
    }
    std::fill(wy.begin(), wy.end(), static_cast<std::uint16_t>(ty.w));
    blend_bytes(src.px(0, ty.first), src.px(0, ty.second), wy.data(), blended.data(), src_bytes);
    for (std::size_t i = 0; i < n; ++i) {
      std::memcpy(left.data() + 4 * i, blended.data() + first[i], 4);
      std::memcpy(right.data() + 4 * i, blended.data() + second[i], 4);
    }
    blend_bytes(left.data(), right.data(), wx.data(), out, n * 4);
  }
}

}  // namespace smp::render
