#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "io/atomic_file.hpp"
#include "io/errors.hpp"
#include "io/level/level_io.hpp"
#include "io/level/track_io.hpp"
#include "level_fixtures.hpp"

using namespace smp;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> shipped_levels() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(SMP_SOURCE_DIR) / "levels"))
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

const fs::path kTracks = fs::path(SMP_SOURCE_DIR) / "levels" / "tracks";

}  // namespace

TEST_CASE("every shipped level loads, and its canonical JSON round-trips") {
  const auto files = shipped_levels();
  CHECK(files.size() >= 14);
  std::set<std::string> ids;
  for (const auto& f : files) {
    CAPTURE(f);
    const core::Level l = io::load_level(f);
    CHECK(ids.insert(l.id).second);  // ids are unique across the pack
    const std::string text = io::level_to_json(l);
    CHECK(io::level_to_json(io::parse_level_json(text, f.string())) == text);
  }
}

TEST_CASE("the starter pack covers every case the guide asks for") {
  std::set<core::NorwoodStage> stages;
  bool ludwig = false, areata = false, diffuse = false, fut = false, fue = false, fair = false,
       dark = false, decline = false, exam = false, temples = false;
  for (const auto& f : shipped_levels()) {
    const core::Level l = io::load_level(f);
    const auto& loss = l.client.loss;
    if (loss.pattern == core::LossPattern::Norwood) stages.insert(loss.norwood);
    ludwig |= loss.pattern == core::LossPattern::Ludwig && loss.ludwig_grade == 2;
    areata |= loss.pattern == core::LossPattern::AlopeciaAreata;
    diffuse |= loss.pattern == core::LossPattern::DiffuseThinning;
    for (const auto& s : l.client.scars) {
      fut |= s.kind == core::ScarKind::FutStrip;
      fue |= s.kind == core::ScarKind::FuePunctures;
    }
    fair |= l.client.profile.fitzpatrick <= 2 &&
            (l.client.profile.hair_colour == core::HairColour::Blond ||
             l.client.profile.hair_colour == core::HairColour::LightBrown);
    dark |= l.client.profile.fitzpatrick >= 5 && l.expected_decision == core::Decision::Treat;
    decline |= l.expected_decision == core::Decision::Decline;
    exam |= l.rules.mode == core::Mode::Exam;
    temples |= l.task.target_density_per_cm2.count(core::Zone::TemporalLeft) > 0;
  }
  CHECK((stages.count(core::NorwoodStage::III) || stages.count(core::NorwoodStage::II)));
  CHECK(stages.count(core::NorwoodStage::IIIVertex));
  CHECK(stages.count(core::NorwoodStage::V));
  CHECK(stages.count(core::NorwoodStage::VII));
  CHECK(ludwig);
  CHECK(areata);
  CHECK(diffuse);
  CHECK(fut);
  CHECK(fue);
  CHECK(fair);
  CHECK(dark);
  CHECK(decline);
  CHECK(exam);
  CHECK(temples);
}

TEST_CASE("the shipped tracks load and name existing, valid levels") {
  const io::Track foundation = io::load_track(kTracks / "foundation.json");
  CHECK(foundation.id == "foundation");
  CHECK(foundation.levels.size() >= 14);
  const auto levels = io::load_track_levels(kTracks / "foundation.json");
  CHECK(levels.size() == foundation.levels.size());
  CHECK(levels.front().difficulty == 1);  // the track starts easy
  const auto exam = io::load_track_levels(kTracks / "exam.json");
  REQUIRE(!exam.empty());
  for (const auto& l : exam) CHECK(l.rules.mode == core::Mode::Exam);
}

TEST_CASE("a track's pass mark overrides the level's when it is above 0") {
  test::TempDir dir;
  dir.write("a.json", io::level_to_json(test::full_level()));
  core::Level b = test::full_level();
  b.id = "second";
  dir.write("b.json", io::level_to_json(b));
  const auto track = dir.write("t.json",
                               R"({"kind": "track", "schema_version": 1, "id": "t", "title": "T",
          "levels": [{"level_file": "a.json", "pass_mark": 90}, {"level_file": "b.json"}]})");
  const auto levels = io::load_track_levels(track);
  REQUIRE(levels.size() == 2);
  CHECK(levels[0].scoring.pass_mark == 90.0);
  CHECK(levels[1].scoring.pass_mark == 72.5);
}

TEST_CASE("bad tracks are refused at the offending entry") {
  test::TempDir dir;
  dir.write("a.json", io::level_to_json(test::full_level()));
  dir.write("bad-level.json",
            test::with_value(io::level_to_json(test::full_level()), "/task/sessions", "7"));
  auto refused = [&](const std::string& body, const std::string& file_end,
                     const std::string& where) {
    CAPTURE(body);
    const auto t = dir.write("t.json", body);
    try {
      io::load_track(t);
      FAIL("accepted");
    } catch (const io::InputError& e) {
      CHECK(e.file().size() >= file_end.size());
      CHECK(e.file().compare(e.file().size() - file_end.size(), file_end.size(), file_end) == 0);
      CHECK(e.where() == where);
    }
  };
  const std::string head = R"({"kind": "track", "schema_version": 1, "id": "t", "title": "T", )";
  refused(head + R"("levels": [{"level_file": "a.json"}, {"level_file": "nope.json"}]})", "t.json",
          "$.levels[1].level_file");
  refused(head + R"("levels": [{"level_file": "bad-level.json"}]})", "bad-level.json",
          "$.task.sessions");
  refused(head + R"("levels": []})", "t.json", "$.levels");
  refused(head + R"("levels": [{"level_file": "a.json", "pass_mark": 101}]})", "t.json",
          "$.levels[0].pass_mark");
  refused(head + R"("levels": [{"file": "a.json"}]})", "t.json", "$.levels[0].file");
  refused(head + R"("levels": [{"level_file": "a.json"}, {"level_file": "./a.json"}]})", "t.json",
          "$.levels[1].level_file");
  refused(R"({"kind": "level", "schema_version": 1})", "t.json", "$.kind");
}
