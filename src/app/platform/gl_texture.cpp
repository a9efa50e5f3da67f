#include "app/platform/gl_texture.hpp"

#include <SDL_opengl.h>

namespace smp::app {

GlTexture::~GlTexture() {
  if (id_ != 0) glDeleteTextures(1, &id_);
}

void GlTexture::upload(const render::Image& img, render::PixelRect dirty) {
  if (img.width <= 0 || img.height <= 0) return;
  if (id_ == 0) {
    glGenTextures(1, &id_);
    glBindTexture(GL_TEXTURE_2D, id_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);  // single dots stay crisp
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  }
  glBindTexture(GL_TEXTURE_2D, id_);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  if (img.width != width_ || img.height != height_) {
    width_ = img.width;
    height_ = img.height;
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width_, height_, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 img.rgba.data());
    return;
  }
  const render::PixelRect r = dirty.intersect(img.rect());
  if (r.empty()) return;
  glPixelStorei(GL_UNPACK_ROW_LENGTH, img.width);
  glTexSubImage2D(GL_TEXTURE_2D, 0, r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0, GL_RGBA, GL_UNSIGNED_BYTE,
                  img.px(r.x0, r.y0));
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
}

}  // namespace smp::app
