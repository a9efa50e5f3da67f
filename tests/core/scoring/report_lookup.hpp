// Reading a metric's statistics by key in tests (a report lists them in a stable order, not by
// name). A missing key fails the test that asked for it.
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/report.hpp"

namespace smp::test {

inline double stat_value(const std::vector<core::Stat>& stats, const std::string& key) {
  for (const core::Stat& s : stats)
    if (s.key == key) return s.value;
  FAIL("missing stat " << key);
  return 0.0;
}

// A top-level statistic of the metric.
inline double stat(const core::MetricResult& m, const std::string& key) {
  return stat_value(m.stats, key);
}

// A statistic of one group (a zone such as "crown", a scar such as "scar_1").
inline double group_stat(const core::MetricResult& m, const std::string& group,
                         const std::string& key) {
  const auto it = m.groups.find(group);
  REQUIRE(it != m.groups.end());
  return stat_value(it->second, key);
}

}  // namespace smp::test
