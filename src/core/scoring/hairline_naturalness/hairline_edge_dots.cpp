// The kept dots just behind and ahead of the measured edge: the density profile the ramp is read
// from (notes R13), the sentinels ahead of it (notes R15), and the edge dots' size and darkness
// against the core's (notes R17, N8, N55). Part of hairline_naturalness.
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/base/assert.hpp"
#include "core/base/fast_floor.hpp"
#include "core/base/text_format.hpp"
#include "core/scoring/hairline_naturalness/hairline_internal.hpp"

namespace smp::core::hairline_detail {

EdgeDots::Tally EdgeDots::range(int a, int b) const {
  SMP_ASSERT(a >= kFirstMm && b <= kLastMm);
  Tally t;
  for (int k = 2 * (a - kFirstMm); k <= 2 * (b - kFirstMm); ++k) {
    const Tally& s = by_key[static_cast<std::size_t>(k)];
    t.count += s.count, t.diameter.add(s.diameter), t.darkness.add(s.darkness);
  }
  return t;
}

EdgeDots tally_edge_dots(std::span<const HealedDot> healed, const HairlineEdge& e,
                         double canthus_x_mm, const HairlineParams& p) {
  const std::size_t n = e.edge_y_mm.size();
  SMP_ASSERT(e.low_y_mm.size() == n);
  // Per bin, the edges the measures read (NaN in the bins they skip), and the x and y ranges any
  // counted dot lies in, with 1 mm of slack: a cheap first test, the exact ones decide.
  std::vector<double> edge(n, kNaN), low(n, kNaN);
  double y_lo = std::numeric_limits<double>::infinity(), y_hi = -y_lo, x_lo = y_lo, x_hi = -y_lo;
  const double half_bin = 0.5 * std::abs(e.bin_mm), slack = 1.0 + 1e-3 * std::abs(e.bin_mm);
  for (std::size_t i = 0; i < n; ++i) {
    if (is_profile_bin(e, i, canthus_x_mm)) {
      edge[i] = e.edge_y_mm[i];
      y_lo = std::min(y_lo, edge[i] + EdgeDots::kFirstMm);
      y_hi = std::max(y_hi, edge[i] + EdgeDots::kLastMm + 1.0);
    }
    if (std::abs(e.x_of(i)) <= canthus_x_mm - kContourInsetMm && std::isfinite(e.low_y_mm[i])) {
      low[i] = e.low_y_mm[i];
      y_lo = std::min(y_lo, low[i] - p.sentinel_ahead_max_mm);
      y_hi = std::max(y_hi, low[i] - p.sentinel_ahead_min_mm);
    }
    if (!std::isnan(edge[i]) || !std::isnan(low[i]))
      x_lo = std::min(x_lo, e.x_of(i) - half_bin), x_hi = std::max(x_hi, e.x_of(i) + half_bin);
  }
  y_lo -= slack, y_hi += slack, x_lo -= slack, x_hi += slack;
  EdgeDots out;
  const BinQuotient in_bins(e.bin_mm);  // no division per dot
  const double bins_from_x = e.x0_mm - 0.5 * e.bin_mm;
  for (const HealedDot& h : healed) {
    const double y = h.pos_mm.y;
    if (!h.kept || !(y >= y_lo && y <= y_hi && h.pos_mm.x >= x_lo && h.pos_mm.x <= x_hi)) continue;
    const double f = fast_floor(in_bins(h.pos_mm.x - bins_from_x));
    if (!(f >= 0 && f < static_cast<double>(n))) continue;
    const auto i = static_cast<std::size_t>(f);
    const double behind = y - edge[i], whole = fast_floor(behind);
    if (whole >= EdgeDots::kFirstMm && whole <= EdgeDots::kLastMm) {
      const int key = 2 * static_cast<int>(whole - EdgeDots::kFirstMm) + (behind != whole);
      EdgeDots::Tally& t = out.by_key[static_cast<std::size_t>(key)];
      ++t.count, t.diameter.add(h.diameter_mm), t.darkness.add(h.darkness);
    }
    const double ahead = low[i] - y;
    if (ahead >= p.sentinel_ahead_min_mm && ahead <= p.sentinel_ahead_max_mm) ++out.sentinels;
  }
  return out;
}

std::vector<double> edge_profile(const EdgeDots& near, const HairlineEdge& e, double canthus_x_mm,
                                 int bin_mm) {
  static_assert(EdgeDots::kFirstMm == kProfileFirstMm && EdgeDots::kLastMm >= kProfileLastMm);
  std::vector<double> profile(kProfileLastMm - kProfileFirstMm + 1, 0.0);
  int aligned = 0;  // the bins whose dots were tallied
  for (std::size_t i = 0; i < e.edge_y_mm.size(); ++i)
    if (is_profile_bin(e, i, canthus_x_mm)) ++aligned;
  if (aligned > 0)
    for (std::size_t k = 0; k < profile.size(); ++k) {
      const double count = near.by_key[2 * k].count + near.by_key[2 * k + 1].count;
      profile[k] = count / (aligned * bin_mm / 100.0);
    }
  return profile;
}

double measure_edge_core_ratio(const EdgeDots& near, double ramp_width_mm) {
  if (!std::isfinite(ramp_width_mm)) return kNaN;
  SMP_ASSERT(ramp_width_mm >= 0.0 && ramp_width_mm <= kProfileLastMm - kProfileFirstMm);
  const int ramp_whole = static_cast<int>(ramp_width_mm);  // k90 - k10: whole, 0..55
  const EdgeDots::Tally tz = near.range(-2, std::max(3, ramp_whole));
  const EdgeDots::Tally core = near.range(ramp_whole + 5, ramp_whole + 25);
  const int tz_n = tz.count, core_n = core.count;
  const double tz_d = tz.diameter.value(), tz_k = tz.darkness.value();
  const double core_d = core.diameter.value(), core_k = core.darkness.value();
  if (!(tz_n >= 10 && core_n >= 10 && core_d > 0 && core_k > 0)) return kNaN;
  return 0.5 * ((tz_d / tz_n) / (core_d / core_n) + (tz_k / tz_n) / (core_k / core_n));
}

AspectScore score_edge_dots(double edge_core_ratio, const HairlineParams& p) {
  if (!std::isfinite(edge_core_ratio)) return {};
  const double s_grad =
      ramp_score(edge_core_ratio, p.edge_core_ratio_good, p.edge_core_ratio_bad, 40.0);
  return {ScorePart{"edge_dots", s_grad, p.w_gradient}};
}

void write_edge_dots_feedback(double edge_core_ratio, const HairlineParams& p, MetricResult& res) {
  if (std::isfinite(edge_core_ratio) && edge_core_ratio > p.edge_core_ratio_good)
    res.feedback.push_back(
        fmt("Edge dots are as big and dark as the core's (ratio %.2f): use "
            "a 1RL needle and a lighter shade at the hairline.",
            edge_core_ratio));
}

}  // namespace smp::core::hairline_detail
