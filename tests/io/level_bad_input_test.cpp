#include <doctest/doctest.h>

#include <cmath>
#include <optional>
#include <utility>

#include "core/exemplar/exemplar.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scoring/score.hpp"
#include "io/errors.hpp"
#include "io/level/level_io.hpp"
#include "level_fixtures.hpp"

using namespace smp;

namespace {

std::optional<io::InputError> error_of(const std::string& text) {
  try {
    io::parse_level_json(text, "bad.json");
  } catch (const io::InputError& e) {
    return e;
  }
  return std::nullopt;
}

const std::string& good() {
  static const std::string text = io::level_to_json(test::full_level());
  return text;
}

// The file with `value_json` at `pointer` must be refused, naming `where` and containing `what`.
void check_refused(const char* pointer, const std::string& value_json, const std::string& where,
                   const std::string& what = "") {
  CAPTURE(pointer);
  CAPTURE(value_json);
  const auto e = error_of(test::with_value(good(), pointer, value_json));
  REQUIRE(e.has_value());
  CHECK(e->file() == "bad.json");
  CHECK(e->where() == where);
  if (!what.empty()) CHECK(std::string(e->what()).find(what) != std::string::npos);
  // One line: the message is printed as is.
  CHECK(e->message().find('\n') == std::string::npos);
  CHECK(e->message().rfind("bad.json: at " + where + ": ", 0) == 0);
}

}  // namespace

TEST_CASE("the fixture itself is valid, so every refusal below is caused by the edit") {
  CHECK_FALSE(error_of(good()).has_value());
}

TEST_CASE("text that is not JSON is refused with its line and column") {
  auto e = error_of("hello");
  REQUIRE(e);
  CHECK(e->where() == "line 1, column 1");
  CHECK(std::string(e->what()).find("not valid JSON") != std::string::npos);
  e = error_of("{\n  \"kind\": \"level\",\n  \"id\" \"x\"\n}");
  REQUIRE(e);
  CHECK(e->where() == "line 3, column 8");
}

TEST_CASE("a truncated file is refused as truncated") {
  const std::string& text = good();
  for (std::size_t cut : {text.size() / 3, text.size() / 2, text.size() - 3}) {
    CAPTURE(cut);
    const auto e = error_of(text.substr(0, cut));
    REQUIRE(e);
    CHECK(std::string(e->what()).find("truncated") != std::string::npos);
  }
}

TEST_CASE("an empty file, a top-level array and deep nesting are refused without crashing") {
  CHECK(error_of(""));
  CHECK(error_of("   \n"));
  CHECK(error_of("[1, 2]")->where() == "$");
  CHECK(error_of(std::string(200000, '[') + std::string(200000, ']')));
  const auto deep = error_of("{\"kind\": \"level\", \"client\": " + std::string(300000, '[') +
                             std::string(300000, ']') + "}");
  CHECK(deep);
}

TEST_CASE("NaN, Infinity and numbers too big for a double are not JSON") {
  for (const char* bad : {"NaN", "Infinity", "-Infinity", "1e400"}) {
    std::string text = good();
    const auto at = text.find("\"pass_mark\": 72.5");
    REQUIRE(at != std::string::npos);
    text.replace(at, 17, std::string("\"pass_mark\": ") + bad);
    const auto e = error_of(text);
    REQUIRE(e);
    CHECK(e->where().rfind("line ", 0) == 0);
  }
}

TEST_CASE("invalid UTF-8 in a string is refused") {
  std::string text = good();
  text.replace(text.find("Test Client"), 4, "T\xff\xfe");
  CHECK(error_of(text));
}

