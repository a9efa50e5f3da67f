#include "io/attempt/attempt_io.hpp"

#include <cmath>
#include <cstdio>
#include <ctime>

namespace smp::io {

StoredScore summarize_report(const core::Report& report) {
  StoredScore s;
  s.overall = report.overall_score;
  s.passed = report.passed;
  for (const core::MetricResult& m : report.metrics)
    s.metrics.push_back({core::metric_name(m.id), m.applicable, m.score, m.passed});
  return s;
}

std::vector<std::string> compare_scores(const StoredScore& stored, const StoredScore& recomputed,
                                        double tolerance_points) {
  std::vector<std::string> out;
  char buf[256];
  auto yes_no = [](bool b) { return b ? "passed" : "not passed"; };
  if (std::abs(stored.overall - recomputed.overall) > tolerance_points) {
    std::snprintf(buf, sizeof buf, "overall: stored %.2f, recomputed %.2f", stored.overall,
                  recomputed.overall);
    out.emplace_back(buf);
  }
  if (stored.passed != recomputed.passed)
    out.push_back(std::string("overall: stored ") + yes_no(stored.passed) + ", recomputed " +
                  yes_no(recomputed.passed));
  for (const StoredMetric& r : recomputed.metrics) {
    const StoredMetric* st = nullptr;
    for (const StoredMetric& m : stored.metrics)
      if (m.name == r.name) st = &m;
    if (st == nullptr) {
      out.push_back(r.name + ": not in the stored score");
      continue;
    }
    if (st->applicable != r.applicable)
      out.push_back(r.name + ": stored " + (st->applicable ? "applicable" : "not applicable") +
                    ", recomputed " + (r.applicable ? "applicable" : "not applicable"));
    if (std::abs(st->score - r.score) > tolerance_points) {
      std::snprintf(buf, sizeof buf, "%s: stored %.2f, recomputed %.2f", r.name.c_str(), st->score,
                    r.score);
      out.emplace_back(buf);
    }
    if (st->passed != r.passed)
      out.push_back(r.name + ": stored " + yes_no(st->passed) + ", recomputed " + yes_no(r.passed));
  }
  for (const StoredMetric& m : stored.metrics) {
    bool found = false;
    for (const StoredMetric& r : recomputed.metrics) found = found || r.name == m.name;
    if (!found) out.push_back(m.name + ": stored but not a metric this smpsim computes");
  }
  return out;
}

std::string default_save_name(std::string_view trainee, std::string_view level_id,
                              std::chrono::system_clock::time_point when) {
  auto clean = [](std::string_view s, std::string_view fallback) {
    std::string out;
    bool pending = false;
    for (char c : s) {
      const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '_' || c == '-';
      if (ok) {
        if (pending && !out.empty()) out += '_';
        pending = false;
        out += c;
      } else {
        pending = true;
      }
    }
    if (out.size() > 64) out.resize(64);
    return out.empty() ? std::string(fallback) : out;
  };
  const std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
  return clean(trainee, "trainee") + "-" + clean(level_id, "level") + "-" + stamp + ".json";
}

}  // namespace smp::io
