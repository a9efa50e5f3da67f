// What scoring returns: per-metric results with their evidence, and the overall report.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/base/geometry.hpp"
#include "core/level.hpp"

namespace smp::core {

struct Stat {
  std::string key;
  double value = 0.0;
};

// A place that cost points, for overlays and "click to zoom there".
struct Spot {
  Vec2 pos_mm{0.0, 0.0};
  std::string kind;  // "gap", "clump", "grid_rows", ...: every kind in scoring/spot_kinds.hpp
  int count = 1;     // the places of this kind folded into this one (merge_spots)
};

struct MetricResult {
  MetricId id = MetricId::DensityUniformity;
  bool applicable = true;
  double score = 0.0;  // 0..100; meaningless when !applicable
  bool passed = false;
  std::vector<Stat> stats;                          // raw statistics, in a stable order
  std::map<std::string, std::vector<Stat>> groups;  // e.g. per zone: "crown" -> {area_mm2, ...}
  std::vector<std::string> feedback;                // sentences a trainee can act on
  std::vector<Spot> spots;
};

struct Report {
  std::string level_id;
  int scoring_version = 1;
  double overall_score = 0.0;
  bool passed = false;
  std::vector<std::string> summary;   // overall feedback (e.g. "this client should be declined")
  std::vector<MetricResult> metrics;  // in MetricId order, all five
};

}  // namespace smp::core
