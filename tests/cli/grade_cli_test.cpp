// smpsim grade / exemplar / export-dots, run as a user would: outputs, JSON keys, exit codes.
#include <unistd.h>

#include <doctest/doctest.h>

#include <sys/wait.h>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/scoring/context.hpp"

namespace {

namespace fs = std::filesystem;

struct Run {
  int code = -1;
  std::string out;
};

// ctest runs test cases of this file in parallel processes: each gets its own folder.
fs::path scratch_root() {
  return fs::temp_directory_path() / ("smp_grade_cli_test-" + std::to_string(::getpid()));
}

// Runs smpsim with `args` (shell words), capturing stdout; stderr goes to a file next to it.
Run smpsim(const std::string& args) {
  const fs::path dir = scratch_root();
  fs::create_directories(dir);
  const std::string cmd =
      std::string(SMPSIM_EXE) + " " + args + " 2>" + (dir / "stderr.txt").string();
  Run r;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string level(const char* file) {
  return std::string(SMP_SOURCE_DIR) + "/levels/" + file;
}

fs::path fresh_dir() {
  const fs::path dir = scratch_root() / "work";
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& p, const std::string& text) {
  std::ofstream(p) << text;
}

}  // namespace

TEST_CASE("exemplar writes a CSV that grade passes, with every JSON key present") {
  const fs::path dir = fresh_dir();
  const std::string csv = (dir / "ex.csv").string();
  REQUIRE(smpsim("exemplar " + level("01-norwood3-hairline.json") + " -o " + csv).code == 0);
  const Run r =
      smpsim("grade --level " + level("01-norwood3-hairline.json") + " --dots " + csv + " --json");
  CHECK(r.code == 0);
  for (const char* key : {"\"level\"",
                          "\"scoring_version\"",
                          "\"overall\"",
                          "\"score\"",
                          "\"passed\"",
                          "\"metrics\"",
                          "\"density_uniformity\"",
                          "\"hairline_naturalness\"",
                          "\"scar_coverage\"",
                          "\"colour_match\"",
                          "\"depth_control\"",
                          "\"applicable\"",
                          "\"stats\"",
                          "\"feedback\"",
                          "\"spots\"",
                          "\"area_mm2\"",
                          "\"dots\"",
                          "\"density_per_cm2\"",
                          "\"mean_nn_mm\"",
                          "\"clark_evans_r\"",
                          "\"clark_evans_r_donnelly\""}) {
    INFO(key);
    CHECK(r.out.find(key) != std::string::npos);
  }
  CHECK(r.out.find("\"passed\": true") != std::string::npos);
  CHECK(r.out.find("nan") == std::string::npos);
}

TEST_CASE("grade --csv prints a header and one row; --require-pass exits 1 when not passed") {
  const fs::path dir = fresh_dir();
  const Run csv_run = smpsim("grade --level " + level("01-norwood3-hairline.json") + " --dots " +
                             (dir / "none.csv").string() + " --csv");
  CHECK(csv_run.code == 2);  // the dots file does not exist
  write(dir / "few.csv", "x_mm,y_mm\n0,85\n1,86\n2,85\n");
  const Run r = smpsim("grade --level " + level("01-norwood3-hairline.json") + " --dots " +
                       (dir / "few.csv").string() + " --csv");
  CHECK(r.code == 0);
  CHECK(r.out.rfind("attempt,level,scoring_version,overall,passed,density_uniformity", 0) == 0);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 2);
  const Run strict = smpsim("grade --level " + level("01-norwood3-hairline.json") + " --dots " +
                            (dir / "few.csv").string() + " --require-pass");
  CHECK(strict.code == 1);
  CHECK(strict.out.find("NOT PASSED") != std::string::npos);
}

TEST_CASE("a save round-trips through exemplar, grade and export-dots") {
  const fs::path dir = fresh_dir();
  const std::string save = (dir / "ex.json").string();
  REQUIRE(smpsim("exemplar " + level("21-exam-fut-scar.json") + " -o " + save).code == 0);
  // A save is never overwritten: exit 3.
  CHECK(smpsim("exemplar " + level("21-exam-fut-scar.json") + " -o " + save).code == 3);
  const Run g = smpsim("grade " + save + " --require-pass");
  CHECK(g.code == 0);
  CHECK(g.out.find("differs") == std::string::npos);
  const std::string csv = (dir / "dots.csv").string();
  REQUIRE(smpsim("export-dots " + save + " -o " + csv).code == 0);
  std::ifstream in(csv);
  std::string header;
  std::getline(in, header);
  CHECK(header == "x_mm,y_mm,depth_mm,session,needle,pigment,t_ms");
}

