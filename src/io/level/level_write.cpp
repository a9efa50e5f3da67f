// Writing a Level as canonical JSON with cereal's JSON archive: fixed field order, only the
// pattern/scar parameters their kind uses, numeric arrays ([x, y] points) kept on one line.
#include <cereal/archives/json.hpp>
#include <cstdint>
#include <cstdio>
#include <sstream>

#include "io/level/level_io.hpp"
#include "io/level/level_names_internal.hpp"

namespace smp::io {

namespace {

namespace nm = names;
using cereal::make_nvp;

template <class E, std::size_t N>
std::string en(const nm::Table<E, N>& table, E value) {
  return std::string(nm::name_of(table, value));
}

struct PointOut {
  core::Vec2 p;
  template <class A>
  void save(A& ar) const {
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(2)));
    ar(p.x, p.y);
  }
};

struct PolylineOut {
  const core::Polyline& line;
  template <class A>
  void save(A& ar) const {
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(line.size())));
    for (const auto& p : line) ar(PointOut{p});
  }
};

struct ProfileOut {
  const core::ClientProfile& p;
  struct Contra {
    const std::vector<core::Contraindication>& list;
    template <class A>
    void save(A& ar) const {
      ar(cereal::make_size_tag(static_cast<cereal::size_type>(list.size())));
      for (auto c : list) ar(en(nm::kContraindication, c));
    }
  };
  template <class A>
  void save(A& ar) const {
    ar(make_nvp("name", p.name), make_nvp("age_years", p.age_years),
       make_nvp("sex", en(nm::kSex, p.sex)), make_nvp("fitzpatrick", p.fitzpatrick),
       make_nvp("skin_condition", en(nm::kSkinCondition, p.skin_condition)),
       make_nvp("hair_colour", en(nm::kHairColour, p.hair_colour)),
       make_nvp("contraindications", Contra{p.contraindications}));
  }
};

struct PatternOut {
  const core::HairLossSpec& s;
  template <class A>
  void save(A& ar) const {
    using core::LossPattern;
    ar(make_nvp("kind", en(nm::kLossPattern, s.pattern)));
    switch (s.pattern) {
      case LossPattern::None:
      case LossPattern::FullyBald:
        break;
      case LossPattern::Norwood:
        ar(make_nvp("norwood_stage", en(nm::kNorwood, s.norwood)));
        break;
      case LossPattern::Ludwig:
      case LossPattern::Savin:
        ar(make_nvp("ludwig_grade", s.ludwig_grade), make_nvp("savin_frontal", s.savin_frontal),
           make_nvp("remaining_density_fraction", s.remaining_density_fraction));
        break;
      case LossPattern::AlopeciaAreata:
        ar(make_nvp("areata_patch_count", s.areata_patch_count),
           make_nvp("areata_min_diameter_mm", s.areata_min_diameter_mm),
           make_nvp("areata_max_diameter_mm", s.areata_max_diameter_mm),
           make_nvp("areata_ophiasis", s.areata_ophiasis));
        break;
      case LossPattern::DiffuseThinning:
        ar(make_nvp("remaining_density_fraction", s.remaining_density_fraction));
        break;
    }
  }
};

struct TissueOut {
  const core::TissueProps& t;
  template <class A>
  void save(A& ar) const {
    ar(make_nvp("retention_factor", t.retention_factor), make_nvp("spread_factor", t.spread_factor),
       make_nvp("hypopigmentation", t.hypopigmentation));
  }
};

