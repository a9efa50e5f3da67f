#include <doctest/doctest.h>

#include <limits>

#include "core/scalp/zones.hpp"
#include "io/errors.hpp"
#include "io/level/level_io.hpp"
#include "io/level/level_names_internal.hpp"
#include "level_fixtures.hpp"

using namespace smp;

TEST_CASE("a level written to JSON parses back to the same level, field by field") {
  const core::Level a = test::full_level();
  const std::string text = io::level_to_json(a);
  const core::Level b = io::parse_level_json(text, "roundtrip.json");
  CHECK(b.id == a.id);
  CHECK(b.title == a.title);
  CHECK(b.brief == a.brief);
  CHECK(b.difficulty == a.difficulty);
  CHECK(b.client.profile.fitzpatrick == 5);
  CHECK(b.client.profile.skin_condition == core::SkinCondition::Dry);
  CHECK(b.client.profile.hair_colour == core::HairColour::Black);
  CHECK(b.client.loss.pattern == core::LossPattern::Norwood);
  CHECK(b.client.loss.norwood == core::NorwoodStage::IIIVertex);
  REQUIRE(b.client.scars.size() == 2);
  CHECK(b.client.scars[0].kind == core::ScarKind::FuePunctures);
  CHECK(b.client.scars[0].puncture_count == 1200);
  CHECK(b.client.scars[0].punch_min_diameter_mm == 0.75);
  CHECK(b.client.scars[1].path_mm == a.client.scars[1].path_mm);
  CHECK(b.client.scars[1].width_mm == 2.5);
  CHECK(b.client.scars[1].tissue.retention_factor == 0.7);
  CHECK(b.client.seed == a.client.seed);
  CHECK(b.client.chart.mid_frontal_height_mm == 76.5);
  CHECK(b.client.chart.nasion_inion_arc_mm == core::ChartParams{}.nasion_inion_arc_mm);
  CHECK_FALSE(b.task.mockup_required);
  CHECK(b.task.given_hairline_mm == a.task.given_hairline_mm);
  REQUIRE(b.task.given_pigment.has_value());
  CHECK(b.task.given_pigment->name == "6:1");
  CHECK(b.task.given_pigment->dilution_water_parts == 6.0);
  CHECK(b.task.sessions == 4);
  CHECK(b.task.days_between_sessions == 21);
  CHECK(b.task.target_density_per_cm2 == a.task.target_density_per_cm2);
  CHECK(b.rules.mode == core::Mode::Exam);
  CHECK_FALSE(b.rules.undo_allowed);
  CHECK_FALSE(b.rules.live_hints);
  CHECK(b.rules.time_limit_s == 3600);
  CHECK(b.scoring.pass_mark == 72.5);
  REQUIRE(b.scoring.metrics.size() == 5);
  CHECK(b.scoring.metrics.at(core::MetricId::HairlineNaturalness).weight == 0.2);
  CHECK(b.scoring.metrics.at(core::MetricId::HairlineNaturalness).pass_mark == 55.0);
  CHECK(b.scoring.overrides == a.scoring.overrides);
  CHECK(b.expected_decision == core::Decision::Treat);
  CHECK(io::level_to_json(b) == text);
}

TEST_CASE("doubles that are not short decimals survive the round trip bit for bit") {
  core::Level a = test::full_level();
  a.task.target_density_per_cm2[core::Zone::Crown] = 80.0 / 3.0;
  a.client.scars[1].path_mm[1].y = 0.1 + 0.2 + 300.0;
  const core::Level b = io::parse_level_json(io::level_to_json(a), "x.json");
  CHECK(b.task.target_density_per_cm2.at(core::Zone::Crown) == 80.0 / 3.0);
  CHECK(b.client.scars[1].path_mm[1].y == 0.1 + 0.2 + 300.0);
}

