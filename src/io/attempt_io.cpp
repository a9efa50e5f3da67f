#include "io/attempt_io.hpp"

// json_reader.hpp first: it fixes rapidjson's configuration for every TU (see there).
#include "io/json_reader.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <cereal/archives/json.hpp>
#include <cereal/types/string.hpp>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sstream>

#include "core/chart.hpp"
#include "io/atomic_file.hpp"
#include "io/errors.hpp"
#include "io/level_io.hpp"

namespace smp::io {

// ---------------------------------------------------------------------------------------------
// Writing (cereal). Core types carry no cereal code (the core is pure), so small wrappers here
// say how each one is written; they live in this file only, so no other TU's serializers clash.
namespace {

constexpr std::string_view kLevelPlaceholder = "\"@@SMP_EMBEDDED_LEVEL@@\"";

std::string mode_name(core::Mode m) {
  return m == core::Mode::Exam ? "exam" : "practice";
}
std::string decision_name(core::Decision d) {
  switch (d) {
    case core::Decision::Treat:
      return "treat";
    case core::Decision::Decline:
      return "decline";
    case core::Decision::Undecided:
      break;
  }
  return "undecided";
}

struct Vec2Out {
  core::Vec2 v;
  template <class A>
  void save(A& ar) const {
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(2)));
    ar(v.x, v.y);
  }
};

struct PolylineOut {
  const core::Polyline& line;
  template <class A>
  void save(A& ar) const {
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(line.size())));
    for (const core::Vec2& p : line) ar(Vec2Out{p});
  }
};

struct PigmentOut {
  const core::Pigment& p;
  template <class A>
  void save(A& ar) const {
    ar(cereal::make_nvp("name", p.name),
       cereal::make_nvp("dilution_water_parts", p.dilution_water_parts));
  }
};

struct DotOut {
  const core::Dot& d;
  template <class A>
  void save(A& ar) const {
    ar(cereal::make_nvp("x_mm", d.pos_mm.x), cereal::make_nvp("y_mm", d.pos_mm.y),
       cereal::make_nvp("depth_mm", d.depth_mm),
       cereal::make_nvp("needle", core::needle_name(d.needle)),
       cereal::make_nvp("session", d.session), cereal::make_nvp("pigment", d.dilution_water_parts),
       cereal::make_nvp("t_ms", d.t_ms));
  }
};

struct PenOut {
  const core::PenSample& s;
  template <class A>
  void save(A& ar) const {
    ar(cereal::make_nvp("t_ms", s.t_ms), cereal::make_nvp("session", s.session),
       cereal::make_nvp("pointer_mm", Vec2Out{s.pointer_mm}),
       cereal::make_nvp("tip_mm", Vec2Out{s.tip_mm}), cereal::make_nvp("pressed", s.pressed));
  }
};

template <class T, class Wrap>
struct ListOut {
  const std::vector<T>& items;
  template <class A>
  void save(A& ar) const {
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(items.size())));
    for (const T& item : items) ar(Wrap{item});
  }
};

struct I64ListOut {
  const std::vector<std::int64_t>& items;
  template <class A>
  void save(A& ar) const {
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(items.size())));
    for (const std::int64_t v : items) ar(v);
  }
};

struct AttemptOut {
  const core::Attempt& a;
  template <class A>
  void save(A& ar) const {
    ar(cereal::make_nvp("level_id", a.level_id), cereal::make_nvp("trainee", a.trainee),
       cereal::make_nvp("seed", a.seed), cereal::make_nvp("mode", mode_name(a.mode)),
       cereal::make_nvp("decision", decision_name(a.decision)),
       cereal::make_nvp("mockup_hairline_mm", PolylineOut{a.mockup_hairline_mm}),
       cereal::make_nvp("session_pigments", ListOut<core::Pigment, PigmentOut>{a.session_pigments}),
       cereal::make_nvp("session_duration_ms", I64ListOut{a.session_duration_ms}),
       cereal::make_nvp("dots", ListOut<core::Dot, DotOut>{a.dots}),
       cereal::make_nvp("pen_path", ListOut<core::PenSample, PenOut>{a.pen_path}));
  }
};

