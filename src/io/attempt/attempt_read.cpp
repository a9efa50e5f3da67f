// Reading saves, strictly: every error names its JSON path and the file.
// json_reader.hpp first: it fixes rapidjson's configuration for every TU (see there).
#include "io/json_reader.hpp"

#include <cmath>

#include "core/scalp/chart.hpp"
#include "io/atomic_file.hpp"
#include "io/attempt/attempt_io.hpp"
#include "io/errors.hpp"
#include "io/level/level_io.hpp"

namespace smp::io {

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

SaveFile load_save(const std::filesystem::path& path) {
  return parse_save_json(read_text_file(path, kMaxSaveBytes), path.string());
}

}  // namespace smp::io
