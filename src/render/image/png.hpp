// PNG export of a rendered Image (stb_image_write), in memory or atomically to a file.
#pragma once
#include <filesystem>
#include <string>

#include "render/image/image.hpp"

namespace smp::render {

// The PNG file bytes of `img` (8-bit RGBA). Throws std::runtime_error if encoding fails.
std::string encode_png(const Image& img);
// Encode and write atomically (io::write_file_atomic); errors are io exceptions.
void write_png(const std::filesystem::path& path, const Image& img);

}  // namespace smp::render
