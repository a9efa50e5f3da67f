// An RGBA8 OpenGL texture fed from a render::Image, re-uploading only the region that changed.
// Not the compositor (render/canvas): this only moves pixels to the GPU.
#pragma once
#include <cstdint>

#include "render/image/image.hpp"

namespace smp::app {

class GlTexture {
 public:
  GlTexture() = default;
  ~GlTexture();
  GlTexture(const GlTexture&) = delete;
  GlTexture& operator=(const GlTexture&) = delete;

  // Uploads `dirty` of `img` (the whole image when the size changed or nothing was uploaded).
  void upload(const render::Image& img, render::PixelRect dirty);
  std::uintptr_t id() const { return id_; }  // for ImTextureID
  int width() const { return width_; }
  int height() const { return height_; }

 private:
  unsigned int id_ = 0;
  int width_ = 0;
  int height_ = 0;
};

}  // namespace smp::app
