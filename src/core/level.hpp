// A graded exercise: the client, what the trainee must do, the rules and how it is scored.
// Plain data; loading, validation and schema versions live in src/io/level_io.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/pigment.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scalp/zones.hpp"

namespace smp::core {

enum class Mode { Practice, Exam };
enum class Decision { Undecided, Treat, Decline };

struct TaskSpec {
  bool mockup_required = true;           // trainee draws the hairline
  Polyline given_hairline_mm;            // used when no mockup is asked for (may be empty: none)
  bool colour_choice = true;             // trainee picks the pigment
  std::optional<Pigment> given_pigment;  // used when colour_choice is false
  int sessions = 3;                      // 1..4 (notes N20)
  int days_between_sessions = 14;        // 7..30 (notes N21)
  // Final dot density wanted per zone; zones absent here are not to be treated (notes N29-N34).
  std::map<Zone, double> target_density_per_cm2;
};

struct Rules {
  Mode mode = Mode::Practice;
  bool undo_allowed = true;
  bool live_hints = true;
  int time_limit_s = 0;  // 0 = none
};

enum class MetricId {
  DensityUniformity,
  HairlineNaturalness,
  ScarCoverage,
  ColourMatch,
  DepthControl
};
inline constexpr int kMetricCount = 5;
std::string metric_name(MetricId id);  // "density_uniformity", ...

struct MetricWeight {
  double weight = 0.2;      // share of the overall score; the level's weights sum to 1
  double pass_mark = 60.0;  // 0..100
};

struct ScoringSpec {
  double pass_mark = 70.0;  // overall, 0..100
  std::map<MetricId, MetricWeight> metrics;
  // Named overrides of scoring parameters (e.g. "uniformity.r_min": 1.3); see scoring params.
  std::map<std::string, double> overrides;
};

struct Level {
  std::string id;
  std::string title;
  std::string brief;
  int difficulty = 1;  // 1..5
  ClientSpec client;
  TaskSpec task;
  Rules rules;
  ScoringSpec scoring;
  Decision expected_decision = Decision::Treat;
};

}  // namespace smp::core