TEST_CASE("wrong types are refused at their path") {
  check_refused("/client/profile/fitzpatrick", "\"5\"", "$.client.profile.fitzpatrick",
                "expected an integer, got a string");
  check_refused("/client/profile/age_years", "44.5", "$.client.profile.age_years", "whole number");
  check_refused("/task/sessions", "true", "$.task.sessions");
  check_refused("/client/scars", "{}", "$.client.scars", "expected an array");
  check_refused("/client/scars/1/path_mm/1", "[1, 2, 3]", "$.client.scars[1].path_mm[1]",
                "[x_mm, y_mm]");
  check_refused("/client/seed", "-1", "$.client.seed", "non-negative");
  check_refused("/rules/undo_allowed", "\"no\"", "$.rules.undo_allowed", "true or false");
  check_refused("/task/target_density_per_cm2/crown", "null", "$.task.target_density_per_cm2.crown",
                "expected a number");
  check_refused("/client", "[]", "$.client", "expected an object");
}

TEST_CASE("missing required fields are named") {
  for (auto [pointer, where, field] :
       {std::tuple{"/id", "$", "id"}, std::tuple{"/kind", "$", "kind"},
        std::tuple{"/schema_version", "$", "schema_version"},
        std::tuple{"/client/profile/hair_colour", "$.client.profile", "hair_colour"},
        std::tuple{"/client/pattern/norwood_stage", "$.client.pattern", "norwood_stage"},
        std::tuple{"/client/scars/1/width_mm", "$.client.scars[1]", "width_mm"},
        std::tuple{"/task/given_pigment", "$.task", "given_pigment"},
        std::tuple{"/scoring/metrics", "$.scoring", "metrics"},
        std::tuple{"/scoring/metrics/colour_match/weight", "$.scoring.metrics.colour_match",
                   "weight"}}) {
    CAPTURE(pointer);
    const auto e = error_of(test::without(good(), pointer));
    REQUIRE(e);
    CHECK(e->where() == where);
    CHECK(std::string(e->what()).find(std::string("\"") + field + "\"") != std::string::npos);
  }
}

TEST_CASE("unknown and misplaced fields are refused, not ignored") {
  check_refused("/task/sesions", "3", "$.task.sesions", "unknown field \"sesions\"");
  check_refused("/colour", "\"black\"", "$.colour", "unknown field");
  check_refused("/client/profile/age", "40", "$.client.profile.age", "unknown field");
  // A parameter of another pattern kind is a mistake too.
  check_refused("/client/pattern/ludwig_grade", "2", "$.client.pattern.ludwig_grade",
                "unknown field");
  check_refused("/client/scars/0/width_mm", "1.0", "$.client.scars[0].width_mm", "unknown field");
  check_refused("/client/chart/head_size", "1", "$.client.chart.head_size", "unknown field");
  check_refused("/task/target_density_per_cm2/crwn", "80", "$.task.target_density_per_cm2.crwn",
                "unknown zone");
  check_refused("/scoring/metrics/speed", "{\"weight\": 0}", "$.scoring.metrics.speed",
                "unknown metric");
  check_refused("/scoring/overrides/r_min", "1.2", "$.scoring.overrides.r_min", "unknown override");
}

TEST_CASE("a field given twice in one object is refused") {
  std::string text = good();
  text.replace(text.find("\"difficulty\": 4"), 15, "\"difficulty\": 4, \"difficulty\": 5");
  const auto e = error_of(text);
  REQUIRE(e);
  CHECK(e->where() == "$.difficulty");
}

TEST_CASE("unknown enum spellings list the allowed ones") {
  check_refused("/client/pattern/norwood_stage", "\"9\"", "$.client.pattern.norwood_stage",
                "expected one of: I, II, IIa");
  check_refused("/client/profile/hair_colour", "\"darkbrown\"", "$.client.profile.hair_colour",
                "dark_brown");
  check_refused("/client/profile/sex", "\"m\"", "$.client.profile.sex");
  check_refused("/client/pattern/kind", "\"hamilton\"", "$.client.pattern.kind");
  check_refused("/client/scars/0/kind", "\"burn\"", "$.client.scars[0].kind");
  check_refused("/rules/mode", "\"test\"", "$.rules.mode");
  check_refused("/expected_decision", "\"undecided\"", "$.expected_decision");
  check_refused("/client/profile/contraindications", "[\"sunburnt\"]",
                "$.client.profile.contraindications[0]");
}