TEST_CASE("the level hash is 16 hex digits, stable, and changes when any field changes") {
  const core::Level a = test::full_level();
  const std::string h = io::level_hash(a);
  CHECK(h.size() == 16);
  CHECK(h.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(io::level_hash(a) == h);
  CHECK(io::level_hash(io::parse_level_json(io::level_to_json(a), "x")) == h);
  core::Level b = a;
  b.client.seed += 1;
  CHECK(io::level_hash(b) != h);
  b = a;
  b.task.target_density_per_cm2[core::Zone::Crown] = 82.5000001;
  CHECK(io::level_hash(b) != h);
}

TEST_CASE("the canonical JSON keeps [x, y] points on one line and starts with kind and version") {
  const std::string text = io::level_to_json(test::full_level());
  CHECK(text.rfind("{\n  \"kind\": \"level\",\n  \"schema_version\": 1,", 0) == 0);
  CHECK(text.find("[-80.0, 270.0]") != std::string::npos);
  CHECK(text.back() == '\n');
}

TEST_CASE("only the parameters a pattern kind uses are written") {
  core::Level a = test::full_level();
  a.client.loss.ludwig_grade = 3;  // ignored for a Norwood client
  const std::string text = io::level_to_json(a);
  CHECK(text.find("ludwig_grade") == std::string::npos);
  CHECK(text.find("\"norwood_stage\": \"III_vertex\"") != std::string::npos);
}

TEST_CASE("writing a level that fails validation throws instead of writing a bad file") {
  core::Level a = test::full_level();
  a.task.sessions = 9;
  CHECK_THROWS_AS(io::level_to_json(a), io::InputError);
  a = test::full_level();
  a.scoring.pass_mark = std::numeric_limits<double>::quiet_NaN();
  CHECK_THROWS_AS(io::level_to_json(a), io::InputError);
}

TEST_CASE("optional fields take their documented defaults") {
  std::string text = io::level_to_json(test::full_level());
  for (const char* p : {"/difficulty", "/rules", "/client/scars", "/client/seed", "/client/chart",
                        "/expected_decision", "/client/profile/skin_condition",
                        "/client/profile/contraindications", "/scoring/pass_mark",
                        "/scoring/overrides", "/task/sessions", "/task/days_between_sessions"})
    text = test::without(text, p);
  text = test::with_value(text, "/scoring/metrics/scar_coverage/weight", "0.0");
  text = test::with_value(text, "/scoring/metrics/density_uniformity/weight", "0.6");
  const core::Level l = io::parse_level_json(text, "defaults.json");
  CHECK(l.difficulty == 1);
  CHECK(l.rules.mode == core::Mode::Practice);
  CHECK(l.rules.undo_allowed);
  CHECK(l.rules.live_hints);
  CHECK(l.rules.time_limit_s == 0);
  CHECK(l.client.scars.empty());
  CHECK(l.client.seed == 1);
  CHECK(l.client.chart.mid_frontal_height_mm == 80.0);
  CHECK(l.expected_decision == core::Decision::Treat);
  CHECK(l.client.profile.skin_condition == core::SkinCondition::Normal);
  CHECK(l.scoring.pass_mark == 70.0);
  CHECK(l.scoring.overrides.empty());
  CHECK(l.task.sessions == 3);
  CHECK(l.task.days_between_sessions == 14);
}

TEST_CASE("the norwood_name spelling \"III vertex\" is accepted as well as \"III_vertex\"") {
  const std::string text = test::with_value(io::level_to_json(test::full_level()),
                                            "/client/pattern/norwood_stage", "\"III vertex\"");
  CHECK(io::parse_level_json(text, "x").client.loss.norwood == core::NorwoodStage::IIIVertex);
}

TEST_CASE("detect_file_kind tells levels from tracks and rejects other kinds") {
  CHECK(io::detect_file_kind(R"({"kind": "level"})", "a") == io::FileKind::Level);
  CHECK(io::detect_file_kind(R"({"kind": "track"})", "a") == io::FileKind::Track);
  CHECK_THROWS_AS(io::detect_file_kind(R"({"kind": "attempt"})", "a"), io::InputError);
  CHECK_THROWS_AS(io::detect_file_kind(R"({"id": "x"})", "a"), io::InputError);
}

TEST_CASE("level files spell zones exactly as core::zone_name does") {
  for (const core::Zone z : core::kAllZones) {
    CHECK(io::names::name_of(io::names::kZone, z) == core::zone_name(z));
    CHECK(io::names::from_name(io::names::kZone, core::zone_name(z)) == z);
  }
}

TEST_CASE("level files spell metrics exactly as core::metric_name does") {
  for (const auto& [id, name] : io::names::kMetric) CHECK(core::metric_name(id) == name);
}
