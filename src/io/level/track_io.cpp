#include "io/level/track_io.hpp"

#include <system_error>

#include "io/atomic_file.hpp"
#include "io/errors.hpp"
#include "io/json_reader.hpp"
#include "io/level/level_io.hpp"

namespace smp::io {

namespace fs = std::filesystem;

Track parse_track_json(std::string_view json_text, const std::string& file_label) {
  const json::Document doc = json::parse_document(json_text, file_label);
  const json::Node root(doc, "$", file_label);
  json::Object o = root.as_object();
  const json::Node kind = o.require("kind");
  if (kind.as_string() != "track")
    kind.fail("expected \"track\", got " + json::printable(kind.as_string()) +
              " (is this a level?)");
  const json::Node version = o.require("schema_version");
  const int v = version.as_int();
  if (v > kTrackSchemaVersion)
    version.fail("schema_version " + std::to_string(v) + " is newer than this smpsim reads (" +
                 std::to_string(kTrackSchemaVersion) + "); update smpsim");
  if (v < 1) version.fail("schema_version must be 1 or more, got " + std::to_string(v));
  o.only({"kind", "schema_version", "id", "title", "description", "levels"});
  Track t;
  t.id = o.require("id").as_string();
  if (t.id.empty()) o.require("id").fail("must not be empty");
  t.title = o.require("title").as_string();
  if (t.title.empty()) o.require("title").fail("must not be empty");
  t.description = json::opt_string(o, "description", "");
  const json::Node levels = o.require("levels");
  const auto items = levels.as_array();
  if (items.empty()) levels.fail("a track needs at least one level");
  for (const auto& item : items) {
    json::Object e = item.as_object();
    e.only({"level_file", "pass_mark"});
    TrackEntry entry;
    const json::Node file = e.require("level_file");
    entry.level_file = file.as_string();
    if (entry.level_file.empty()) file.fail("must not be empty");
    if (auto pm = e.get("pass_mark")) {
      entry.pass_mark = pm->as_double();
      if (entry.pass_mark < 0.0 || entry.pass_mark > 100.0)
        pm->fail("pass mark out of range; allowed 0..100 (0 = use the level's)");
    }
    t.levels.push_back(std::move(entry));
  }
  return t;
}

fs::path track_level_path(const fs::path& track_file, const TrackEntry& entry) {
  return track_file.parent_path() / fs::path(entry.level_file);
}

namespace {

std::vector<core::Level> load_all(const fs::path& path, Track& track) {
  const std::string label = path.string();
  track = parse_track_json(read_text_file(path, kMaxLevelFileBytes), label);
  std::vector<core::Level> levels;
  for (std::size_t i = 0; i < track.levels.size(); ++i) {
    const fs::path level_path = track_level_path(path, track.levels[i]);
    const std::string where = "$.levels[" + std::to_string(i) + "].level_file";
    std::error_code ec;
    if (!fs::exists(level_path, ec))
      throw InputError(label, where, "no such level file: " + level_path.string());
    if (!fs::is_regular_file(level_path, ec))
      throw InputError(label, where, "not a regular file: " + level_path.string());
    for (std::size_t j = 0; j < i; ++j)
      if (fs::equivalent(track_level_path(path, track.levels[j]), level_path, ec))
        throw InputError(label, where,
                         "level file listed twice (also at $.levels[" + std::to_string(j) + "])");
    core::Level level = load_level(level_path);
    if (track.levels[i].pass_mark > 0.0) level.scoring.pass_mark = track.levels[i].pass_mark;
    levels.push_back(std::move(level));
  }
  return levels;
}

}  // namespace

Track load_track(const fs::path& path) {
  Track track;
  load_all(path, track);
  return track;
}

std::vector<core::Level> load_track_levels(const fs::path& track_file) {
  Track track;
  return load_all(track_file, track);
}

}  // namespace smp::io
