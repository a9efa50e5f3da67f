#include "render/image/png.hpp"

#include <stdexcept>

#include "io/atomic_file.hpp"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include <stb/stb_image_write.h>

namespace smp::render {
namespace {
void append_bytes(void* context, void* data, int size) {
  static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                             static_cast<std::size_t>(size));
}
}  // namespace

std::string encode_png(const Image& img) {
  if (img.width <= 0 || img.height <= 0) throw std::runtime_error("cannot encode an empty image");
  std::string out;
  if (stbi_write_png_to_func(append_bytes, &out, img.width, img.height, 4, img.rgba.data(),
                             img.width * 4) == 0)
    throw std::runtime_error("PNG encoding failed");
  return out;
}

void write_png(const std::filesystem::path& path, const Image& img) {
  io::write_file_atomic(path, encode_png(img));
}

}  // namespace smp::render
