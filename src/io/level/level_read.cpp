// Reading level JSON into core::Level: types, required fields, unknown fields and enum
// spellings. Range and cross-field checks are in level_io_check.cpp (check_level).
#include <string>

#include "io/atomic_file.hpp"
#include "io/errors.hpp"
#include "io/json_reader.hpp"
#include "io/level/level_io.hpp"
#include "io/level/level_names_internal.hpp"

namespace smp::io {

namespace {

using json::Node;
using json::Object;
namespace nm = names;

template <class E, std::size_t N>
E read_enum(const Node& n, const nm::Table<E, N>& table, const char* what) {
  const std::string s = n.as_string();
  if (auto e = nm::from_name(table, s)) return *e;
  n.fail("unknown " + std::string(what) + " " + json::printable(s) +
         "; expected one of: " + nm::list_names(table));
}

core::Vec2 read_point(const Node& n) {
  const auto xy = n.as_array();
  if (xy.size() != 2)
    n.fail("expected a point [x_mm, y_mm], got an array of " + std::to_string(xy.size()));
  return {xy[0].as_double(), xy[1].as_double()};
}

core::Polyline read_polyline(const Node& n) {
  core::Polyline line;
  for (const auto& p : n.as_array()) line.push_back(read_point(p));
  return line;
}

core::ClientProfile read_profile(const Node& n) {
  Object o = n.as_object();
  o.only({"name", "age_years", "sex", "fitzpatrick", "skin_condition", "hair_colour",
          "contraindications"});
  core::ClientProfile p;
  p.name = o.require("name").as_string();
  p.age_years = o.require("age_years").as_int();
  p.sex = read_enum(o.require("sex"), nm::kSex, "sex");
  p.fitzpatrick = o.require("fitzpatrick").as_int();
  if (auto s = o.get("skin_condition"))
    p.skin_condition = read_enum(*s, nm::kSkinCondition, "skin_condition");
  p.hair_colour = read_enum(o.require("hair_colour"), nm::kHairColour, "hair_colour");
  if (auto c = o.get("contraindications"))
    for (const auto& item : c->as_array()) {
      const auto ci = read_enum(item, nm::kContraindication, "contraindication");
      for (auto seen : p.contraindications)
        if (seen == ci) item.fail("contraindication listed twice");
      p.contraindications.push_back(ci);
    }
  return p;
}

core::NorwoodStage read_norwood(const Node& n) {
  const std::string s = n.as_string();
  if (s == "III vertex") return core::NorwoodStage::IIIVertex;  // norwood_name() spelling
  return read_enum(n, nm::kNorwood, "norwood_stage");
}

// Only the parameters that the pattern kind uses are allowed, so a parameter given for the
// wrong kind (ludwig_grade on a Norwood client) is reported instead of ignored.
core::HairLossSpec read_pattern(const Node& n) {
  Object o = n.as_object();
  core::HairLossSpec s;
  s.pattern = read_enum(o.require("kind"), nm::kLossPattern, "pattern kind");
  using core::LossPattern;
  switch (s.pattern) {
    case LossPattern::None:
    case LossPattern::FullyBald:
      o.only({"kind"});
      break;
    case LossPattern::Norwood:
      o.only({"kind", "norwood_stage"});
      s.norwood = read_norwood(o.require("norwood_stage"));
      break;
    case LossPattern::Ludwig:
    case LossPattern::Savin:
      o.only({"kind", "ludwig_grade", "savin_frontal", "remaining_density_fraction"});
      s.ludwig_grade = o.require("ludwig_grade").as_int();
      s.savin_frontal = json::opt_bool(o, "savin_frontal", false);
      s.remaining_density_fraction = json::opt_double(o, "remaining_density_fraction", 0.5);
      break;
    case LossPattern::AlopeciaAreata:
      o.only({"kind", "areata_patch_count", "areata_min_diameter_mm", "areata_max_diameter_mm",
              "areata_ophiasis"});
      s.areata_patch_count = o.require("areata_patch_count").as_int();
      s.areata_min_diameter_mm = json::opt_double(o, "areata_min_diameter_mm", 10.0);
      s.areata_max_diameter_mm = json::opt_double(o, "areata_max_diameter_mm", 40.0);
      s.areata_ophiasis = json::opt_bool(o, "areata_ophiasis", false);
      break;
    case LossPattern::DiffuseThinning:
      o.only({"kind", "remaining_density_fraction"});
      s.remaining_density_fraction = json::opt_double(o, "remaining_density_fraction", 0.5);
      break;
  }
  return s;
}

core::TissueProps read_tissue(const Node& n) {
  Object o = n.as_object();
  o.only({"retention_factor", "spread_factor", "hypopigmentation"});
  core::TissueProps t;
  t.retention_factor = json::opt_double(o, "retention_factor", t.retention_factor);
  t.spread_factor = json::opt_double(o, "spread_factor", t.spread_factor);
  t.hypopigmentation = json::opt_double(o, "hypopigmentation", t.hypopigmentation);
  return t;
}

core::ScarSpec read_scar(const Node& n) {
  Object o = n.as_object();
  core::ScarSpec s;
  s.kind = read_enum(o.require("kind"), nm::kScarKind, "scar kind");
  switch (s.kind) {
    case core::ScarKind::FutStrip:
      o.only({"kind", "path_mm", "length_mm", "width_mm", "tissue"});
      if (auto p = o.get("path_mm")) s.path_mm = read_polyline(*p);
      s.length_mm = json::opt_double(o, "length_mm", s.length_mm);
      s.width_mm = o.require("width_mm").as_double();
      break;
    case core::ScarKind::SurgicalLine:
      o.only({"kind", "path_mm", "width_mm", "tissue"});
      s.path_mm = read_polyline(o.require("path_mm"));
      s.width_mm = o.require("width_mm").as_double();
      break;
    case core::ScarKind::FuePunctures:
      o.only(
          {"kind", "puncture_count", "punch_min_diameter_mm", "punch_max_diameter_mm", "tissue"});
      s.puncture_count = o.require("puncture_count").as_int();
      s.punch_min_diameter_mm = json::opt_double(o, "punch_min_diameter_mm", 0.7);
      s.punch_max_diameter_mm = json::opt_double(o, "punch_max_diameter_mm", 1.0);
      break;
    case core::ScarKind::IrregularArea:
      o.only({"kind", "outline_mm", "tissue"});
      s.outline_mm = read_polyline(o.require("outline_mm"));
      break;
  }
  if (auto t = o.get("tissue")) s.tissue = read_tissue(*t);
  return s;
}

core::ChartParams read_chart(const Node& n) {
  Object o = n.as_object();
  o.only({"nasion_inion_arc_mm", "bitragal_arc_mm", "mid_frontal_height_mm", "lateral_canthus_x_mm",
          "crown_whorl_behind_vertex_mm", "occipital_band_top_mm", "occipital_band_bottom_mm"});
  core::ChartParams c;
  c.nasion_inion_arc_mm = json::opt_double(o, "nasion_inion_arc_mm", c.nasion_inion_arc_mm);
  c.bitragal_arc_mm = json::opt_double(o, "bitragal_arc_mm", c.bitragal_arc_mm);
  c.mid_frontal_height_mm = json::opt_double(o, "mid_frontal_height_mm", c.mid_frontal_height_mm);
  c.lateral_canthus_x_mm = json::opt_double(o, "lateral_canthus_x_mm", c.lateral_canthus_x_mm);
  c.crown_whorl_behind_vertex_mm =
      json::opt_double(o, "crown_whorl_behind_vertex_mm", c.crown_whorl_behind_vertex_mm);
  c.occipital_band_top_mm = json::opt_double(o, "occipital_band_top_mm", c.occipital_band_top_mm);
  c.occipital_band_bottom_mm =
      json::opt_double(o, "occipital_band_bottom_mm", c.occipital_band_bottom_mm);
  return c;
}

core::ClientSpec read_client(const Node& n) {
  Object o = n.as_object();
  o.only({"profile", "pattern", "scars", "seed", "chart"});
  core::ClientSpec c;
  c.profile = read_profile(o.require("profile"));
  c.loss = read_pattern(o.require("pattern"));
  if (auto s = o.get("scars"))
    for (const auto& item : s->as_array()) c.scars.push_back(read_scar(item));
  if (auto s = o.get("seed")) c.seed = s->as_uint64();
  if (auto ch = o.get("chart")) c.chart = read_chart(*ch);
  return c;
}

core::Pigment read_pigment(const Node& n) {
  Object o = n.as_object();
  o.only({"name", "dilution_water_parts"});
  return core::Pigment{o.require("name").as_string(),
                       o.require("dilution_water_parts").as_double()};
}

core::TaskSpec read_task(const Node& n) {
  Object o = n.as_object();
  o.only({"mockup_required", "given_hairline_mm", "colour_choice", "given_pigment", "sessions",
          "days_between_sessions", "target_density_per_cm2"});
  core::TaskSpec t;
  t.mockup_required = json::opt_bool(o, "mockup_required", true);
  if (auto h = o.get("given_hairline_mm")) {
    if (t.mockup_required)
      h->fail("given_hairline_mm is only allowed when mockup_required is false");
    t.given_hairline_mm = read_polyline(*h);
  }
  t.colour_choice = json::opt_bool(o, "colour_choice", true);
  if (auto p = o.get("given_pigment")) {
    if (t.colour_choice) p->fail("given_pigment is only allowed when colour_choice is false");
    t.given_pigment = read_pigment(*p);
  } else if (!t.colour_choice) {
    o.node().fail("missing required field \"given_pigment\" (colour_choice is false)");
  }
  t.sessions = json::opt_int(o, "sessions", 3);
  t.days_between_sessions = json::opt_int(o, "days_between_sessions", 14);
  Object targets = o.require("target_density_per_cm2").as_object();
  for (const auto& [key, value] : targets.members()) {
    const auto zone = nm::from_name(nm::kZone, key);
    if (!zone)
      value.fail("unknown zone " + json::printable(key) +
                 "; expected one of: " + nm::list_names(nm::kZone));
    t.target_density_per_cm2[*zone] = value.as_double();
  }
  return t;
}

core::Rules read_rules(const Node& n) {
  Object o = n.as_object();
  o.only({"mode", "undo_allowed", "live_hints", "time_limit_s"});
  core::Rules r;
  if (auto m = o.get("mode")) r.mode = read_enum(*m, nm::kMode, "mode");
  r.undo_allowed = json::opt_bool(o, "undo_allowed", true);
  r.live_hints = json::opt_bool(o, "live_hints", true);
  r.time_limit_s = json::opt_int(o, "time_limit_s", 0);
  return r;
}

core::ScoringSpec read_scoring(const Node& n) {
  Object o = n.as_object();
  o.only({"pass_mark", "metrics", "overrides"});
  core::ScoringSpec s;
  s.pass_mark = json::opt_double(o, "pass_mark", 70.0);
  Object metrics = o.require("metrics").as_object();
  for (const auto& [key, value] : metrics.members()) {
    const auto id = nm::from_name(nm::kMetric, key);
    if (!id)
      value.fail("unknown metric " + json::printable(key) +
                 "; expected one of: " + nm::list_names(nm::kMetric));
    Object m = value.as_object();
    m.only({"weight", "pass_mark"});
    core::MetricWeight w;
    w.weight = m.require("weight").as_double();
    w.pass_mark = json::opt_double(m, "pass_mark", 60.0);
    s.metrics[*id] = w;
  }
  if (auto ov = o.get("overrides")) {
    Object overrides = ov->as_object();
    for (const auto& [key, value] : overrides.members()) s.overrides[key] = value.as_double();
  }
  return s;
}

}  // namespace

FileKind detect_file_kind(std::string_view json_text, const std::string& file_label) {
  const json::Document doc = json::parse_document(json_text, file_label);
  const Node root(doc, "$", file_label);
  Object o = root.as_object();
  const auto kind = o.get("kind");
  if (!kind) root.fail("missing required field \"kind\" (\"level\" or \"track\")");
  const std::string k = kind->as_string();
  if (k == "level") return FileKind::Level;
  if (k == "track") return FileKind::Track;
  kind->fail("unknown kind " + json::printable(k) + "; expected \"level\" or \"track\"");
}

core::Level parse_level_json(std::string_view json_text, const std::string& file_label) {
  const json::Document doc = json::parse_document(json_text, file_label);
  const Node root(doc, "$", file_label);
  Object o = root.as_object();
  const Node kind = o.require("kind");
  if (kind.as_string() != "level")
    kind.fail("expected \"level\", got " + json::printable(kind.as_string()) +
              " (is this a track?)");
  const Node version = o.require("schema_version");
  const int v = version.as_int();
  if (v > kLevelSchemaVersion)
    version.fail("schema_version " + std::to_string(v) + " is newer than this smpsim reads (" +
                 std::to_string(kLevelSchemaVersion) + "); update smpsim");
  if (v < 1) version.fail("schema_version must be 1 or more, got " + std::to_string(v));
  o.only({"kind", "schema_version", "id", "title", "brief", "difficulty", "client", "task", "rules",
          "scoring", "expected_decision"});
  core::Level level;
  level.id = o.require("id").as_string();
  level.title = o.require("title").as_string();
  level.brief = o.require("brief").as_string();
  level.difficulty = json::opt_int(o, "difficulty", 1);
  level.client = read_client(o.require("client"));
  level.task = read_task(o.require("task"));
  if (auto r = o.get("rules")) level.rules = read_rules(*r);
  level.scoring = read_scoring(o.require("scoring"));
  level.expected_decision = core::Decision::Treat;
  if (auto d = o.get("expected_decision"))
    level.expected_decision = read_enum(*d, nm::kDecision, "expected_decision");
  check_level(level, file_label);
  return level;
}

core::Level load_level(const std::filesystem::path& path) {
  const std::string text = read_text_file(path, kMaxLevelFileBytes);
  return parse_level_json(text, path.string());
}

}  // namespace smp::io
