// The README is the first thing a new user runs: it must open with the two commands, CI must run
// the second one verbatim, and it must stay a readable document (a bad scripted edit once
// interleaved a paragraph between all of its characters, and nothing noticed).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> lines_of(const std::filesystem::path& p) {
  std::ifstream in(p);
  REQUIRE(in);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

const std::filesystem::path kRoot = SMP_SOURCE_DIR;

}  // namespace

TEST_CASE("the README opens with the run command and the test command") {
  const auto readme = lines_of(kRoot / "README.md");
  REQUIRE(readme.size() > 8);
  CHECK(readme[0].rfind("# smpsim", 0) == 0);
  const std::string& run = readme[3];
  const std::string& test = readme[6];
  CHECK(run.rfind(".ci/install-deps && ", 0) == 0);
  CHECK(run.find("./build/src/smpsim") != std::string::npos);
  CHECK(test.rfind(".ci/install-deps && ", 0) == 0);
  CHECK(test.find("ctest") != std::string::npos);
}

TEST_CASE("CI runs the README's test command verbatim") {
  const auto readme = lines_of(kRoot / "README.md");
  REQUIRE(readme.size() > 8);
  const auto ci = lines_of(kRoot / ".ci" / "run");
  bool found = false;
  for (const auto& line : ci) found = found || line.rfind(readme[6], 0) == 0;
  CHECK_MESSAGE(found, ".ci/run does not contain: " << readme[6]);
}

TEST_CASE("the README stays a document of reasonable size without repeated paragraphs") {
  const auto readme = lines_of(kRoot / "README.md");
  CHECK(readme.size() < 3000);
  // No non-trivial line appears more than a few times (tables and code fences aside).
  std::vector<std::string> sorted;
  for (const auto& l : readme)
    if (l.size() > 40 && l.front() != '|') sorted.push_back(l);
  std::sort(sorted.begin(), sorted.end());
  int run = 1, worst = 1;
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    run = sorted[i] == sorted[i - 1] ? run + 1 : 1;
    worst = std::max(worst, run);
  }
  CHECK(worst <= 3);
}