TEST_CASE("out-of-range values are refused at their path") {
  check_refused("/client/profile/fitzpatrick", "0", "$.client.profile.fitzpatrick", "1..6");
  check_refused("/client/profile/fitzpatrick", "7", "$.client.profile.fitzpatrick", "1..6");
  check_refused("/client/profile/age_years", "15", "$.client.profile.age_years");
  check_refused("/client/profile/age_years", "101", "$.client.profile.age_years");
  check_refused("/task/target_density_per_cm2/crown", "-5", "$.task.target_density_per_cm2.crown");
  check_refused("/task/target_density_per_cm2/crown", "0", "$.task.target_density_per_cm2.crown");
  check_refused("/task/target_density_per_cm2/crown", "150.5",
                "$.task.target_density_per_cm2.crown");
  check_refused("/task/target_density_per_cm2/forehead", "20",
                "$.task.target_density_per_cm2.forehead", "never dotted");
  check_refused("/client/scars/1/width_mm", "0", "$.client.scars[1].width_mm");
  check_refused("/client/scars/1/width_mm", "-1", "$.client.scars[1].width_mm");
  check_refused("/client/scars/0/puncture_count", "0", "$.client.scars[0].puncture_count");
  check_refused("/client/scars/0/punch_max_diameter_mm", "0.5",
                "$.client.scars[0].punch_max_diameter_mm");
  check_refused("/client/scars/1/tissue/retention_factor", "1.5",
                "$.client.scars[1].tissue.retention_factor");
  check_refused("/task/sessions", "0", "$.task.sessions", "1..4");
  check_refused("/task/sessions", "5", "$.task.sessions", "1..4");
  check_refused("/task/days_between_sessions", "0", "$.task.days_between_sessions");
  check_refused("/task/days_between_sessions", "91", "$.task.days_between_sessions");
  check_refused("/scoring/pass_mark", "-1", "$.scoring.pass_mark");
  check_refused("/scoring/pass_mark", "100.5", "$.scoring.pass_mark");
  check_refused("/scoring/metrics/colour_match/pass_mark", "101",
                "$.scoring.metrics.colour_match.pass_mark");
  check_refused("/scoring/metrics/colour_match/weight", "0.2", "$.scoring.metrics",
                "add up to 1.1");
  check_refused("/scoring/metrics/colour_match/weight", "0.089", "$.scoring.metrics");
  check_refused("/difficulty", "6", "$.difficulty");
  check_refused("/rules/time_limit_s", "-1", "$.rules.time_limit_s");
  check_refused("/id", "\"Has Spaces\"", "$.id");
  check_refused("/title", "\"\"", "$.title", "empty");
  check_refused("/client/chart/mid_frontal_height_mm", "300",
                "$.client.chart.mid_frontal_height_mm");
  check_refused("/task/given_pigment/dilution_water_parts", "-2",
                "$.task.given_pigment.dilution_water_parts");
  check_refused("/schema_version", "2", "$.schema_version", "newer");
  check_refused("/kind", "\"track\"", "$.kind");
}

TEST_CASE("an override must name a real scoring parameter, not just a real group") {
  check_refused("/scoring/overrides/uniformity.r_mni", "1.2",
                "$.scoring.overrides[\"uniformity.r_mni\"]", "no scoring parameter has that name");
  CHECK_FALSE(
      error_of(test::with_value(good(), "/scoring/overrides/uniformity.r_min", "1.3")).has_value());
}

TEST_CASE("weights within 0.01 of 1 are accepted") {
  const std::string text =
      test::with_value(good(), "/scoring/metrics/colour_match/weight", "0.105");
  CHECK_FALSE(error_of(text).has_value());
}

TEST_CASE("polyline points off the chart are refused at the point's index") {
  check_refused("/client/scars/1/path_mm/2", "[80.0, 900.0]", "$.client.scars[1].path_mm[2]",
                "off the chart");
  check_refused("/task/given_hairline_mm/0", "[-400.0, 70.0]", "$.task.given_hairline_mm[0]",
                "off the chart");
  check_refused("/task/given_hairline_mm", "[[0.0, 80.0]]", "$.task.given_hairline_mm",
                "at least 2 points");
}

