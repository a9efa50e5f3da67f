// What grade, exemplar and export-dots share: turning a level + CSV dots into an attempt, and a
// Report into the summary, JSON and CSV the `grade` command prints.
// Not the scoring (core/scoring/score.hpp) nor the file formats (io/dots_csv, io/attempt_io).
#pragma once
#include <string>
#include <vector>

#include "core/attempt.hpp"
#include "core/level.hpp"
#include "core/report.hpp"
#include "core/scalp/scalp.hpp"

namespace smp::cli {

// An attempt from a dots CSV: absent columns take the expert's choices for the level (session =
// the level's last session, depth 0.30 mm, needle 1RL-0.20, the exemplar's shade for that
// session); zero rows means the client was declined. Throws io::InputError for a bad file.
core::Attempt attempt_from_csv(const core::Level& level, const core::Scalp& scalp,
                               const std::string& csv_path);

std::string report_summary(const core::Level& level, const core::Report& report);
// {"level", "scoring_version", "overall": {"score","passed"}, "metrics": {NAME: {...}}}.
std::string report_json(const core::Level& level, const core::Report& report);
// Header line + one row: attempt,level,scoring_version,overall,passed, then per metric
// NAME (score, empty when not applicable) and NAME_passed.
std::string report_csv(const std::string& attempt_label, const core::Report& report);

}  // namespace smp::cli
