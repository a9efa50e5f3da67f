// Saved attempts: the level embedded whole with its hash, the attempt (every impression and the
// pen path) and the score shown at the time. Written atomically, never overwriting; read strictly.
// The stored score is a record, never trusted: callers recompute it and compare.
#pragma once
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/attempt.hpp"
#include "core/level.hpp"
#include "core/report.hpp"

namespace smp::io {

inline constexpr int kSaveSchemaVersion = 1;
// A full head over three sessions is ~45k impressions (~200 B each as JSON) plus the pen path;
// anything over this is not a save smpsim wrote.
inline constexpr std::size_t kMaxSaveBytes = 256u * 1024u * 1024u;

struct StoredMetric {
  std::string name;  // core::metric_name
  bool applicable = true;
  double score = 0.0;
  bool passed = false;
};

struct StoredScore {
  double overall = 0.0;
  bool passed = false;
  std::vector<StoredMetric> metrics;  // in MetricId order
};

struct SaveFile {
  int schema_version = kSaveSchemaVersion;
  std::string app_version;
  int scoring_version = 1;
  core::Level level;       // embedded whole (level_io's canonical JSON)
  std::string level_hash;  // level_io::level_hash(level); checked on load
  core::Attempt attempt;
  StoredScore score;  // as shown when the attempt ended; recompute, never trust
};

StoredScore summarize_report(const core::Report& report);

// Differences between a stored and a recomputed score, one sentence each ("overall: stored 81.2,
// recomputed 79.9"); empty when they agree within tolerance_points and on every pass/fail.
std::vector<std::string> compare_scores(const StoredScore& stored, const StoredScore& recomputed,
                                        double tolerance_points = 0.05);

// The save as pretty JSON (cereal). Sets level_hash from the level, whatever save.level_hash says.
std::string save_to_json(const SaveFile& save);
// Parse strictly: unknown or missing fields, wrong types, a level that fails validation, a hash
// that does not match the embedded level, dots off the chart or in a session the level does not
// have -> InputError(file_label, "$.json.path", what).
SaveFile parse_save_json(std::string_view json, const std::string& file_label);

// Atomic, and never replaces an existing file (EnvironmentError "refusing to overwrite").
void write_save(const std::filesystem::path& path, const SaveFile& save);
SaveFile load_save(const std::filesystem::path& path);

// "<trainee>-<level>-<YYYYmmdd-HHMMSS>.json" in UTC; names keep [A-Za-z0-9_-], runs of anything
// else become one '_' (none at the start, so no '..' or hidden files); an empty trainee becomes
// "trainee".
std::string default_save_name(std::string_view trainee, std::string_view level_id,
                              std::chrono::system_clock::time_point when);

}  // namespace smp::io