struct ScarOut {
  const core::ScarSpec& s;
  template <class A>
  void save(A& ar) const {
    ar(make_nvp("kind", en(nm::kScarKind, s.kind)));
    switch (s.kind) {
      case core::ScarKind::FutStrip:
        ar(make_nvp("path_mm", PolylineOut{s.path_mm}), make_nvp("length_mm", s.length_mm),
           make_nvp("width_mm", s.width_mm));
        break;
      case core::ScarKind::SurgicalLine:
        ar(make_nvp("path_mm", PolylineOut{s.path_mm}), make_nvp("width_mm", s.width_mm));
        break;
      case core::ScarKind::FuePunctures:
        ar(make_nvp("puncture_count", s.puncture_count),
           make_nvp("punch_min_diameter_mm", s.punch_min_diameter_mm),
           make_nvp("punch_max_diameter_mm", s.punch_max_diameter_mm));
        break;
      case core::ScarKind::IrregularArea:
        ar(make_nvp("outline_mm", PolylineOut{s.outline_mm}));
        break;
    }
    ar(make_nvp("tissue", TissueOut{s.tissue}));
  }
};

struct ScarsOut {
  const std::vector<core::ScarSpec>& scars;
  template <class A>
  void save(A& ar) const {
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(scars.size())));
    for (const auto& s : scars) ar(ScarOut{s});
  }
};

// Only the head dimensions that differ from the average head are written.
struct ChartOut {
  const core::ChartParams& c;
  static bool differs(const core::ChartParams& c) {
    const core::ChartParams d;
    return c.nasion_inion_arc_mm != d.nasion_inion_arc_mm ||
           c.bitragal_arc_mm != d.bitragal_arc_mm ||
           c.mid_frontal_height_mm != d.mid_frontal_height_mm ||
           c.lateral_canthus_x_mm != d.lateral_canthus_x_mm ||
           c.crown_whorl_behind_vertex_mm != d.crown_whorl_behind_vertex_mm ||
           c.occipital_band_top_mm != d.occipital_band_top_mm ||
           c.occipital_band_bottom_mm != d.occipital_band_bottom_mm;
  }
  template <class A>
  void save(A& ar) const {
    const core::ChartParams d;
    auto field = [&](const char* name, double v, double def) {
      if (v != def) ar(make_nvp(name, v));
    };
    field("nasion_inion_arc_mm", c.nasion_inion_arc_mm, d.nasion_inion_arc_mm);
    field("bitragal_arc_mm", c.bitragal_arc_mm, d.bitragal_arc_mm);
    field("mid_frontal_height_mm", c.mid_frontal_height_mm, d.mid_frontal_height_mm);
    field("lateral_canthus_x_mm", c.lateral_canthus_x_mm, d.lateral_canthus_x_mm);
    field("crown_whorl_behind_vertex_mm", c.crown_whorl_behind_vertex_mm,
          d.crown_whorl_behind_vertex_mm);
    field("occipital_band_top_mm", c.occipital_band_top_mm, d.occipital_band_top_mm);
    field("occipital_band_bottom_mm", c.occipital_band_bottom_mm, d.occipital_band_bottom_mm);
  }
};

struct ClientOut {
  const core::ClientSpec& c;
  template <class A>
  void save(A& ar) const {
    ar(make_nvp("profile", ProfileOut{c.profile}), make_nvp("pattern", PatternOut{c.loss}),
       make_nvp("scars", ScarsOut{c.scars}), make_nvp("seed", c.seed));
    if (ChartOut::differs(c.chart)) ar(make_nvp("chart", ChartOut{c.chart}));
  }
};

struct PigmentOut {
  const core::Pigment& p;
  template <class A>
  void save(A& ar) const {
    ar(make_nvp("name", p.name), make_nvp("dilution_water_parts", p.dilution_water_parts));
  }
};

struct DensityOut {
  const std::map<core::Zone, double>& m;
  template <class A>
  void save(A& ar) const {
    for (const auto& [zone, d] : m) {
      const std::string name = en(nm::kZone, zone);
      ar(make_nvp(name, d));
    }
  }
};

