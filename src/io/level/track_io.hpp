// Tracks: an academy's ordered list of level files with optional pass-mark overrides.
// Loading a track validates every level it names; the level format itself is in level_io.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/level.hpp"

namespace smp::io {

inline constexpr int kTrackSchemaVersion = 1;

struct TrackEntry {
  std::string level_file;  // relative to the track file's folder, e.g. "../01-norwood3.json"
  double pass_mark = 0.0;  // overrides the level's overall pass mark when > 0 (0..100)
};

struct Track {
  std::string id;
  std::string title;
  std::string description;
  std::vector<TrackEntry> levels;
};

// Parse a track without touching the level files (for tests and tools).
Track parse_track_json(std::string_view json, const std::string& file_label);

// Read and validate a track file and every level it names. Errors in the track name the track
// file and $.levels[i].level_file; errors inside a level name the level file.
Track load_track(const std::filesystem::path& path);

// Where an entry's level file is: resolved against the folder holding the track file.
std::filesystem::path track_level_path(const std::filesystem::path& track_file,
                                       const TrackEntry& entry);

// The track's levels in order, with each entry's pass mark applied.
std::vector<core::Level> load_track_levels(const std::filesystem::path& track_file);

}  // namespace smp::io
