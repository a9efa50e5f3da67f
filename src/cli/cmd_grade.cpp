// `smpsim grade SAVE.json` / `smpsim grade --level L --dots D.csv`: recompute the score of an
// attempt and print it as a readable summary, JSON or a CSV row.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "cli/command.hpp"
#include "cli/grade_support.hpp"
#include "core/scoring/score.hpp"
#include "io/attempt/attempt_io.hpp"
#include "io/errors.hpp"
#include "io/level/level_io.hpp"

namespace {

struct GradeOptions {
  std::string save;
  std::string level;
  std::string dots;
  bool json = false;
  bool csv = false;
  bool require_pass = false;
};

smp::cli::CommandRegistrar reg{
    "grade", "Score an attempt (a save, or a level + dots CSV) and explain the score",
    [](CLI::App& sub) {
      auto o = std::make_shared<GradeOptions>();
      sub.add_option("SAVE", o->save, "A saved attempt (saves/*.json)");
      sub.add_option("--level", o->level, "Level file, with --dots");
      sub.add_option("--dots", o->dots,
                     "Dots CSV: x_mm,y_mm[,depth_mm,session,needle,pigment,t_ms]");
      auto* json = sub.add_flag("--json", o->json, "Print the full report as JSON");
      sub.add_flag("--csv", o->csv, "Print a header and one row for spreadsheets")->excludes(json);
      sub.add_flag("--require-pass", o->require_pass, "Exit 1 when the attempt did not pass");
      sub.footer(
          "A save's stored score is never trusted: the score is recomputed and any difference\n"
          "from the stored one is reported (on stderr with --json/--csv).\n"
          "CSV columns absent from the file take the expert's choice: session = the level's\n"
          "last session, depth 0.30 mm, needle 1RL-0.20, the exemplar's shade. A CSV with a\n"
          "header and no rows is a declined client.\n"
          "Exit codes: 0 graded (passed or not), 1 not passed with --require-pass,\n"
          "2 bad input (file, level, CSV line), 3 environment.\n"
          "Examples:\n"
          "  smpsim grade saves/ada-norwood3-hairline-20260101-120000.json\n"
          "  smpsim grade --level levels/01-norwood3-hairline.json --dots dots.csv --json");
      return std::function<int()>([o] {
        using namespace smp;
        const bool from_save = !o->save.empty();
        if (from_save == (!o->level.empty() || !o->dots.empty()))
          throw io::InputError("", "", "give either SAVE, or --level LEVEL --dots DOTS.csv");
        if (!from_save && (o->level.empty() || o->dots.empty()))
          throw io::InputError("", "", "--level and --dots go together");
        core::Level level;
        core::Attempt attempt;
        io::StoredScore stored;
        int stored_version = 0;
        if (from_save) {
          io::SaveFile s = io::load_save(o->save);
          level = std::move(s.level);
          attempt = std::move(s.attempt);
          stored = std::move(s.score);
          stored_version = s.scoring_version;
        } else {
          level = io::load_level(o->level);
        }
        const core::Scalp scalp = core::generate_scalp(level.client);
        if (!from_save) attempt = cli::attempt_from_csv(level, scalp, o->dots);
        const core::Report report = core::score_attempt(level, scalp, attempt);

        std::vector<std::string> diffs;
        if (from_save) diffs = io::compare_scores(stored, io::summarize_report(report));
        std::ostream& note = (o->json || o->csv) ? std::cerr : std::cout;
        if (o->json) {
          std::cout << cli::report_json(level, report);
        } else if (o->csv) {
          std::cout << cli::report_csv(from_save ? o->save : o->dots, report);
        } else {
          std::cout << cli::report_summary(level, report);
        }
        const char* lead = (o->json || o->csv) ? "smpsim: " : "\n";
        if (from_save && stored_version != report.scoring_version)
          note << lead << "the save was scored with scoring v" << stored_version
               << "; it has been re-scored with scoring v" << report.scoring_version
               << " (the recomputed score is the one that counts)\n";
        if (!diffs.empty()) {
          note << lead
               << "the score stored in the save differs from the recomputed one (the recomputed "
                  "score is the one that counts):\n";
          for (const auto& d : diffs) note << "  " << d << "\n";
        }
        std::cout.flush();
        return (o->require_pass && !report.passed) ? io::kExitFailed : io::kExitOk;
      });
    }};

}  // namespace
