// Every domain citation in the tree resolves inside the repository: "(notes N29)",
// "(notes N29-N32)", "(notes R21)", "(notes N153, S55)" must name entries of src/core/README.md,
// and no citation of the external domain report (its rows, rules and sections) may remain.
// tests/tools/rewrite_citations.py turns old citations into the notes form.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
const fs::path kRoot = SMP_SOURCE_DIR;
const fs::path kNotes = kRoot / "src" / "core" / "README.md";

std::vector<std::string> lines_of(const fs::path& p) {
  std::ifstream in(p);
  REQUIRE_MESSAGE(in, "cannot read " << p.string());
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string repo_path(const fs::path& p) {
  return fs::relative(p, kRoot).generic_string();
}

struct Notes {
  std::set<std::string> ids;  // N.., R.. from headings, S.. from the Sources list
  std::vector<std::string> problems;
};

Notes read_notes() {
  Notes notes;
  const std::regex heading(R"(^### ([NR][0-9]+) \S)");
  const std::regex source(R"(^- \*\*(S[0-9]+)\*\* \S)");
  bool in_sources = false;
  for (const std::string& line : lines_of(kNotes)) {
    std::smatch m;
    if (line.rfind("## ", 0) == 0) in_sources = line == "## Sources";
    if (std::regex_search(line, m, heading) || (in_sources && std::regex_search(line, m, source)))
      if (!notes.ids.insert(m[1]).second) notes.problems.push_back("duplicate entry " + m[1].str());
  }
  return notes;
}

// The files whose citations must resolve. The rewrite script is left out: it has to spell the
// old citation forms it converts (as does this file, in its patterns).
std::vector<fs::path> cited_files() {
  const std::set<std::string> skip = {"tests/tools/rewrite_citations.py",
                                      "tests/cli/citations_test.cpp"};
  const std::set<std::string> text = {".cpp", ".hpp", ".h", ".md", ".txt", ".py", ".sh", ".cmake"};
  std::vector<fs::path> files{kRoot / "README.md"};
  for (const char* dir : {"src", "tests"})
    for (const auto& e : fs::recursive_directory_iterator(kRoot / dir))
      if (e.is_regular_file() && text.count(e.path().extension().string()) &&
          !skip.count(repo_path(e.path())))
        files.push_back(e.path());
  return files;
}

struct Scan {
  int citations = 0;
  std::vector<std::string> unresolved;  // "file:line: reason"
  std::vector<std::string> old_style;   // "file:line: text"
};

// Checks each "(notes ...)" on a line: a comma-separated list of ids (N29, R6, S55) and ranges
// of one kind (N29-N32) whose ends exist in the notes.
void check_citations(const std::string& where, const std::string& line, const Notes& notes,
                     Scan& scan) {
  static const std::regex token(R"(^([NRS])([0-9]+)(?:-([NRS])([0-9]+))?$)");
  for (std::size_t at = line.find("(notes "); at != std::string::npos;
       at = line.find("(notes ", at + 1)) {
    ++scan.citations;
    const std::size_t close = line.find(')', at);
    if (close == std::string::npos) {
      scan.unresolved.push_back(where + ": citation not closed on its line");
      continue;
    }
    std::stringstream list(line.substr(at + 7, close - at - 7));
    int ids = 0;
    for (std::string item; std::getline(list, item, ',');) {
      item.erase(0, item.find_first_not_of(' '));
      item.erase(item.find_last_not_of(' ') + 1);
      std::smatch m;
      if (!std::regex_match(item, m, token)) {
        scan.unresolved.push_back(where + ": \"" + item + "\" is not an id or a range of ids");
        continue;
      }
      ++ids;
      const std::string first = m[1].str() + m[2].str();
      if (!notes.ids.count(first)) scan.unresolved.push_back(where + ": no entry " + first);
      if (m[3].matched) {
        const std::string last = m[3].str() + m[4].str();
        if (m[3] != m[1] || std::stoi(m[4]) <= std::stoi(m[2]))
          scan.unresolved.push_back(where + ": bad range " + item);
        else if (!notes.ids.count(last))
          scan.unresolved.push_back(where + ": no entry " + last);
      }
    }
    if (ids == 0) scan.unresolved.push_back(where + ": empty citation");
  }
}

Scan scan_tree(const Notes& notes) {
  // The old forms: the report's name, "row 40", "rows 29-32", "rule 6", "rules 11-17",
  // "section 9", "section-5".
  const std::regex old(R"((^|[^A-Za-z0-9_-])([Rr]ows?|[Rr]ules?|[Ss]ections?)[ -][0-9])");
  Scan scan;
  for (const fs::path& file : cited_files()) {
    const bool is_notes = fs::equivalent(file, kNotes);  // it explains the report's numbering
    int n = 0;
    for (const std::string& line : lines_of(file)) {
      const std::string where = repo_path(file) + ":" + std::to_string(++n);
      check_citations(where, line, notes, scan);
      if (!is_notes && (line.find("DOMAIN") != std::string::npos || std::regex_search(line, old)))
        scan.old_style.push_back(where + ": " + line);
    }
  }
  return scan;
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += "\n  " + x;
  return s;
}

}  // namespace

TEST_CASE("the domain notes that citations point at have one entry per id") {
  const Notes notes = read_notes();
  CHECK_MESSAGE(notes.problems.empty(), joined(notes.problems));
  CHECK(notes.ids.count("N29"));
  CHECK(notes.ids.count("R22"));
  CHECK(notes.ids.count("S5"));
  // Each source an entry names is listed under Sources.
  const std::regex source_id(R"(\bS[0-9]+\b)");
  std::vector<std::string> missing;
  int n = 0;
  for (const std::string& line : lines_of(kNotes)) {
    ++n;
    if (line == "## Sources") break;
    for (std::sregex_iterator it(line.begin(), line.end(), source_id), end; it != end; ++it)
      if (!notes.ids.count(it->str()))
        missing.push_back("src/core/README.md:" + std::to_string(n) + ": " + it->str());
  }
  CHECK_MESSAGE(missing.empty(), "sources named but not listed:" << joined(missing));
}

TEST_CASE("every (notes ...) citation names an entry of src/core/README.md") {
  const Scan scan = scan_tree(read_notes());
  CHECK(scan.citations > 100);  // the scan found the tree
  CHECK_MESSAGE(scan.unresolved.empty(),
                "citations that do not resolve:" << joined(scan.unresolved));
}

TEST_CASE("no citation of the external domain report remains") {
  const Scan scan = scan_tree(read_notes());
  CHECK_MESSAGE(scan.old_style.empty(),
                "old-style citations (run tests/tools/rewrite_citations.py "
                "from the repository root):"
                    << joined(scan.old_style));
}
