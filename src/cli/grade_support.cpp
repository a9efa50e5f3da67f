#include "cli/grade_support.hpp"

// json_reader.hpp first: it fixes rapidjson's configuration for every TU (see there).
#include "io/json_reader.hpp"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "core/base/text_format.hpp"
#include "core/colour/pigment_plan.hpp"
#include "core/scoring/score.hpp"
#include "io/attempt/dots_csv.hpp"

namespace smp::cli {
using core::fmt;

core::Attempt attempt_from_csv(const core::Level& level, const core::Scalp& scalp,
                               const std::string& csv_path) {
  const core::PigmentPlan plan = core::expert_pigment_plan(level.task, scalp.spec.profile,
                                                           core::scoring_params_for(level).colour);
  io::DotsCsvSpec spec;
  spec.chart_bounds_mm = scalp.chart.bounds_mm;
  spec.max_session = std::max(1, level.task.sessions);
  spec.defaults.session = spec.max_session;
  spec.defaults.depth_mm = 0.30;
  spec.defaults.needle = {core::NeedleConfig::RL1, 0.20};
  spec.defaults.dilution_water_parts = plan.session.back().dilution_water_parts;
  const io::DotsCsv csv = io::read_dots_csv(csv_path, spec);

  core::Attempt a;
  a.level_id = level.id;
  a.trainee = "csv";
  a.seed = scalp.spec.seed;
  a.mode = level.rules.mode;
  a.dots = csv.dots;
  a.decision = a.dots.empty() ? core::Decision::Decline : core::Decision::Treat;
  if (a.decision == core::Decision::Decline) return a;
  a.session_pigments = csv.has_pigment ? core::session_pigments_of_dots(a.dots, plan.session)
                                       : core::planned_session_pigments(a.dots, plan.session);
  return a;
}

std::string report_summary(const core::Level& level, const core::Report& report) {
  std::ostringstream os;
  os << fmt("Level %s: \"%s\" (scoring v%d)\n", level.id.c_str(), level.title.c_str(),
            report.scoring_version);
  os << fmt("Overall %.1f / 100: %s (pass mark %.0f)\n", report.overall_score,
            report.passed ? "PASSED" : "NOT PASSED", level.scoring.pass_mark);
  for (const std::string& s : report.summary) os << "  " << s << "\n";
  for (const core::MetricResult& m : report.metrics) {
    if (!m.applicable) {
      os << fmt("  %-22s   n/a\n", core::metric_name(m.id).c_str());
      continue;
    }
    os << fmt("  %-22s %5.1f  %s\n", core::metric_name(m.id).c_str(), m.score,
              m.passed ? "passed" : "NOT passed");
  }
  for (const core::MetricResult& m : report.metrics) {
    if (!m.applicable || m.feedback.empty()) continue;
    os << "\n" << core::metric_name(m.id) << ":\n";
    for (const std::string& f : m.feedback) os << "  - " << f << "\n";
  }
  return os.str();
}

std::string report_json(const core::Level& level, const core::Report& report) {
  namespace rj = RAPIDJSON_NAMESPACE;
  rj::StringBuffer buf;
  rj::PrettyWriter<rj::StringBuffer> w(buf);
  w.SetIndent(' ', 2);
  auto num = [&](double v) {
    if (std::isfinite(v))
      w.Double(v);
    else
      w.Null();  // JSON has no NaN: a statistic that could not be measured
  };
  w.StartObject();
  w.Key("level");
  w.String(level.id.c_str());
  w.Key("scoring_version");
  w.Int(report.scoring_version);
  w.Key("overall");
  w.StartObject();
  w.Key("score");
  num(report.overall_score);
  w.Key("passed");
  w.Bool(report.passed);
  w.EndObject();
  w.Key("metrics");
  w.StartObject();
  for (const core::MetricResult& m : report.metrics) {
    w.Key(core::metric_name(m.id).c_str());
    w.StartObject();
    w.Key("applicable");
    w.Bool(m.applicable);
    w.Key("score");
    if (m.applicable)
      num(m.score);
    else
      w.Null();
    w.Key("passed");
    w.Bool(m.passed);
    w.Key("stats");
    w.StartObject();
    for (const core::Stat& s : m.stats) {
      w.Key(s.key.c_str());
      num(s.value);
    }
    // Grouped statistics (per zone, per scar) as nested objects.
    for (const auto& [group, stats] : m.groups) {
      w.Key(group.c_str());
      w.StartObject();
      for (const core::Stat& s : stats) {
        w.Key(s.key.c_str());
        num(s.value);
      }
      w.EndObject();
    }
    w.EndObject();
    w.Key("feedback");
    w.StartArray();
    for (const std::string& f : m.feedback) w.String(f.c_str());
    w.EndArray();
    w.Key("spots");
    w.StartArray();
    for (const core::Spot& s : m.spots) {
      w.StartObject();
      w.Key("x_mm");
      num(s.pos_mm.x);
      w.Key("y_mm");
      num(s.pos_mm.y);
      w.Key("kind");
      w.String(s.kind.c_str());
      w.Key("count");
      w.Int(s.count);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndObject();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

std::string report_csv(const std::string& attempt_label, const core::Report& report) {
  std::string header = "attempt,level,scoring_version,overall,passed";
  std::string label = attempt_label;
  // A comma or quote in a path would break the row: quote it the CSV way.
  if (label.find_first_of(",\"\n") != std::string::npos) {
    std::string q = "\"";
    for (char c : label) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    label = q + "\"";
  }
  std::string row = label + "," + report.level_id + "," + std::to_string(report.scoring_version) +
                    "," + fmt("%.2f", report.overall_score) + "," + (report.passed ? "1" : "0");
  for (const core::MetricResult& m : report.metrics) {
    const std::string name = core::metric_name(m.id);
    header += "," + name + "," + name + "_passed";
    row += "," + (m.applicable ? fmt("%.2f", m.score) : std::string()) + "," +
           (m.applicable ? (m.passed ? "1" : "0") : std::string());
  }
  return header + "\n" + row + "\n";
}

}  // namespace smp::cli
