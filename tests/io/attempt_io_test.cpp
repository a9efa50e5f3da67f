// Saves: the round trip keeps every impression bit for bit, writing never overwrites, and every
// kind of damage to a save is an error naming its JSON path.
#include <unistd.h>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "io/attempt/attempt_io.hpp"
#include "io/errors.hpp"
#include "io/level/level_io.hpp"

using namespace smp;

namespace {
core::Level small_level() {
  core::Level l;
  l.id = "test-hairline";
  l.title = "Test";
  l.brief = "A test level.";
  l.client.profile.name = "Test Client";
  l.task.sessions = 3;
  l.task.target_density_per_cm2[core::Zone::Frontal] = 80.0;
  l.scoring.metrics[core::MetricId::DensityUniformity] = {0.6, 60.0};
  l.scoring.metrics[core::MetricId::HairlineNaturalness] = {0.4, 60.0};
  return l;
}

io::SaveFile small_save() {
  io::SaveFile s;
  s.app_version = "0.1.0";
  s.level = small_level();
  s.attempt.level_id = s.level.id;
  s.attempt.trainee = "Ada";
  s.attempt.seed = 0xFFFFFFFFFFFFFFF1ull;
  s.attempt.decision = core::Decision::Treat;
  s.attempt.mockup_hairline_mm = {{-50.0, 95.0}, {0.0, 80.123456789}, {50.0, 95.0}};
  s.attempt.session_pigments = {{"12:1", 12.0}, {"8:1", 8.0}};
  s.attempt.session_duration_ms = {60000, 120000};
  for (int i = 0; i < 50; ++i) {
    core::Dot d;
    d.pos_mm = {0.1 * i + 1.0 / 3.0, 90.0 + 0.01 * i};
    d.depth_mm = 0.3 + 1e-9 * i;
    d.session = 1 + i % 2;
    d.needle = {i % 3 == 0 ? core::NeedleConfig::RL3 : core::NeedleConfig::RL1, 0.25};
    d.dilution_water_parts = i % 2 ? 8.0 : 12.0;
    d.t_ms = 800 * i;
    s.attempt.dots.push_back(d);
  }
  s.attempt.pen_path.push_back({5, 1, {1.0, 2.0}, {1.01, 2.02}, true});
  s.score.overall = 77.5;
  s.score.passed = true;
  s.score.metrics = {{"density_uniformity", true, 80.0, true},
                     {"scar_coverage", false, 0.0, false}};
  return s;
}

std::string error_of(const std::string& json) {
  try {
    io::parse_save_json(json, "s.json");
  } catch (const io::InputError& e) {
    return e.where() + ": " + e.what();
  }
  return "no error";
}

// Replace the first occurrence of `from` in `text`.
std::string edited(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  return text.replace(at, from.size(), to);
}
}  // namespace

TEST_CASE("a save round-trips every impression, the plan and the score exactly") {
  const io::SaveFile s = small_save();
  const std::string json = io::save_to_json(s);
  const io::SaveFile back = io::parse_save_json(json, "s.json");
  CHECK(back.schema_version == io::kSaveSchemaVersion);
  CHECK(back.level_hash == io::level_hash(s.level));
  CHECK(io::level_to_json(back.level) == io::level_to_json(s.level));
  CHECK(back.attempt.seed == s.attempt.seed);
  CHECK(back.attempt.trainee == "Ada");
  CHECK(back.attempt.decision == core::Decision::Treat);
  CHECK(back.attempt.mockup_hairline_mm == s.attempt.mockup_hairline_mm);
  REQUIRE(back.attempt.dots.size() == s.attempt.dots.size());
  for (std::size_t i = 0; i < s.attempt.dots.size(); ++i) {
    CHECK(back.attempt.dots[i].pos_mm == s.attempt.dots[i].pos_mm);
    CHECK(back.attempt.dots[i].depth_mm == s.attempt.dots[i].depth_mm);
    CHECK(back.attempt.dots[i].session == s.attempt.dots[i].session);
    CHECK(back.attempt.dots[i].needle.config == s.attempt.dots[i].needle.config);
    CHECK(back.attempt.dots[i].t_ms == s.attempt.dots[i].t_ms);
  }
  REQUIRE(back.attempt.pen_path.size() == 1);
  CHECK(back.attempt.pen_path[0].tip_mm == s.attempt.pen_path[0].tip_mm);
  CHECK(back.attempt.session_pigments.size() == 2);
  CHECK(back.score.overall == 77.5);
  CHECK(back.score.metrics.size() == 2);
  CHECK(io::save_to_json(back) == json);
}

