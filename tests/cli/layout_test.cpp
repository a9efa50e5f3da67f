// The source tree is laid out so that a newcomer finds a concept by folder and file name: these
// tests keep it so (file and folder sizes, the look-ups a newcomer makes, the README's map).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
const fs::path kRoot = SMP_SOURCE_DIR;

std::size_t line_count(const fs::path& p) {
  std::ifstream in(p);
  std::size_t n = 0;
  for (std::string line; std::getline(in, line);) ++n;
  return n;
}

std::string text_of(const fs::path& p) {
  std::ifstream in(p);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("no source file is longer than about 400 lines") {
  for (const auto& e : fs::recursive_directory_iterator(kRoot / "src")) {
    if (!e.is_regular_file()) continue;
    const std::string ext = e.path().extension().string();
    if (ext != ".cpp" && ext != ".hpp") continue;
    CAPTURE(e.path().string());
    CHECK(line_count(e.path()) <= 400);
  }
}

TEST_CASE("no source folder holds more than about 15 files") {
  for (const auto& e : fs::recursive_directory_iterator(kRoot / "src")) {
    if (!e.is_directory()) continue;
    std::size_t files = 0;
    for (const auto& f : fs::directory_iterator(e.path())) files += f.is_regular_file();
    CAPTURE(e.path().string());
    CHECK(files <= 15);
  }
}

TEST_CASE("a newcomer finds each concept by folder and file name") {
  const std::map<std::string, std::string> where = {
      {"healing", "src/core/healing/healing.hpp"},
      {"the spatial index", "src/core/spatial/spatial_index.hpp"},
      {"the brute-force reference index", "src/core/spatial/brute_force_index.hpp"},
      {"Clark-Evans", "src/core/stats/clark_evans.hpp"},
      {"the hairline metric", "src/core/scoring/hairline_naturalness/hairline_naturalness.hpp"},
      {"the exemplar", "src/core/exemplar/exemplar.hpp"},
      {"colour conversion", "src/core/colour/colour_space.hpp"},
      {"the level reader", "src/io/level/level_read.cpp"},
      {"the pen", "src/sim/pen.hpp"},
      {"the domain notes", "src/core/README.md"},
  };
  for (const auto& [what, path] : where) {
    CAPTURE(what);
    CHECK(fs::exists(kRoot / path));
  }
}

TEST_CASE("the README's map names every source folder") {
  const std::string readme = text_of(kRoot / "README.md");
  for (const auto& e : fs::recursive_directory_iterator(kRoot / "src")) {
    if (!e.is_directory()) continue;
    const std::string rel = fs::relative(e.path(), kRoot).generic_string();
    CAPTURE(rel);
    CHECK(readme.find(rel + "/") != std::string::npos);
  }
}
