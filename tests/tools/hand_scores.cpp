// hand_scores: every hand model (tests/hands) on every shipped treat level, one TSV row each:
// what the grader makes of people's dots. A measuring tool for calibrating the grader (issue 10),
// not a test: it asserts nothing. Run it from a Release build:
//   build-rel/tests/hand_scores [--levels DIR] [--only 00,01] [--hands a,b] [--aim-sigma MM]
//                              [--seed N] [--saves DIR]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/client.hpp"
#include "core/scoring/score.hpp"
#include "hands/hands.hpp"
#include "io/attempt/attempt_io.hpp"
#include "io/level/level_io.hpp"
#include "io/version.hpp"

namespace fs = std::filesystem;
using namespace smp;

namespace {

struct Options {
  fs::path levels = fs::path(SMP_SOURCE_DIR) / "levels";
  std::vector<std::string> only;   // level file prefixes
  std::vector<std::string> hands;  // hand names
  double aim_sigma_mm = 0.3;
  std::uint64_t seed = 1;
  fs::path saves;  // when set, one save per row (for smpsim render)
};

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string item; std::getline(in, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

bool wanted(const std::vector<std::string>& list, const std::string& name, bool prefix) {
  if (list.empty()) return true;
  return std::any_of(list.begin(), list.end(), [&](const std::string& w) {
    return prefix ? name.rfind(w, 0) == 0 : name == w;
  });
}

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

void save(const Options& o, const std::string& file, const core::Level& level,
          const core::Attempt& a, const core::Report& r) {
  io::SaveFile sf;
  sf.app_version = io::smpsim_version();
  sf.scoring_version = r.scoring_version;
  sf.level = level;
  sf.attempt = a;
  sf.score = io::summarize_report(r);
  const fs::path out = o.saves / (file + ".json");
  fs::remove(out);
  io::write_save(out, sf);
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i], v = argv[i + 1];
    if (k == "--levels")
      o.levels = v;
    else if (k == "--only")
      o.only = split(v);
    else if (k == "--hands")
      o.hands = split(v);
    else if (k == "--aim-sigma")
      o.aim_sigma_mm = std::stod(v);
    else if (k == "--seed")
      o.seed = std::stoull(v);
    else if (k == "--saves")
      o.saves = v;
    else {
      std::cerr << "unknown option " << k << "\n";
      return 2;
    }
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(o.levels))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (!o.saves.empty()) fs::create_directories(o.saves);
  hands::HandParams hp;
  hp.aim_sigma_mm = o.aim_sigma_mm;
  std::cout << "level\thand\taim_sigma_mm\tdots\tminutes\toverall";
  for (int m = 0; m <= static_cast<int>(core::MetricId::DepthControl); ++m)
    std::cout << '\t' << core::metric_name(static_cast<core::MetricId>(m));
  std::cout << "\tpassed\tfailed_metrics\n";
  for (const fs::path& f : files) {
    const std::string stem = f.stem().string();
    if (!wanted(o.only, stem, true)) continue;
    const core::Level level = io::load_level(f);
    const core::Scalp scalp = core::generate_scalp(level.client);
    if (level.expected_decision == core::Decision::Decline ||
        core::should_decline(scalp.spec.profile))
      continue;  // a decline level has no dots to place
    for (hands::Hand h : hands::all_hands()) {
      const std::string name = hands::hand_name(h);
      if (!wanted(o.hands, name, false) || !hands::hand_applies(h, level, scalp)) continue;
      const auto t0 = std::chrono::steady_clock::now();
      const core::Attempt a = hands::make_hand_attempt(h, level, scalp, o.seed, hp);
      const core::Report r = core::score_attempt(level, scalp, a);
      const double secs =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::cout << stem.substr(0, 2) << '\t' << name << '\t' << o.aim_sigma_mm << '\t'
                << a.dots.size() << '\t' << fmt(hands::work_minutes(a)) << '\t'
                << fmt(r.overall_score);
      std::string failed;
      for (const core::MetricResult& m : r.metrics) {
        std::cout << '\t' << (m.applicable ? fmt(m.score) : "-");
        if (m.applicable && !m.passed)
          failed += (failed.empty() ? "" : ",") + core::metric_name(m.id);
      }
      std::cout << '\t' << (r.passed ? "yes" : "no") << '\t' << (failed.empty() ? "-" : failed)
                << '\n'
                << std::flush;
      std::cerr << stem << ' ' << name << ' ' << fmt(secs) << " s\n";
      if (!o.saves.empty()) save(o, stem.substr(0, 2) + "-" + name, level, a, r);
    }
  }
  return 0;
}