struct TaskOut {
  const core::TaskSpec& t;
  template <class A>
  void save(A& ar) const {
    ar(make_nvp("mockup_required", t.mockup_required));
    if (!t.given_hairline_mm.empty())
      ar(make_nvp("given_hairline_mm", PolylineOut{t.given_hairline_mm}));
    ar(make_nvp("colour_choice", t.colour_choice));
    if (t.given_pigment) ar(make_nvp("given_pigment", PigmentOut{*t.given_pigment}));
    ar(make_nvp("sessions", t.sessions), make_nvp("days_between_sessions", t.days_between_sessions),
       make_nvp("target_density_per_cm2", DensityOut{t.target_density_per_cm2}));
  }
};

struct RulesOut {
  const core::Rules& r;
  template <class A>
  void save(A& ar) const {
    ar(make_nvp("mode", en(nm::kMode, r.mode)), make_nvp("undo_allowed", r.undo_allowed),
       make_nvp("live_hints", r.live_hints), make_nvp("time_limit_s", r.time_limit_s));
  }
};

struct MetricOut {
  const core::MetricWeight& w;
  template <class A>
  void save(A& ar) const {
    ar(make_nvp("weight", w.weight), make_nvp("pass_mark", w.pass_mark));
  }
};

struct ScoringOut {
  const core::ScoringSpec& s;
  struct Metrics {
    const std::map<core::MetricId, core::MetricWeight>& m;
    template <class A>
    void save(A& ar) const {
      for (const auto& [id, w] : m) {
        const std::string name = en(nm::kMetric, id);
        ar(make_nvp(name, MetricOut{w}));
      }
    }
  };
  struct Overrides {
    const std::map<std::string, double>& m;
    template <class A>
    void save(A& ar) const {
      for (const auto& [k, v] : m) ar(make_nvp(k, v));
    }
  };
  template <class A>
  void save(A& ar) const {
    ar(make_nvp("pass_mark", s.pass_mark), make_nvp("metrics", Metrics{s.metrics}));
    if (!s.overrides.empty()) ar(make_nvp("overrides", Overrides{s.overrides}));
  }
};

// rapidjson's pretty writer puts every array element on its own line; numeric arrays ([x, y]
// points) read better on one line. Strings are copied untouched.
std::string collapse_numeric_arrays(const std::string& in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (c == '"') {  // copy a whole string literal
      std::size_t j = i + 1;
      while (j < in.size() && in[j] != '"') j += (in[j] == '\\') ? 2 : 1;
      out.append(in, i, j - i + 1);
      i = j;
      continue;
    }
    if (c == '[') {
      std::size_t j = i + 1;
      std::string items;
      bool numeric = true;
      while (j < in.size() && in[j] != ']') {
        const char d = in[j];
        if (d == '[' || d == '{' || d == '"') {
          numeric = false;
          break;
        }
        if (d != ' ' && d != '\n') items += d;
        ++j;
      }
      if (numeric && j < in.size() && !items.empty()) {
        out += '[';
        for (char d : items) out += (d == ',') ? std::string(", ") : std::string(1, d);
        out += ']';
        i = j;
        continue;
      }
    }
    out += c;
  }
  return out;
}

}  // namespace

std::string level_to_json(const core::Level& level) {
  check_level(level, "level " + level.id);
  std::ostringstream ss;
  {
    cereal::JSONOutputArchive ar(
        ss, cereal::JSONOutputArchive::Options(
                324, cereal::JSONOutputArchive::Options::IndentChar::space, 2));
    ar(make_nvp("kind", std::string("level")), make_nvp("schema_version", kLevelSchemaVersion),
       make_nvp("id", level.id), make_nvp("title", level.title), make_nvp("brief", level.brief),
       make_nvp("difficulty", level.difficulty), make_nvp("client", ClientOut{level.client}),
       make_nvp("task", TaskOut{level.task}), make_nvp("rules", RulesOut{level.rules}),
       make_nvp("scoring", ScoringOut{level.scoring}),
       make_nvp("expected_decision", en(nm::kDecision, level.expected_decision)));
  }
  return collapse_numeric_arrays(ss.str()) + "\n";
}

std::string level_hash(const core::Level& level) {
  const std::string text = level_to_json(level);
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a 64 offset basis
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;  // FNV prime
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace smp::io
