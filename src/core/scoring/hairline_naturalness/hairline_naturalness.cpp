// The hairline metric: position, temple angles, transition ramp, edge dots and the plan, combined
// into one score; the edge line's shape (rules 14-16) is scored in hairline_contour.cpp.
#include "core/scoring/hairline_naturalness/hairline_naturalness.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numbers>
#include <string>

#include "core/base/fast_floor.hpp"
#include "core/base/order_free_sum.hpp"
#include "core/base/text_format.hpp"
#include "core/scalp/zones.hpp"
#include "core/scoring/hairline_naturalness/hairline_internal.hpp"
#include "core/scoring/score.hpp"
#include "core/spatial/spatial_index.hpp"
#include "core/stats/summary.hpp"

namespace smp::core {
namespace {

using hairline_detail::kNaN;

// Kept dots near the edge, tallied in one pass: every per-bin measure is a count or an
// order-free sum, so no per-bin lists of dots are needed. Distances behind the edge are keyed
// 2 * (floor + 10) + (not whole), whole distances apart, so a range with whole-mm ends [a, b]
// is exactly the keys 2 * (a + 10) .. 2 * (b + 10).
struct EdgeDots {
  static constexpr int kFirstMm = -10, kLastMm = 80;  // profile -10..45, rule 17 -2..80
  struct Tally {
    int count = 0;
    OrderFreeSum diameter, darkness;
  };
  std::array<Tally, 2 * (kLastMm - kFirstMm + 1)> by_key{};  // bins of the profile (rule 13)
  int sentinels = 0;                                         // ahead of the 10% contour
  // Dots from a to b mm behind the edge, ends included (kFirstMm <= a, b <= kLastMm).
  Tally range(int a, int b) const {
    Tally t;
    for (int k = 2 * (a - kFirstMm); k <= 2 * (b - kFirstMm); ++k) {
      const Tally& s = by_key[static_cast<std::size_t>(k)];
      t.count += s.count, t.diameter.add(s.diameter), t.darkness.add(s.darkness);
    }
    return t;
  }
};

EdgeDots tally_edge_dots(const ScoringContext& ctx, const HairlineEdge& e) {
  const HairlineParams& p = ctx.params.hairline;
  const double cx = ctx.scalp.chart.landmarks.lateral_canthus_x_mm;
  const std::size_t n = e.edge_y_mm.size();
  // Per bin, the edges the measures read (NaN in the bins they skip), and the x and y ranges any
  // counted dot lies in, with 1 mm of slack: a cheap first test, the exact ones decide.
  std::vector<double> edge(n, kNaN), low(n, kNaN);
  double y_lo = std::numeric_limits<double>::infinity(), y_hi = -y_lo, x_lo = y_lo, x_hi = -y_lo;
  const double half_bin = 0.5 * std::abs(e.bin_mm), slack = 1.0 + 1e-3 * std::abs(e.bin_mm);
  for (std::size_t i = 0; i < n; ++i) {
    if (!(!std::isfinite(e.edge_y_mm[i]) || std::abs(e.x_of(i)) > cx - 8.0)) {
      edge[i] = e.edge_y_mm[i];
      y_lo = std::min(y_lo, edge[i] + EdgeDots::kFirstMm);
      y_hi = std::max(y_hi, edge[i] + EdgeDots::kLastMm + 1.0);
    }
    if (!(std::abs(e.x_of(i)) > cx - 5.0 || !std::isfinite(e.low_y_mm[i]))) {
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
  for (const HealedDot& h : ctx.healed) {
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

}  // namespace

MetricResult score_hairline_naturalness(const ScoringContext& ctx) {
  MetricResult res;
  res.id = MetricId::HairlineNaturalness;
  if (!hairline_applies(ctx.level, ctx.scalp)) {
    res.applicable = false;
    res.passed = true;
    return res;
  }
  const HairlineParams& p = ctx.params.hairline;
  const Landmarks& lm = ctx.scalp.chart.landmarks;
  const double cx = lm.lateral_canthus_x_mm;
  const HairlineEdge e = measure_hairline_edge(ctx);
  const std::size_t n = e.edge_y_mm.size();
  const EdgeDots near = tally_edge_dots(ctx, e);
  std::vector<double> mid;
  for (std::size_t i = 0; i < n; ++i)
    if (std::abs(e.x_of(i)) <= 10.0 && std::isfinite(e.edge_y_mm[i])) mid.push_back(e.edge_y_mm[i]);
  if (mid.empty()) {
    res.score = 0.0;
    res.passed = false;
    res.feedback.push_back(
        "No hairline found: there are no dots along the front of the head. Design the hairline "
        "and build a soft transition zone behind it.");
    res.spots.push_back({lm.mid_frontal_point_mm, "no_hairline"});
    return res;
  }
  std::vector<ScorePart> parts;
  bool fatal = false;

  // --- Rule 11: position of the mid-frontal point.
  const HairlineBand band = hairline_height_band(ctx.level, ctx.scalp, p);
  const double height = median(mid) - lm.glabella_mm.y;
  double s_pos = 100.0;
  const char* who = ctx.scalp.spec.profile.sex == Sex::Female ? "woman" : "man";
  const std::string aim =
      band.from_given_hairline
          ? fmt("the level's hairline asks for %.0f-%.0f mm", band.min_mm, band.max_mm)
          : fmt("for a %d-year-old %s aim for %.0f-%.0f mm", ctx.scalp.spec.profile.age_years, who,
                band.min_mm, band.max_mm);
  const Vec2 mid_spot{0.0, height + lm.glabella_mm.y};
  if (height < band.min_mm) {
    s_pos = std::max(0.0, 100.0 - (band.min_mm - height) * p.low_points_per_mm);
    res.spots.push_back({mid_spot, "too_low"});
    res.feedback.push_back(
        fmt("Your hairline sits %.0f mm above the glabella; %s. Too low is the "
            "worst hairline fault: it looks unnatural and cannot be raised.",
            height, aim.c_str()));
    if (height < band.fatal_below_mm) fatal = true;
  } else if (height > band.max_mm) {
    s_pos = std::max(40.0, 100.0 - (height - band.max_mm) * p.high_points_per_mm);
    res.spots.push_back({mid_spot, "too_high"});
    res.feedback.push_back(
        fmt("Your hairline sits %.0f mm above the glabella; %s. A little high "
            "is safe (it can be lowered later) but frames the face less.",
            height, aim.c_str()));
  }
  parts.push_back({"position", s_pos, p.w_position});

  // --- Rule 12: temple angles open (probe the recess in front of each FTA).
  double temple_frac[2] = {0.0, 0.0};
  const Vec2 ftas[2] = {lm.left_fta_mm, lm.right_fta_mm};
  double s_temple = 0.0;
  for (int side = 0; side < 2; ++side) {
    const Vec2 probe = ftas[side] - Vec2(0.0, p.temple_probe_ahead_mm);
    const double r2 = p.temple_probe_radius_mm * p.temple_probe_radius_mm;
    int count = 0;  // kept dots in the probe disc, from the index (not a pass over all dots)
    ctx.kept_index.for_each_near_canonical(probe, p.temple_probe_radius_mm, [&](std::size_t k) {
      const Vec2 d = ctx.kept_index.canonical_point(k) - probe;
      if (d.x * d.x + d.y * d.y <= r2) ++count;
    });
    const double area_cm2 = std::numbers::pi * r2 / 100.0;
    temple_frac[side] = e.core_density_per_cm2 > 0 ? count / area_cm2 / e.core_density_per_cm2 : 0;
    s_temple +=
        0.5 * ramp_score(temple_frac[side], p.temple_open_fraction, p.temple_filled_fraction);
    if (temple_frac[side] > p.temple_open_fraction) {
      res.spots.push_back({probe, "temple_filled"});
      if (temple_frac[side] >= p.temple_filled_fraction) fatal = true;
    }
  }
  if (temple_frac[0] > p.temple_open_fraction || temple_frac[1] > p.temple_open_fraction)
    res.feedback.push_back(
        fmt("The fronto-temporal angles are filled in (density in front of the corners is %.0f%% / "
            "%.0f%% of the core): leave the temple recesses open on the lateral-canthus lines.",
            100 * temple_frac[0], 100 * temple_frac[1]));
  parts.push_back({"temples", s_temple, p.w_temples});

  // --- Rule 13: transition-zone ramp, on the profile aligned at each bin's edge.
  std::vector<double> profile(56, 0.0);  // k = -10 .. 45 mm behind the edge
  int aligned = 0;
  const int bin = hairline_detail::whole_bin_mm(p);
  for (std::size_t i = 0; i < n; ++i)
    if (!(!std::isfinite(e.edge_y_mm[i]) || std::abs(e.x_of(i)) > cx - 8.0)) ++aligned;
  if (aligned > 0)
    for (std::size_t k = 0; k < profile.size(); ++k) {
      const double count = near.by_key[2 * k].count + near.by_key[2 * k + 1].count;
      profile[k] = count / (aligned * bin / 100.0);
    }
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
  double plateau = 0.0;
  for (std::size_t k = 10; k + 5 <= profile.size(); ++k) {
    double s = 0;
    for (std::size_t j = 0; j < 5; ++j) s += profile[k + j];
    plateau = std::max(plateau, s / 5.0);
  }
  double k10 = kNaN, k90 = kNaN;
  for (std::size_t k = 0; k < smooth.size(); ++k) {
    if (!std::isfinite(k10) && smooth[k] >= p.ramp_low_fraction * plateau)
      k10 = static_cast<double>(k);
    if (std::isfinite(k10) && smooth[k] >= p.ramp_high_fraction * plateau) {
      k90 = static_cast<double>(k);
      break;
    }
  }
  const double ramp_mm = std::isfinite(k10) && std::isfinite(k90) ? k90 - k10 : kNaN;
  if (std::isfinite(ramp_mm)) {
    double s_ramp = 100.0;
    const Vec2 edge_spot{0.0, height + lm.glabella_mm.y};
    if (ramp_mm < p.hard_edge_mm) {
      s_ramp = 10.0;
      fatal = true;
      res.spots.push_back({edge_spot, "hard_edge"});
      res.feedback.push_back(fmt(
          "The hairline is a hard edge: density rises from 10%% to 90%% within %.0f mm. Feather "
          "it over %.0f-%.0f mm, sparse and irregular at the front, denser behind.",
          ramp_mm, p.ramp_min_mm, p.ramp_max_mm));
    } else if (ramp_mm < p.ramp_min_mm) {
      s_ramp = 40.0 + 60.0 * (ramp_mm - p.hard_edge_mm) / (p.ramp_min_mm - p.hard_edge_mm);
      res.spots.push_back({edge_spot, "abrupt_edge"});
      res.feedback.push_back(
          fmt("The transition zone is only %.0f mm deep; feather it over "
              "%.0f-%.0f mm so the edge looks soft.",
              ramp_mm, p.ramp_min_mm, p.ramp_max_mm));
    } else if (ramp_mm > p.ramp_max_mm) {
      s_ramp = std::max(40.0, 100.0 - 4.0 * (ramp_mm - p.ramp_max_mm));
      res.spots.push_back({edge_spot, "faint_edge"});
      res.feedback.push_back(
          fmt("The transition zone is %.0f mm deep: the hairline fades out "
              "over too long a distance; aim for %.0f-%.0f mm.",
              ramp_mm, p.ramp_min_mm, p.ramp_max_mm));
    }
    parts.push_back({"ramp", s_ramp, p.w_ramp});
  }

  // --- Rules 14-16: the edge line's shape (hairline_contour.cpp).
  const hairline_detail::ContourMeasures shape =
      hairline_detail::score_hairline_contour(ctx, e, near.sentinels, mid_spot, res, parts);
  const double macro_residual = shape.macro_residual_mm, micro_rms = shape.micro_rms_mm;
  const double sentinels_per_cm = shape.sentinels_per_cm, sym_mm = shape.symmetry_mm;

  // --- Rule 17: finer, lighter dots in the transition zone than in the core.
  double ratio = kNaN;
  if (std::isfinite(ramp_mm)) {
    const int ramp_whole = static_cast<int>(ramp_mm);  // k90 - k10: whole, 0..55
    const EdgeDots::Tally tz = near.range(-2, std::max(3, ramp_whole));
    const EdgeDots::Tally core = near.range(ramp_whole + 5, ramp_whole + 25);
    const int tz_n = tz.count, core_n = core.count;
    const double tz_d = tz.diameter.value(), tz_k = tz.darkness.value();
    const double core_d = core.diameter.value(), core_k = core.darkness.value();
    if (tz_n >= 10 && core_n >= 10 && core_d > 0 && core_k > 0) {
      ratio = 0.5 * ((tz_d / tz_n) / (core_d / core_n) + (tz_k / tz_n) / (core_k / core_n));
      const double s_grad = ramp_score(ratio, p.edge_core_ratio_good, p.edge_core_ratio_bad, 40.0);
      if (ratio > p.edge_core_ratio_good)
        res.feedback.push_back(
            fmt("Edge dots are as big and dark as the core's (ratio %.2f): use "
                "a 1RL needle and a lighter shade at the hairline.",
                ratio));
      parts.push_back({"edge_dots", s_grad, p.w_gradient});
    }
  }

  // --- The plan: the trainee's mockup, or the level's given hairline.
  const Polyline* plan = nullptr;
  if (ctx.level.task.mockup_required) {
    if (!ctx.attempt.mockup_hairline_mm.empty()) plan = &ctx.attempt.mockup_hairline_mm;
  } else if (!ctx.level.task.given_hairline_mm.empty()) {
    plan = &ctx.level.task.given_hairline_mm;
  }
  double plan_dev = kNaN;
  if (plan != nullptr) {
    double s = 0;
    int m = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const double py = polyline_y_at(*plan, e.x_of(i));
      if (std::abs(e.x_of(i)) > cx || !std::isfinite(py) || !std::isfinite(e.edge_y_mm[i]))
        continue;
      s += std::abs(e.edge_y_mm[i] - py);
      ++m;
    }
    if (m > 0) {
      plan_dev = s / m;
      const double s_plan = ramp_score(plan_dev, p.plan_good_mm, p.plan_bad_mm);
      if (plan_dev > p.plan_good_mm) {
        res.spots.push_back({mid_spot, "off_plan"});
        res.feedback.push_back(
            fmt("The dots' edge is on average %.0f mm from the %s.", plan_dev,
                ctx.level.task.mockup_required ? "hairline you drew" : "level's planned hairline"));
      }
      parts.push_back({"plan", s_plan, p.w_plan});
    }
  } else if (ctx.level.task.mockup_required) {
    res.feedback.push_back(
        "This attempt has no hairline mockup, so agreement with it is not "
        "judged.");
  }

  res.score = weighted_mean(parts);
  if (fatal) res.score = std::min(res.score, p.fatal_cap);
  res.score = std::clamp(res.score, 0.0, 100.0);
  res.passed = !fatal && res.score >= metric_weight(ctx.level, res.id).pass_mark;
  if (res.feedback.empty())
    res.feedback.push_back(
        fmt("A natural hairline %.0f mm above the glabella with a %.0f mm "
            "transition zone.",
            height, ramp_mm));

  res.stats = {{"mid_frontal_height_mm", height},
               {"band_min_mm", band.min_mm},
               {"band_max_mm", band.max_mm},
               {"core_density_per_cm2", e.core_density_per_cm2},
               {"ramp_width_mm", ramp_mm},
               {"temple_left_fraction", temple_frac[0]},
               {"temple_right_fraction", temple_frac[1]},
               {"macro_residual_mm", macro_residual},
               {"micro_rms_mm", micro_rms},
               {"sentinels_per_cm", sentinels_per_cm},
               {"symmetry_mm", sym_mm},
               {"edge_core_ratio", ratio},
               {"plan_deviation_mm", plan_dev}};
  for (const ScorePart& c : parts) res.stats.push_back({std::string("score_") + c.key, c.score});
  return res;
}

}  // namespace smp::core