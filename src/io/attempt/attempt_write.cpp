// Writing saves: cereal wrappers for the core types (the core carries no cereal code), the
// embedded level, and the atomic never-overwrite file write.
#include <cereal/archives/json.hpp>
#include <cereal/types/string.hpp>
#include <sstream>
#include <stdexcept>

#include "io/atomic_file.hpp"
#include "io/attempt/attempt_io.hpp"
#include "io/level/level_io.hpp"

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

void write_save(const std::filesystem::path& path, const SaveFile& save) {
  write_new_file_atomic(path, save_to_json(save));
}

}  // namespace smp::io