TEST_CASE("a damaged save is an error naming the JSON path") {
  const std::string json = io::save_to_json(small_save());
  CHECK(error_of(edited(json, "\"trainee\"", "\"trainer\"")).find("$.smpsim_save.attempt") == 0);
  CHECK(error_of(edited(json, "\"decision\": \"treat\"", "\"decision\": \"maybe\"")) ==
        "$.smpsim_save.attempt.decision: unknown decision 'maybe'; expected undecided, treat or "
        "decline");
  CHECK(error_of(edited(json, "\"session\": 2", "\"session\": 4"))
            .find("$.smpsim_save.attempt.dots[1].session") == 0);
  CHECK(error_of(edited(json, "\"needle\": \"1RL-0.25\"", "\"needle\": \"2RL\"")).find("needle") !=
        std::string::npos);
  CHECK(error_of(edited(json, "\"x_mm\": 0.3333333333333333", "\"x_mm\": 5000"))
            .find("off the level's chart") != std::string::npos);
  CHECK(error_of(edited(json, "\"schema_version\": 1", "\"schema_version\": 7"))
            .find("$.smpsim_save.schema_version") == 0);
  CHECK(error_of(edited(json, "\"brief\": \"A test level.\"", "\"brief\": \"Edited.\""))
            .find("$.smpsim_save.level_hash: does not match") == 0);
  CHECK(error_of(edited(json, "\"difficulty\": 1", "\"difficulty\": 9"))
            .find("$.smpsim_save.level.difficulty") == 0);
  CHECK(error_of(edited(json, "\"level_id\": \"test-hairline\"", "\"level_id\": \"other\""))
            .find("$.smpsim_save.attempt.level_id") == 0);
  CHECK(error_of(edited(json, "\"overall\": 77.5", "\"overall\": \"high\""))
            .find("$.smpsim_save.score.overall") == 0);
  CHECK(error_of(json.substr(0, json.size() / 2)).find("not valid JSON") != std::string::npos);
  CHECK(error_of("{}").find("smpsim_save") != std::string::npos);
  CHECK(error_of("[]").find("expected a JSON object") != std::string::npos);
}

TEST_CASE("write_save never overwrites an existing file") {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("smp_attempt_io_test-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto path = dir / "a.json";
  io::write_save(path, small_save());
  const auto first = io::load_save(path);
  CHECK(first.attempt.dots.size() == 50);
  io::SaveFile other = small_save();
  other.attempt.dots.clear();
  CHECK_THROWS_AS(io::write_save(path, other), io::EnvironmentError);
  CHECK(io::load_save(path).attempt.dots.size() == 50);
  CHECK_THROWS_AS(io::load_save(dir / "missing.json"), io::InputError);
  std::filesystem::remove_all(dir);
}

TEST_CASE("stored and recomputed scores are compared metric by metric") {
  io::StoredScore a;
  a.overall = 80.0;
  a.passed = true;
  a.metrics = {{"density_uniformity", true, 80.0, true},
               {"hairline_naturalness", true, 70.0, true}};
  io::StoredScore b = a;
  CHECK(io::compare_scores(a, b).empty());
  b.metrics[1].score = 55.0;
  b.metrics[1].passed = false;
  b.overall = 74.0;
  const auto diffs = io::compare_scores(a, b);
  REQUIRE(diffs.size() == 3);
  CHECK(diffs[0] == "overall: stored 80.00, recomputed 74.00");
  CHECK(diffs[1] == "hairline_naturalness: stored 70.00, recomputed 55.00");
  CHECK(diffs[2] == "hairline_naturalness: stored passed, recomputed not passed");
}

TEST_CASE("the default save name is sanitised and stamped in UTC") {
  const auto t = std::chrono::system_clock::from_time_t(1764097445);  // 2025-11-25 19:04:05 UTC
  CHECK(io::default_save_name("Ada Lovelace", "hairline-01", t) ==
        "Ada_Lovelace-hairline-01-20251125-190405.json");
  CHECK(io::default_save_name("../../etc/passwd", "x", t) == "etc_passwd-x-20251125-190405.json");
  CHECK(io::default_save_name("", "", t) == "trainee-level-20251125-190405.json");
}