struct MetricOut {
  const StoredMetric& m;
  template <class A>
  void save(A& ar) const {
    ar(cereal::make_nvp("name", m.name), cereal::make_nvp("applicable", m.applicable),
       cereal::make_nvp("score", m.score), cereal::make_nvp("passed", m.passed));
  }
};

struct ScoreOut {
  const StoredScore& s;
  template <class A>
  void save(A& ar) const {
    ar(cereal::make_nvp("overall", s.overall), cereal::make_nvp("passed", s.passed),
       cereal::make_nvp("metrics", ListOut<StoredMetric, MetricOut>{s.metrics}));
  }
};

}  // namespace

template <class A>
void save(A& ar, const SaveFile& s, std::uint32_t /*version*/) {
  ar(cereal::make_nvp("schema_version", s.schema_version),
     cereal::make_nvp("app_version", s.app_version),
     cereal::make_nvp("scoring_version", s.scoring_version),
     cereal::make_nvp("level_hash", s.level_hash),
     // The level is written by level_io (its canonical JSON) and spliced in here, so a save
     // embeds exactly the document a level file holds.
     cereal::make_nvp("level",
                      std::string(kLevelPlaceholder.substr(1, kLevelPlaceholder.size() - 2))),
     cereal::make_nvp("attempt", AttemptOut{s.attempt}),
     cereal::make_nvp("score", ScoreOut{s.score}));
}

}  // namespace smp::io

CEREAL_CLASS_VERSION(smp::io::SaveFile, 1)

