#include "render/image/text.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <stb/stb_easy_font.h>

namespace smp::render {
namespace {

struct Quad {
  double x0, y0, x1, y1;
};

std::vector<Quad> text_quads(const std::string& text, double scale) {
  std::vector<char> buffer(text.size() * 300 + 1000);
  std::vector<char> s(text.begin(), text.end());
  s.push_back('\0');
  const int quads = stb_easy_font_print(0.0f, 0.0f, s.data(), nullptr, buffer.data(),
                                        static_cast<int>(buffer.size()));
  std::vector<Quad> out;
  const auto* v = reinterpret_cast<const float*>(buffer.data());  // x, y, z, colour per vertex
  for (int q = 0; q < quads; ++q) {
    const float* p = v + q * 16;
    out.push_back({p[0] * scale, p[1] * scale, p[8] * scale, p[9] * scale});
  }
  return out;
}

void fill_quad(Image& img, const Quad& q, core::Vec2 at, Rgb colour, double grow) {
  const int x0 = static_cast<int>(std::floor(at.x + q.x0 - grow));
  const int y0 = static_cast<int>(std::floor(at.y + q.y0 - grow));
  const int x1 = static_cast<int>(std::ceil(at.x + q.x1 + grow));
  const int y1 = static_cast<int>(std::ceil(at.y + q.y1 + grow));
  for (int y = std::max(0, y0); y < std::min(img.height, y1); ++y)
    for (int x = std::max(0, x0); x < std::min(img.width, x1); ++x) img.set(x, y, colour);
}

}  // namespace

core::Vec2 text_size_px(const std::string& text, double scale) {
  double w = 0.0, h = 0.0;
  for (const Quad& q : text_quads(text, scale)) {
    w = std::max(w, q.x1);
    h = std::max(h, q.y1);
  }
  return {w, h};
}

void draw_text(Image& img, core::Vec2 at, const std::string& text, double scale, Rgb colour) {
  const auto quads = text_quads(text, scale);
  const Rgb outline{0.08f, 0.08f, 0.09f};
  for (const Quad& q : quads) fill_quad(img, q, at, outline, std::max(1.0, scale * 0.5));
  for (const Quad& q : quads) fill_quad(img, q, at, colour, 0.0);
}

void draw_text_centred(Image& img, core::Vec2 centre, const std::string& text, double scale,
                       Rgb colour) {
  draw_text(img, centre - text_size_px(text, scale) * 0.5, text, scale, colour);
}

}  // namespace smp::render
