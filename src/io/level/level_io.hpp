// Level files: loading with strict validation (every problem reported as FILE: at $.path: what),
// canonical JSON writing (cereal) and the level hash that saves embed. Format: see LEVELS.md.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/level.hpp"

namespace smp::io {

inline constexpr int kLevelSchemaVersion = 1;
// Level and track files are small hand-written documents; anything bigger is refused unread.
inline constexpr std::size_t kMaxLevelFileBytes = 4u * 1024u * 1024u;

// Read, parse and validate a level file. Throws InputError naming the file, the JSON path and
// what is wrong (or "line L, column C" for text that is not JSON).
core::Level load_level(const std::filesystem::path& path);

// Parse and validate level JSON; file_label is used in error messages.
core::Level parse_level_json(std::string_view json, const std::string& file_label);

// Range and cross-field checks on a level (also run by parse_level_json). Throws InputError
// with the JSON path of the offending field, as if the level had been read from file_label.
void check_level(const core::Level& level, const std::string& file_label);

// Canonical pretty JSON (2-space indent, fixed field order, trailing newline).
// parse_level_json(level_to_json(L)) reproduces L; the text of a parsed level is a fixed point.
// Throws InputError if the level does not pass check_level.
std::string level_to_json(const core::Level& level);

// Stable 16-hex-digit FNV-1a 64 hash of level_to_json(level).
std::string level_hash(const core::Level& level);

// What a JSON input file is, from its top-level "kind" field.
enum class FileKind { Level, Track };
// Parses enough of `json` to read "kind"; throws InputError if it is not JSON, not an object,
// or "kind" is missing or not "level"/"track".
FileKind detect_file_kind(std::string_view json, const std::string& file_label);

}  // namespace smp::io
