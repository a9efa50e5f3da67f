#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Run {
  int exit_code = -1;
  std::string out, err;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

struct Scratch {
  fs::path dir;
  Scratch() {
    static std::atomic<int> n{0};
    dir = fs::temp_directory_path() /
          ("smp-validate-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    fs::create_directories(dir);
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(dir / name) << text;
    return dir / name;
  }
  // Runs `smpsim ARGS` with stdout and stderr captured in files.
  Run smpsim(const std::string& args) const {
    const fs::path out = dir / "stdout.txt", err = dir / "stderr.txt";
    const std::string cmd =
        quote(SMPSIM_EXE) + " " + args + " >" + quote(out.string()) + " 2>" + quote(err.string());
    const int status = std::system(cmd.c_str());
    Run r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }
};

const std::string kLevels = std::string(SMP_SOURCE_DIR) + "/levels/";

std::string level_text(const std::string& name) {
  return slurp(kLevels + name);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("validate prints ok for each valid level and track and exits 0") {
  Scratch s;
  const std::string a = kLevels + "01-norwood3-hairline.json";
  const std::string b = kLevels + "tracks/foundation.json";
  const Run r = s.smpsim("validate " + quote(a) + " " + quote(b));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "ok " + a + "\n" + "ok " + b + "\n");
  CHECK(r.err.empty());
}

TEST_CASE("validate checks every file, reports each bad one on one line, and exits 2") {
  Scratch s;
  const auto width0 = s.write("width0.json", replaced(level_text("08-fut-strip-scar.json"),
                                                      "\"width_mm\": 3.0", "\"width_mm\": 0"));
  const auto stage9 =
      s.write("stage9.json", replaced(level_text("01-norwood3-hairline.json"),
                                      "\"norwood_stage\": \"III\"", "\"norwood_stage\": \"9\""));
  const auto truncated = s.write("trunc.json", level_text("02-temples.json").substr(0, 300));
  const std::string good = kLevels + "02-temples.json";
  fs::create_directories(s.dir / "folder.json");
  const Run r = s.smpsim("validate " + quote(width0.string()) + " " + quote(good) + " " +
                         quote(stage9.string()) + " " + quote(truncated.string()) + " " +
                         quote((s.dir / "folder.json").string()) + " " +
                         quote((s.dir / "missing.json").string()));
  CHECK(r.exit_code == 2);
  CHECK(r.out == "ok " + good + "\n");  // the good file after a bad one is still checked
  std::istringstream lines(r.err);
  std::string line;
  std::vector<std::string> errs;
  while (std::getline(lines, line)) errs.push_back(line);
  REQUIRE(errs.size() == 5);
  CHECK(errs[0] == "smpsim: " + width0.string() +
                       ": at $.client.scars[0].width_mm: value 0 mm must be more than 0 and at "
                       "most 20 mm");
  CHECK(errs[1].find(stage9.string() + ": at $.client.pattern.norwood_stage: ") !=
        std::string::npos);
  CHECK(errs[2].find("truncated") != std::string::npos);
  CHECK(errs[3].find("directory") != std::string::npos);
  CHECK(errs[4].find("no such file") != std::string::npos);
}

TEST_CASE("validate refuses a 100 MB file quickly") {
  Scratch s;
  const auto big = s.dir / "big.json";
  { std::ofstream(big).put('{'); }
  fs::resize_file(big, 100u * 1024u * 1024u);
  const Run r = s.smpsim("validate " + quote(big.string()));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("limit") != std::string::npos);
}

TEST_CASE("validate tells a track with a broken level entry from a valid one") {
  Scratch s;
  const auto track = s.write("t.json", R"({"kind": "track", "schema_version": 1, "id": "t",
      "title": "T", "levels": [{"level_file": ")" +
                                           kLevels + R"(01-norwood3-hairline.json"},
      {"level_file": "gone.json"}]})");
  const Run r = s.smpsim("validate " + quote(track.string()));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("at $.levels[1].level_file: no such level file") != std::string::npos);
}

TEST_CASE("validate needs at least one file and has a --help with an example") {
  Scratch s;
  CHECK(s.smpsim("validate").exit_code == 2);
  const Run help = s.smpsim("validate --help");
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("smpsim validate levels/") != std::string::npos);
  CHECK(help.out.find("Exit codes") != std::string::npos);
}