namespace smp::io {

std::string save_to_json(const SaveFile& save) {
  SaveFile s = save;
  s.level_hash = level_hash(save.level);
  std::ostringstream os;
  {
    // 324 decimal places = no truncation: doubles round-trip exactly (rapidjson prints shortest).
    cereal::JSONOutputArchive ar(
        os, cereal::JSONOutputArchive::Options(
                324, cereal::JSONOutputArchive::Options::IndentChar::space, 2));
    ar(cereal::make_nvp("smpsim_save", s));
  }
  std::string text = os.str();
  const std::size_t at = text.find(kLevelPlaceholder);
  if (at == std::string::npos) throw std::logic_error("save_to_json: level placeholder lost");
  const std::size_t line_start = text.rfind('\n', at) + 1;
  std::size_t indent = 0;
  while (text[line_start + indent] == ' ') ++indent;
  std::string level = level_to_json(save.level);
  while (!level.empty() && (level.back() == '\n' || level.back() == ' ')) level.pop_back();
  std::string indented;
  indented.reserve(level.size() + 64);
  for (char c : level) {
    indented += c;
    if (c == '\n') indented.append(indent, ' ');
  }
  text.replace(at, kLevelPlaceholder.size(), indented);
  if (text.empty() || text.back() != '\n') text += '\n';
  return text;
}

// ---------------------------------------------------------------------------------------------
// Reading: strict, through json_reader so every error names its JSON path.
namespace {

core::Vec2 read_vec2(const json::Node& n) {
  const auto items = n.as_array();
  if (items.size() != 2)
    n.fail("expected [x_mm, y_mm], got " + std::to_string(items.size()) + " numbers");
  return {items[0].as_double(), items[1].as_double()};
}

core::Polyline read_polyline(const json::Node& n) {
  core::Polyline out;
  for (const auto& item : n.as_array()) out.push_back(read_vec2(item));
  return out;
}

std::int64_t read_int64(const json::Node& n) {
  if (n.raw().IsInt64()) return n.raw().GetInt64();
  n.fail("expected a whole number, got " + json::type_name(n.raw()));
}

core::Dot read_dot(const json::Node& n, const core::Level& level, const core::RectMm& bounds) {
  json::Object o(n);
  o.only({"x_mm", "y_mm", "depth_mm", "needle", "session", "pigment", "t_ms"});
  core::Dot d;
  d.pos_mm.x = o.require("x_mm").as_double();
  d.pos_mm.y = o.require("y_mm").as_double();
  if (!bounds.contains(d.pos_mm))
    n.fail("dot at (" + std::to_string(d.pos_mm.x) + ", " + std::to_string(d.pos_mm.y) +
           ") mm is off the level's chart");
  {
    const json::Node dn = o.require("depth_mm");
    d.depth_mm = dn.as_double();
    if (!(d.depth_mm > 0.0 && d.depth_mm <= 5.0)) dn.fail("depth must be in (0, 5] mm");
  }
  {
    const json::Node nn = o.require("needle");
    if (!core::parse_needle(nn.as_string(), d.needle))
      nn.fail("'" + nn.as_string() + "' is not a needle; expected e.g. 1RL-0.20 or 3RL-0.25");
  }
  {
    const json::Node sn = o.require("session");
    d.session = sn.as_int();
    if (d.session < 1 || d.session > level.task.sessions)
      sn.fail("session " + std::to_string(d.session) + " is outside the level's 1.." +
              std::to_string(level.task.sessions));
  }
  {
    const json::Node pn = o.require("pigment");
    d.dilution_water_parts = pn.as_double();
    if (d.dilution_water_parts < 0.0 || d.dilution_water_parts > 100.0)
      pn.fail("dilution must be 0..100 parts of water");
  }
  {
    const json::Node tn = o.require("t_ms");
    d.t_ms = read_int64(tn);
    if (d.t_ms < 0) tn.fail("t_ms must not be negative");
  }
  o.finish();
  return d;
}

core::PenSample read_pen(const json::Node& n) {
  json::Object o(n);
  o.only({"t_ms", "session", "pointer_mm", "tip_mm", "pressed"});
  core::PenSample s;
  s.t_ms = read_int64(o.require("t_ms"));
  s.session = o.require("session").as_int();
  s.pointer_mm = read_vec2(o.require("pointer_mm"));
  s.tip_mm = read_vec2(o.require("tip_mm"));
  s.pressed = o.require("pressed").as_bool();
  o.finish();
  return s;
}

core::Attempt read_attempt(const json::Node& n, const core::Level& level) {
  json::Object o(n);
  o.only({"level_id", "trainee", "seed", "mode", "decision", "mockup_hairline_mm",
          "session_pigments", "session_duration_ms", "dots", "pen_path"});
  core::Attempt a;
  {
    const json::Node id = o.require("level_id");
    a.level_id = id.as_string();
    if (a.level_id != level.id)
      id.fail("the attempt is for level '" + a.level_id + "' but the save embeds level '" +
              level.id + "'");
  }
  a.trainee = o.require("trainee").as_string();
  a.seed = o.require("seed").as_uint64();
  {
    const json::Node m = o.require("mode");
    const std::string s = m.as_string();
    if (s == "practice")
      a.mode = core::Mode::Practice;
    else if (s == "exam")
      a.mode = core::Mode::Exam;
    else
      m.fail("unknown mode '" + s + "'; expected practice or exam");
  }
  {
    const json::Node d = o.require("decision");
    const std::string s = d.as_string();
    if (s == "undecided")
      a.decision = core::Decision::Undecided;
    else if (s == "treat")
      a.decision = core::Decision::Treat;
    else if (s == "decline")
      a.decision = core::Decision::Decline;
    else
      d.fail("unknown decision '" + s + "'; expected undecided, treat or decline");
  }
  a.mockup_hairline_mm = read_polyline(o.require("mockup_hairline_mm"));
  for (const auto& p : o.require("session_pigments").as_array()) {
    json::Object po(p);
    po.only({"name", "dilution_water_parts"});
    core::Pigment pig;
    pig.name = po.require("name").as_string();
    const json::Node dn = po.require("dilution_water_parts");
    pig.dilution_water_parts = dn.as_double();
    if (pig.dilution_water_parts < 0.0 || pig.dilution_water_parts > 100.0)
      dn.fail("dilution must be 0..100 parts of water");
    po.finish();
    a.session_pigments.push_back(pig);
  }
  {
    const json::Node sp = o.require("session_pigments");
    if (a.session_pigments.size() > static_cast<std::size_t>(level.task.sessions))
      sp.fail("has " + std::to_string(a.session_pigments.size()) + " sessions; the level has " +
              std::to_string(level.task.sessions));
  }
  for (const auto& t : o.require("session_duration_ms").as_array()) {
    a.session_duration_ms.push_back(read_int64(t));
    if (a.session_duration_ms.back() < 0) t.fail("a duration must not be negative");
  }
  const core::RectMm bounds = core::make_chart(level.client.chart).bounds_mm;
  const auto dots = o.require("dots").as_array();
  a.dots.reserve(dots.size());
  for (const auto& d : dots) a.dots.push_back(read_dot(d, level, bounds));
  const auto pens = o.require("pen_path").as_array();
  a.pen_path.reserve(pens.size());
  for (const auto& p : pens) a.pen_path.push_back(read_pen(p));
  o.finish();
  return a;
}

StoredScore read_score(const json::Node& n) {
  json::Object o(n);
  o.only({"overall", "passed", "metrics"});
  StoredScore s;
  s.overall = o.require("overall").as_double();
  s.passed = o.require("passed").as_bool();
  for (const auto& m : o.require("metrics").as_array()) {
    json::Object mo(m);
    mo.only({"name", "applicable", "score", "passed"});
    StoredMetric sm;
    sm.name = mo.require("name").as_string();
    sm.applicable = mo.require("applicable").as_bool();
    sm.score = mo.require("score").as_double();
    sm.passed = mo.require("passed").as_bool();
    mo.finish();
    s.metrics.push_back(sm);
  }
  o.finish();
  return s;
}

}  // namespace

SaveFile parse_save_json(std::string_view text, const std::string& file_label) {
  const json::Document doc = json::parse_document(text, file_label);
  json::Object root(json::Node(doc, "$", file_label));
  root.only({"smpsim_save"});
  json::Object o(root.require("smpsim_save"));
  o.only({"cereal_class_version", "schema_version", "app_version", "scoring_version", "level_hash",
          "level", "attempt", "score"});
  if (auto v = o.get("cereal_class_version"); v && v->as_int() > 1)
    v->fail("written by a newer smpsim (class version " + std::to_string(v->as_int()) + ")");
  SaveFile s;
  {
    const json::Node v = o.require("schema_version");
    s.schema_version = v.as_int();
    if (s.schema_version < 1 || s.schema_version > kSaveSchemaVersion)
      v.fail("schema version " + std::to_string(s.schema_version) +
             " is not one this smpsim reads (1.." + std::to_string(kSaveSchemaVersion) + ")");
  }
  s.app_version = o.require("app_version").as_string();
  s.scoring_version = o.require("scoring_version").as_int();
  const json::Node level_node = o.require("level");
  if (!level_node.is_object()) level_node.fail("expected the embedded level object");
  {
    RAPIDJSON_NAMESPACE::StringBuffer buf;
    RAPIDJSON_NAMESPACE::Writer<RAPIDJSON_NAMESPACE::StringBuffer> writer(buf);
    level_node.raw().Accept(writer);
    try {
      s.level = parse_level_json(std::string_view(buf.GetString(), buf.GetSize()), file_label);
    } catch (const InputError& e) {
      // Re-anchor the level's own paths ("$.client...") under the save's.
      std::string where = e.where();
      if (where.rfind("$", 0) == 0) where = level_node.path() + where.substr(1);
      throw InputError(file_label, where, e.what());
    }
  }
  {
    const json::Node h = o.require("level_hash");
    s.level_hash = h.as_string();
    const std::string actual = level_hash(s.level);
    if (s.level_hash != actual)
      h.fail("does not match the embedded level (its hash is " + actual +
             "): the level was edited after the attempt was saved");
  }
  s.attempt = read_attempt(o.require("attempt"), s.level);
  s.score = read_score(o.require("score"));
  o.finish();
  root.finish();
  return s;
}

void write_save(const std::filesystem::path& path, const SaveFile& save) {
  write_new_file_atomic(path, save_to_json(save));
}

SaveFile load_save(const std::filesystem::path& path) {
  return parse_save_json(read_text_file(path, kMaxSaveBytes), path.string());
}

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
