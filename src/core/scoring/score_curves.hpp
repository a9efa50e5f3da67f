// The shapes every metric turns a measurement into a 0-100 score with (a ramp between a good and
// a bad value, a band with a good middle), and the weighted mean of a metric's parts.
// Not the thresholds themselves: those live in each metric's parameter struct.
#pragma once
#include <algorithm>
#include <span>

namespace smp::core {

// 100 at or better than `good`, `floor` at or worse than `bad`, linear between; `bad` may lie
// on either side of `good`. good == bad is a step: 100 up to good, floor beyond.
inline double ramp_score(double v, double good, double bad, double floor = 0.0) {
  if (good == bad) return v <= good ? 100.0 : floor;
  return floor + (100.0 - floor) * std::clamp((bad - v) / (bad - good), 0.0, 1.0);
}

// 100 inside [good_lo, good_hi], falling linearly to 0 at zero_lo and at zero_hi; a side whose
// zero is not beyond its good edge is a step to 0.
inline double band_score(double v, double zero_lo, double good_lo, double good_hi, double zero_hi) {
  if (v < good_lo) return good_lo > zero_lo ? ramp_score(v, good_lo, zero_lo) : 0.0;
  if (v > good_hi) return zero_hi > good_hi ? ramp_score(v, good_hi, zero_hi) : 0.0;
  return 100.0;
}

// One scored aspect of a metric (or of a zone, a scar); a critical part caps the whole.
struct ScorePart {
  const char* key;
  double score;
  double weight;
  bool critical = false;
};

// The weighted mean of the parts' scores (0 when no part has weight).
inline double weighted_mean(std::span<const ScorePart> parts) {
  double wsum = 0.0, ssum = 0.0;
  for (const ScorePart& part : parts) {
    wsum += part.weight;
    ssum += part.weight * part.score;
  }
  return wsum > 0.0 ? ssum / wsum : 0.0;
}

}  // namespace smp::core