TEST_CASE("a save whose stored score was edited is graded afresh and the difference reported") {
  const fs::path dir = fresh_dir();
  const fs::path save = dir / "ex.json";
  REQUIRE(smpsim("exemplar " + level("01-norwood3-hairline.json") + " -o " + save.string()).code ==
          0);
  std::stringstream ss;
  ss << std::ifstream(save).rdbuf();
  std::string text = ss.str();
  const auto at = text.find("\"overall\": ");
  REQUIRE(at != std::string::npos);
  const auto end = text.find(',', at);
  text.replace(at, end - at, "\"overall\": 12.5");
  write(dir / "edited.json", text);
  const Run r = smpsim("grade " + (dir / "edited.json").string());
  CHECK(r.code == 0);
  CHECK(r.out.find("overall: stored 12.50") != std::string::npos);
  CHECK(r.out.find("scored with scoring v") == std::string::npos);
  // A save from an older scoring version says so, since its stored score was fair in its time.
  const auto v = text.find("\"scoring_version\": ");
  REQUIRE(v != std::string::npos);
  text.replace(v, text.find(',', v) - v, "\"scoring_version\": 1");
  write(dir / "old.json", text);
  const Run old = smpsim("grade " + (dir / "old.json").string());
  CHECK(old.code == 0);
  CHECK(old.out.find("the save was scored with scoring v1; it has been re-scored with scoring v" +
                     std::to_string(smp::core::kScoringVersion)) != std::string::npos);
  // ... even when its stored score happens to equal the recomputed one, and in --json on stderr.
  std::string same = ss.str();
  const auto v2 = same.find("\"scoring_version\": ");
  same.replace(v2, same.find(',', v2) - v2, "\"scoring_version\": 2");
  write(dir / "old-same.json", same);
  const Run old_same = smpsim("grade --json " + (dir / "old-same.json").string());
  CHECK(old_same.code == 0);
  std::stringstream err;
  err << std::ifstream(scratch_root() / "stderr.txt").rdbuf();
  CHECK(err.str().find("scored with scoring v2; it has been re-scored") != std::string::npos);
  CHECK(err.str().find("differs") == std::string::npos);
  CHECK(old_same.out.find("scored with") == std::string::npos);
}

TEST_CASE("the decline level's exemplar declines and passes") {
  const fs::path dir = fresh_dir();
  const std::string save = (dir / "d.json").string();
  const Run w = smpsim("exemplar " + level("13-decline-keloid.json") + " -o " + save);
  CHECK(w.code == 0);
  CHECK(w.out.find("0 dots, declined") != std::string::npos);
  CHECK(smpsim("grade " + save + " --require-pass").code == 0);
}

TEST_CASE("bad input exits 2: a bad CSV line, a missing level, a wrong output name, no arguments") {
  const fs::path dir = fresh_dir();
  write(dir / "bad.csv", "x_mm,y_mm\n1,2\n3,banana\n");
  CHECK(smpsim("grade --level " + level("01-norwood3-hairline.json") + " --dots " +
               (dir / "bad.csv").string())
            .code == 2);
  CHECK(smpsim("grade --level /nonexistent.json --dots " + (dir / "bad.csv").string()).code == 2);
  CHECK(smpsim("exemplar " + level("01-norwood3-hairline.json") + " -o " + (dir / "x.txt").string())
            .code == 2);
  CHECK(smpsim("grade").code == 2);
  CHECK(smpsim("export-dots /nonexistent.json -o " + (dir / "x.csv").string()).code == 2);
}

TEST_CASE("the version printed and recorded in saves is CMake's project version") {
  std::ifstream cmake(std::string(SMP_SOURCE_DIR) + "/CMakeLists.txt");
  std::stringstream ss;
  ss << cmake.rdbuf();
  const std::string text = ss.str();
  const auto at = text.find("project(smpsim VERSION ");
  REQUIRE(at != std::string::npos);
  const auto from = at + std::string("project(smpsim VERSION ").size();
  const std::string version = text.substr(from, text.find(' ', from) - from);
  CHECK(smpsim("--version").out == "smpsim " + version + "\n");
  const fs::path save = scratch_root() / "version.json";
  fs::remove(save);
  REQUIRE(smpsim("exemplar levels/13-decline-keloid.json -o " + save.string()).code == 0);
  std::ifstream in(save);
  std::stringstream saved;
  saved << in.rdbuf();
  CHECK(saved.str().find("\"app_version\": \"" + version + "\"") != std::string::npos);
}
