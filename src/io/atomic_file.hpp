// Writing files so that nothing is ever lost: atomic replace for outputs, never-overwrite for
// saves, and bounded reads for inputs that may be huge or not files at all.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace smp::io {

// Write `bytes` to a temporary file beside `path`, flush it to disk, then rename over `path`.
// Readers see either the old file or the new one, never a half-written file.
void write_file_atomic(const std::filesystem::path& path, std::string_view bytes);

// Like write_file_atomic, but fails (EnvironmentError) instead of replacing an existing file.
void write_new_file_atomic(const std::filesystem::path& path, std::string_view bytes);

// Read a whole regular file, refusing directories, missing files and files over `max_bytes`
// with an InputError that names the file.
std::string read_text_file(const std::filesystem::path& path, std::size_t max_bytes);

}  // namespace smp::io
