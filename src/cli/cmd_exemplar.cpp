// `smpsim exemplar LEVEL -o OUT`: write the expert's attempt at a level, as a dots CSV or a save.
#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>
#include <memory>
#include <string>

#include "cli/command.hpp"
#include "core/exemplar/exemplar.hpp"
#include "core/scoring/score.hpp"
#include "io/atomic_file.hpp"
#include "io/attempt/attempt_io.hpp"
#include "io/attempt/dots_csv.hpp"
#include "io/errors.hpp"
#include "io/level/level_io.hpp"
#include "io/version.hpp"

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

smp::cli::CommandRegistrar reg{
    "exemplar", "Write the expert's attempt at a level (dots CSV or a save)", [](CLI::App& sub) {
      auto level_path = std::make_shared<std::string>();
      auto out = std::make_shared<std::string>();
      sub.add_option("LEVEL", *level_path, "Level file")->required();
      sub.add_option("-o,--output", *out, "OUT.csv (dots) or OUT.json (a save)")->required();
      sub.footer(
          "The exemplar is deterministic from the level's seed: blue-noise dots at the target\n"
          "density per zone and session, a feathered irregular hairline on the recommended plan,\n"
          "scars matched to their surroundings, the right depth and shade. A client who must be\n"
          "declined gets a declined attempt (no dots).\n"
          "A .csv output replaces an existing file atomically; a .json save never overwrites.\n"
          "Exit codes: 0 written, 2 bad level or output name, 3 cannot write (or the save "
          "exists).");
      return std::function<int()>([level_path, out] {
        using namespace smp;
        const bool csv = ends_with(*out, ".csv");
        if (!csv && !ends_with(*out, ".json"))
          throw io::InputError(*out, "", "the output must end in .csv (dots) or .json (a save)");
        const core::Level level = io::load_level(*level_path);
        const core::Scalp scalp = core::generate_scalp(level.client);
        const core::Attempt attempt = core::make_exemplar(level, scalp);
        const core::Report report = core::score_attempt(level, scalp, attempt);
        if (csv) {
          io::write_file_atomic(*out, io::dots_to_csv(attempt.dots));
        } else {
          io::SaveFile save;
          save.app_version = io::smpsim_version();
          save.scoring_version = report.scoring_version;
          save.level = level;
          save.attempt = attempt;
          save.score = io::summarize_report(report);
          io::write_save(*out, save);
        }
        std::cout << "wrote " << *out << ": " << attempt.dots.size() << " dots, "
                  << (attempt.decision == core::Decision::Decline ? "declined, " : "") << "overall "
                  << report.overall_score << (report.passed ? " (passed)" : " (NOT passed)")
                  << "\n";
        return io::kExitOk;
      });
    }};

}  // namespace