TEST_CASE("fields that contradict the task switches are refused") {
  check_refused("/task/mockup_required", "true", "$.task.given_hairline_mm", "mockup_required");
  check_refused("/task/colour_choice", "true", "$.task.given_pigment", "colour_choice");
}

TEST_CASE("treating a client with a contraindication is an error in the level") {
  check_refused("/client/profile/contraindications", "[\"pregnancy\"]", "$.expected_decision",
                "contraindication");
  check_refused("/client/profile/skin_condition", "\"keloid_tendency\"", "$.expected_decision");
  check_refused("/expected_decision", "\"decline\"", "$.expected_decision", "no contraindication");
}

TEST_CASE("scar coverage cannot be weighted for a client without scars") {
  const auto e = error_of(test::with_value(good(), "/client/scars", "[]"));
  REQUIRE(e);
  CHECK(e->where() == "$.scoring.metrics.scar_coverage");
}

TEST_CASE("a 100 MB file is refused without being read, and so are directories") {
  test::TempDir dir;
  const auto big = dir.path / "huge.json";
  { std::ofstream(big).put('{'); }
  std::filesystem::resize_file(big, 100u * 1024u * 1024u);  // sparse: instant, no disk used
  try {
    io::load_level(big);
    FAIL("a 100 MB level was accepted");
  } catch (const io::InputError& e) {
    CHECK(e.file() == big.string());
    CHECK(std::string(e.what()).find("limit") != std::string::npos);
  }
  std::filesystem::create_directories(dir.path / "folder.json");
  CHECK_THROWS_WITH_AS(io::load_level(dir.path / "folder.json"), doctest::Contains("directory"),
                       io::InputError);
  CHECK_THROWS_WITH_AS(io::load_level(dir.path / "missing.json"), doctest::Contains("no such"),
                       io::InputError);
}

TEST_CASE("load_level reports errors under the file's path") {
  test::TempDir dir;
  const auto f = dir.write("w.json", test::with_value(good(), "/client/scars/1/width_mm", "0"));
  try {
    io::load_level(f);
    FAIL("accepted");
  } catch (const io::InputError& e) {
    CHECK(e.message().rfind(f.string() + ": at $.client.scars[1].width_mm: ", 0) == 0);
  }
}

TEST_CASE("user text in a message is quoted on one line, however it is spelt") {
  check_refused("/client/pattern/norwood_stage", "\"I\\nII\"", "$.client.pattern.norwood_stage",
                "\"I\\u000aII\"");
  const auto e = error_of(test::with_value(good(), "/task/a\nb", "1"));
  REQUIRE(e);
  CHECK(e->message().find('\n') == std::string::npos);
  check_refused("/client/profile/hair_colour", "\"" + std::string(500, 'x') + "\"",
                "$.client.profile.hair_colour", "xxx...\"");
}

TEST_CASE("hairline scan lengths overridden beyond any head grade without a crash") {
  // A level file may set any finite number; the edge raster must not be sized from nonsense.
  core::Level level =
      io::load_level(std::string(SMP_SOURCE_DIR) + "/levels/01-norwood3-hairline.json");
  const core::Scalp scalp = core::generate_scalp(level.client);
  const core::Attempt expert = core::make_exemplar(level, scalp);
  const std::pair<const char*, double> overrides[] = {
      {"hairline.scan_max_y_mm", -1e6},    {"hairline.scan_max_y_mm", 1e300},
      {"hairline.edge_bin_mm", 1e300},     {"hairline.edge_window_x_mm", -5.0},
      {"hairline.scan_margin_x_mm", -1e9}, {"hairline.scan_margin_x_mm", 1e12}};
  for (const auto& [name, value] : overrides) {
    CAPTURE(name);
    CAPTURE(value);
    core::Level odd = level;
    odd.scoring.overrides[name] = value;
    const core::Report r = core::score_attempt(odd, scalp, expert);
    CHECK(std::isfinite(r.overall_score));
    REQUIRE(r.metrics.size() == 5);
  }
}
