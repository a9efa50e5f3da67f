// The transition zone (notes R13, N41-N43): density behind the edge should rise from 10%
// to 90% of the core over 5-15 mm; under 3 mm is a hard "helmet" edge. Part of
// hairline_naturalness; the profile it reads comes from hairline_edge_dots.cpp.
#include <algorithm>
#include <cstddef>

#include "core/base/assert.hpp"
#include "core/base/text_format.hpp"
#include "core/scoring/hairline_naturalness/hairline_internal.hpp"

namespace smp::core::hairline_detail {
namespace {

// The profile smoothed over 3 mm (fewer at the ends), so one empty millimetre does not end a ramp.
std::vector<double> smooth_3mm(std::span<const double> profile) {
  std::vector<double> smooth(profile.size(), 0.0);
  for (std::size_t k = 0; k < profile.size(); ++k) {
    double s = 0;
    int m = 0;
    for (int j = -1; j <= 1; ++j) {
      const auto kk = static_cast<std::ptrdiff_t>(k) + j;
      if (kk >= 0 && kk < static_cast<std::ptrdiff_t>(profile.size())) s += profile[kk], ++m;
    }
    smooth[k] = s / m;
  }
  return smooth;
}

// The densest 5 mm of the raw profile from the edge (kProfileFirstMm entries in) onwards.
double plateau_per_cm2(std::span<const double> profile) {
  constexpr std::size_t kEdge = -kProfileFirstMm, kWindow = 5;
  double plateau = 0.0;
  for (std::size_t k = kEdge; k + kWindow <= profile.size(); ++k) {
    double s = 0;
    for (std::size_t j = 0; j < kWindow; ++j) s += profile[k + j];
    plateau = std::max(plateau, s / 5.0);
  }
  return plateau;
}

}  // namespace

RampMeasure measure_ramp(std::span<const double> profile_per_cm2, double low_fraction,
                         double high_fraction) {
  RampMeasure ramp;
  const std::vector<double> smooth = smooth_3mm(profile_per_cm2);
  ramp.plateau_per_cm2 = plateau_per_cm2(profile_per_cm2);
  double k10 = kNaN, k90 = kNaN;
  for (std::size_t k = 0; k < smooth.size(); ++k) {
    if (!std::isfinite(k10) && smooth[k] >= low_fraction * ramp.plateau_per_cm2)
      k10 = static_cast<double>(k);
    if (std::isfinite(k10) && smooth[k] >= high_fraction * ramp.plateau_per_cm2) {
      k90 = static_cast<double>(k);
      break;
    }
  }
  if (!std::isfinite(k10) || !std::isfinite(k90)) return ramp;
  ramp.start_mm = k10 + kProfileFirstMm;
  ramp.end_mm = k90 + kProfileFirstMm;
  ramp.width_mm = k90 - k10;
  return ramp;
}

AspectScore score_ramp(const RampMeasure& ramp, const HairlineParams& p) {
  const double w = ramp.width_mm;
  if (!std::isfinite(w)) return {};
  double s_ramp = 100.0;
  if (w < p.hard_edge_mm)
    s_ramp = 10.0;
  else if (w < p.ramp_min_mm)
    s_ramp = 40.0 + 60.0 * (w - p.hard_edge_mm) / (p.ramp_min_mm - p.hard_edge_mm);
  else if (w > p.ramp_max_mm)
    s_ramp = std::max(40.0, 100.0 - 4.0 * (w - p.ramp_max_mm));
  return {ScorePart{"ramp", s_ramp, p.w_ramp}, w < p.hard_edge_mm};
}

void write_ramp_feedback(const RampMeasure& ramp, Vec2 spot_mm, const HairlineParams& p,
                         MetricResult& res) {
  const double w = ramp.width_mm;
  if (!std::isfinite(w)) return;
  if (w < p.hard_edge_mm) {
    res.spots.push_back({spot_mm, "hard_edge"});
    res.feedback.push_back(
        fmt("The hairline is a hard edge: density rises from 10%% to 90%% within %.0f mm. Feather "
            "it over %.0f-%.0f mm, sparse and irregular at the front, denser behind.",
            w, p.ramp_min_mm, p.ramp_max_mm));
  } else if (w < p.ramp_min_mm) {
    res.spots.push_back({spot_mm, "abrupt_edge"});
    res.feedback.push_back(
        fmt("The transition zone is only %.0f mm deep; feather it over "
            "%.0f-%.0f mm so the edge looks soft.",
            w, p.ramp_min_mm, p.ramp_max_mm));
  } else if (w > p.ramp_max_mm) {
    res.spots.push_back({spot_mm, "faint_edge"});
    res.feedback.push_back(
        fmt("The transition zone is %.0f mm deep: the hairline fades out "
            "over too long a distance; aim for %.0f-%.0f mm.",
            w, p.ramp_min_mm, p.ramp_max_mm));
  }
}

}  // namespace smp::core::hairline_detail
