// Helpers for the level tests: a level that uses every feature of the format, JSON edits by
// JSON Pointer, and temporary folders.
#pragma once
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include "io/json_reader.hpp"  // first: rapidjson configured as in smp_io

#include <unistd.h>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/level.hpp"

namespace smp::test {

// A level that exercises every optional part of the format.
inline core::Level full_level() {
  core::Level l;
  l.id = "fixture-full";
  l.title = "Fixture with every field";
  l.brief = "A client with two scars, a given hairline and a given pigment.";
  l.difficulty = 4;
  auto& p = l.client.profile;
  p.name = "Test Client";
  p.age_years = 44;
  p.sex = core::Sex::Male;
  p.fitzpatrick = 5;
  p.skin_condition = core::SkinCondition::Dry;
  p.hair_colour = core::HairColour::Black;
  l.client.loss.pattern = core::LossPattern::Norwood;
  l.client.loss.norwood = core::NorwoodStage::IIIVertex;
  core::ScarSpec fue;
  fue.kind = core::ScarKind::FuePunctures;
  fue.puncture_count = 1200;
  fue.punch_min_diameter_mm = 0.75;
  fue.punch_max_diameter_mm = 0.95;
  core::ScarSpec fut;
  fut.kind = core::ScarKind::FutStrip;
  fut.path_mm = {{-80.0, 270.0}, {0.0, 301.25}, {80.0, 270.0}};
  fut.width_mm = 2.5;
  fut.tissue.retention_factor = 0.7;
  l.client.scars = {fue, fut};
  l.client.seed = 18446744073709551557ull;  // largest 64-bit prime: the seed is a full uint64
  l.client.chart.mid_frontal_height_mm = 76.5;
  l.task.mockup_required = false;
  l.task.given_hairline_mm = {{-70.0, 70.0}, {0.0, 78.125}, {70.0, 71.0}};
  l.task.colour_choice = false;
  l.task.given_pigment = core::Pigment{"6:1", 6.0};
  l.task.sessions = 4;
  l.task.days_between_sessions = 21;
  l.task.target_density_per_cm2 = {
      {core::Zone::HairlineBand, 50.0}, {core::Zone::Crown, 82.5}, {core::Zone::Occipital, 100.0}};
  l.rules.mode = core::Mode::Exam;
  l.rules.undo_allowed = false;
  l.rules.live_hints = false;
  l.rules.time_limit_s = 3600;
  l.scoring.pass_mark = 72.5;
  l.scoring.metrics = {{core::MetricId::DensityUniformity, {0.4, 60.0}},
                       {core::MetricId::HairlineNaturalness, {0.2, 55.0}},
                       {core::MetricId::ScarCoverage, {0.2, 60.0}},
                       {core::MetricId::ColourMatch, {0.1, 50.0}},
                       {core::MetricId::DepthControl, {0.1, 50.0}}};
  l.scoring.overrides = {{"uniformity.r_min", 1.3}};
  return l;
}

// Replace (or add) the value at JSON Pointer `pointer` with `value_json`; returns the new text.
inline std::string with_value(const std::string& json_text, const char* pointer,
                              const std::string& value_json) {
  io::json::Document doc;
  doc.Parse(json_text.c_str());
  io::json::Document value(&doc.GetAllocator());
  value.Parse(value_json.c_str());
  RAPIDJSON_NAMESPACE::Pointer(pointer).Set(doc, value);
  RAPIDJSON_NAMESPACE::StringBuffer buf;
  RAPIDJSON_NAMESPACE::Writer<RAPIDJSON_NAMESPACE::StringBuffer> w(buf);
  doc.Accept(w);
  return buf.GetString();
}

inline std::string without(const std::string& json_text, const char* pointer) {
  io::json::Document doc;
  doc.Parse(json_text.c_str());
  RAPIDJSON_NAMESPACE::Pointer(pointer).Erase(doc);
  RAPIDJSON_NAMESPACE::StringBuffer buf;
  RAPIDJSON_NAMESPACE::Writer<RAPIDJSON_NAMESPACE::StringBuffer> w(buf);
  doc.Accept(w);
  return buf.GetString();
}

// A fresh empty folder under the system temp dir, removed when the object goes away.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    static std::atomic<int> counter{0};
    path = std::filesystem::temp_directory_path() /
           ("smp-levels-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    const auto p = path / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
};

}  // namespace smp::test
