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
#include "core/colour/target_shade.hpp"
#include "core/scoring/score.hpp"
#include "io/dots_csv.hpp"

namespace smp::cli {
using core::fmt;

core::Attempt attempt_from_csv(const core::Level& level, const core::Scalp& scalp,
                               const std::string& csv_path) {
  // The expert's shades (as make_exemplar picks them), without placing any dots.
  core::Attempt expert;
  {
    const std::vector<core::Pigment> palette = core::default_palette();
    const int last_step = static_cast<int>(palette.size()) - 1;
    const bool given = !level.task.colour_choice && level.task.given_pigment.has_value();
    const int step = core::palette_step(
        given ? level.task.given_pigment->dilution_water_parts
              : core::target_dilution_water_parts(scalp.spec.profile.hair_colour,
                                                  scalp.spec.profile.fitzpatrick,
                                                  core::scoring_params_for(level).colour));
    const int sessions = std::max(1, level.task.sessions);
    for (int s = 1; s <= sessions; ++s)
      expert.session_pigments.push_back(
          given ? *level.task.given_pigment
                : palette[static_cast<std::size_t>(
                      s == 1 && sessions > 1 ? std::min(step + 1, last_step) : step)]);
  }
  io::DotsCsvSpec spec;
  spec.chart_bounds_mm = scalp.chart.bounds_mm;
  spec.max_session = std::max(1, level.task.sessions);
  spec.defaults.session = spec.max_session;
  spec.defaults.depth_mm = 0.30;
  spec.defaults.needle = {core::NeedleConfig::RL1, 0.20};
  if (!expert.session_pigments.empty())
    spec.defaults.dilution_water_parts = expert.session_pigments.back().dilution_water_parts;
  const io::DotsCsv csv = io::read_dots_csv(csv_path, spec);

  core::Attempt a;
  a.level_id = level.id;
  a.trainee = "csv";
  a.seed = scalp.spec.seed;
  a.mode = level.rules.mode;
  a.dots = csv.dots;
  a.decision = a.dots.empty() ? core::Decision::Decline : core::Decision::Treat;
  if (a.decision == core::Decision::Decline) return a;
  int last = 1;
  for (const core::Dot& d : a.dots) last = std::max(last, d.session);
  for (int s = 1; s <= last; ++s) {
    core::Pigment p = s - 1 < static_cast<int>(expert.session_pigments.size())
                          ? expert.session_pigments[static_cast<std::size_t>(s - 1)]
                          : core::Pigment{"8:1", 8.0};
    if (csv.has_pigment) {
      std::vector<double> v;
      for (const core::Dot& d : a.dots)
        if (d.session == s) v.push_back(d.dilution_water_parts);
      if (!v.empty()) {
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
        p.dilution_water_parts = v[v.size() / 2];
        p.name = p.dilution_water_parts <= 0 ? "neat" : fmt("%g:1", p.dilution_water_parts);
      }
    }
    a.session_pigments.push_back(p);
  }
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
