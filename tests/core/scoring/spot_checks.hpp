// Checks that a report's marks agree with its words: every spot's kind is in the table of kinds
// (core/scoring/spot_kinds.hpp) and its metric's feedback has that kind's sentence.
#pragma once
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/report.hpp"
#include "core/scoring/spot_kinds.hpp"

namespace smp::test {

inline std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

inline void check_spots_are_worded(const core::MetricResult& m) {
  for (const core::Spot& s : m.spots) {
    INFO("metric " << core::metric_name(m.id) << ", spot kind " << s.kind);
    const core::SpotKind* k = core::find_spot_kind(s.kind);
    REQUIRE(k != nullptr);
    CHECK(s.count >= 1);
    const std::string words = lower(std::string(k->sentence));
    CHECK(std::any_of(m.feedback.begin(), m.feedback.end(), [&](const std::string& f) {
      return lower(f).find(words) != std::string::npos;
    }));
  }
}

inline void check_spots_are_worded(const core::Report& r) {
  for (const core::MetricResult& m : r.metrics) check_spots_are_worded(m);
}

}  // namespace smp::test
