#include "core/scoring/hairline_naturalness.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "core/scoring/order_free_sum.hpp"
#include "core/scoring/score.hpp"
#include "core/scoring/spatial_index.hpp"
#include "core/text_format.hpp"
#include "core/zones.hpp"

namespace smp::core {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Linear ramp: 100 at or better than `good`, `floor` at or worse than `bad` (either direction).
double ramp_score(double v, double good, double bad, double floor = 0.0) {
  if (good == bad) return v <= good ? 100.0 : floor;
  const double t = std::clamp((v - good) / (bad - good), 0.0, 1.0);
  return 100.0 - t * (100.0 - floor);
}

double median(std::vector<double> v) {
  if (v.empty()) return kNaN;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

struct Component {
  const char* name;
  double score;
  double weight;
};

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
  // Kept dots bucketed by x bin once, so the per-bin measures cost O(dots) in total. Only dots
  // near the bin's edge are kept: every per-bin measure below reads y from 10 mm ahead of the
  // edge to 80 mm behind it (profile: -10..46; rule 17: -2..ramp + 25, ramp <= 55) or the
  // sentinel band ahead of the 10% contour (1 mm of slack on each).
  std::vector<std::vector<const HealedDot*>> by_bin(n);
  for (const HealedDot& h : ctx.healed) {
    if (!h.kept || n == 0) continue;
    const double f = std::floor((h.pos_mm.x - (e.x0_mm - 0.5 * e.bin_mm)) / e.bin_mm);
    if (!(f >= 0 && f < static_cast<double>(n))) continue;
    const auto i = static_cast<std::size_t>(f);
    const double behind = h.pos_mm.y - e.edge_y_mm[i];
    const double ahead_low = e.low_y_mm[i] - h.pos_mm.y;
    if ((behind >= -11.0 && behind <= 81.0) ||
        (ahead_low >= p.sentinel_ahead_min_mm - 1.0 && ahead_low <= p.sentinel_ahead_max_mm + 1.0))
      by_bin[i].push_back(&h);
  }
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
  std::vector<Component> parts;
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
    const double area_cm2 = 3.14159265358979 * r2 / 100.0;
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
  const int bin = std::max(1, static_cast<int>(std::lround(p.edge_bin_mm)));
  {
    std::vector<double> counts_k(profile.size(), 0.0);
    for (std::size_t i = 0; i < n; ++i) {
      if (!std::isfinite(e.edge_y_mm[i]) || std::abs(e.x_of(i)) > cx - 8.0) continue;
      ++aligned;
      for (const HealedDot* hp : by_bin[i]) {
        const HealedDot& h = *hp;
        const double k = std::floor(h.pos_mm.y - e.edge_y_mm[i]) + 10.0;
        if (k >= 0 && k < static_cast<double>(profile.size()))
          counts_k[static_cast<std::size_t>(k)] += 1.0;
      }
    }
    if (aligned > 0)
      for (std::size_t k = 0; k < profile.size(); ++k)
        profile[k] = counts_k[k] / (aligned * bin / 100.0);
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

  // --- Rules 14-15: macro shape (no ruler line) and micro-irregularity, on the central bins.
  const int win_macro = std::max(1, static_cast<int>(std::lround(p.macro_smooth_mm / bin)));
  std::vector<double> xs, ys_raw, ys_smooth;
  for (std::size_t i = 0; i < n; ++i) {
    if (std::abs(e.x_of(i)) > cx - 5.0 || !std::isfinite(e.edge_y_mm[i])) continue;
    double s = 0;
    int m = 0;
    for (int j = -win_macro / 2; j <= win_macro / 2; ++j) {
      const auto ii = static_cast<std::ptrdiff_t>(i) + j;
      if (ii >= 0 && ii < static_cast<std::ptrdiff_t>(n) && std::isfinite(e.edge_y_mm[ii]))
        s += e.edge_y_mm[ii], ++m;
    }
    xs.push_back(e.x_of(i));
    ys_raw.push_back(e.edge_y_mm[i]);
    ys_smooth.push_back(s / m);
  }
  double macro_residual = kNaN, micro_rms = kNaN;
  {
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    int m = 0;
    for (std::size_t j = 0; j < xs.size(); ++j) {
      if (std::abs(xs[j]) > p.macro_central_half_width_mm) continue;
      sx += xs[j], sy += ys_smooth[j], sxx += xs[j] * xs[j], sxy += xs[j] * ys_smooth[j];
      ++m;
    }
    if (m >= 5) {
      const double denom = m * sxx - sx * sx;
      const double slope = denom != 0 ? (m * sxy - sx * sy) / denom : 0.0;
      const double icpt = (sy - slope * sx) / m;
      double ss = 0;
      for (std::size_t j = 0; j < xs.size(); ++j) {
        if (std::abs(xs[j]) > p.macro_central_half_width_mm) continue;
        const double r = ys_smooth[j] - (icpt + slope * xs[j]);
        ss += r * r;
      }
      macro_residual = std::sqrt(ss / m);
      const double s_macro =
          ramp_score(-macro_residual, -p.natural_residual_mm, -p.ruler_residual_mm, 20.0);
      if (macro_residual < p.natural_residual_mm) {
        res.spots.push_back({mid_spot, "ruler_line"});
        res.feedback.push_back(
            fmt("Across the central 6 cm the hairline is almost a straight line (%.1f mm from a "
                "ruler). Give it a natural shape: a softly rounded front and corners set back.",
                macro_residual));
      }
      parts.push_back({"macro_shape", s_macro, p.w_macro});
    }
    // Micro: residual of the raw contour around a 2-5 mm-scale smoothing (5 bins).
    double ss = 0;
    int mm = 0;
    for (std::size_t j = 0; j < xs.size(); ++j) {
      double s = 0;
      int c = 0;
      for (std::size_t k = (j >= 2 ? j - 2 : 0); k <= std::min(xs.size() - 1, j + 2); ++k)
        s += ys_raw[k], ++c;
      const double r = ys_raw[j] - s / c;
      ss += r * r;
      ++mm;
    }
    if (mm >= 5) micro_rms = std::sqrt(ss / mm);
  }
  // Sentinels: kept dots ahead of the 10% contour.
  int sentinels = 0;
  double edge_len_cm = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    if (std::abs(e.x_of(i)) > cx - 5.0 || !std::isfinite(e.low_y_mm[i])) continue;
    edge_len_cm += bin / 10.0;
    for (const HealedDot* hp : by_bin[i]) {
      const HealedDot& h = *hp;
      const double ahead = e.low_y_mm[i] - h.pos_mm.y;
      if (ahead >= p.sentinel_ahead_min_mm && ahead <= p.sentinel_ahead_max_mm) ++sentinels;
    }
  }
  const double sentinels_per_cm = edge_len_cm > 0 ? sentinels / edge_len_cm : 0.0;
  if (std::isfinite(micro_rms)) {
    double s_micro = 100.0;
    if (micro_rms < p.micro_rms_min_mm) s_micro = 100.0 - 50.0 * (p.micro_rms_min_mm - micro_rms);
    if (micro_rms > p.micro_rms_max_mm)
      s_micro = std::max(30.0, 100.0 - 15.0 * (micro_rms - p.micro_rms_max_mm));
    double s_sent = 100.0;
    if (sentinels_per_cm < p.sentinels_min_per_cm) {
      s_sent = 60.0 + 40.0 * sentinels_per_cm / p.sentinels_min_per_cm;
      res.feedback.push_back(
          "Place a few single sentinel dots 1-3 mm ahead of the hairline to break up the line.");
    } else if (sentinels_per_cm > p.sentinels_max_per_cm) {
      s_sent = std::max(40.0, 100.0 - 15.0 * (sentinels_per_cm - p.sentinels_max_per_cm));
      res.feedback.push_back(
          fmt("%.1f stray dots per cm sit ahead of the hairline: that reads as "
              "a second line; keep only a few sentinels.",
              sentinels_per_cm));
    }
    if (micro_rms < p.micro_rms_min_mm)
      res.feedback.push_back(
          fmt("The edge is too smooth (%.1f mm RMS waviness): natural hairlines "
              "zig-zag by 1-3 mm.",
              micro_rms));
    else if (micro_rms > p.micro_rms_max_mm)
      res.feedback.push_back(
          fmt("The edge is ragged (%.1f mm RMS waviness); keep the zig-zag "
              "within 1-3 mm.",
              micro_rms));
    parts.push_back({"micro_irregularity", 0.6 * s_micro + 0.4 * s_sent, p.w_micro});
  }

  // --- Rule 16: symmetry, mirrored bins between the canthus lines.
  double sym_sum = 0, sym_max = 0, sym_max_x = 0;
  int sym_n = 0;
  for (std::size_t i = 0; i < n / 2; ++i) {
    const std::size_t j = n - 1 - i;
    if (std::abs(e.x_of(i)) > cx || !std::isfinite(e.edge_y_mm[i]) ||
        !std::isfinite(e.edge_y_mm[j]))
      continue;
    const double d = std::abs(e.edge_y_mm[i] - e.edge_y_mm[j]);
    sym_sum += d;
    ++sym_n;
    if (d > sym_max) sym_max = d, sym_max_x = e.x_of(j);
  }
  const double sym_mm = sym_n > 0 ? sym_sum / sym_n : kNaN;
  if (std::isfinite(sym_mm)) {
    double s_sym = 100.0;
    if (sym_mm < p.symmetry_natural_min_mm) {
      s_sym = 80.0;
      res.feedback.push_back(
          "The two sides mirror each other exactly; a little asymmetry looks "
          "more natural.");
    } else if (sym_mm > p.symmetry_lopsided_mm) {
      s_sym = ramp_score(sym_mm, p.symmetry_lopsided_mm, p.symmetry_zero_mm, 20.0);
      res.spots.push_back({{sym_max_x, lm.mid_frontal_point_mm.y}, "lopsided"});
      res.feedback.push_back(
          fmt("The sides differ by %.0f mm on average (up to %.0f mm): the "
              "hairline looks lopsided; keep left and right within ~8 mm.",
              sym_mm, sym_max));
    }
    parts.push_back({"symmetry", s_sym, p.w_symmetry});
  }

  // --- Rule 17: finer, lighter dots in the transition zone than in the core.
  double ratio = kNaN;
  if (std::isfinite(ramp_mm)) {
    OrderFreeSum tz_ds, tz_ks, core_ds, core_ks;  // the dots' order must not matter
    int tz_n = 0, core_n = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (!std::isfinite(e.edge_y_mm[i]) || std::abs(e.x_of(i)) > cx - 8.0) continue;
      for (const HealedDot* hp : by_bin[i]) {
        const HealedDot& h = *hp;
        const double behind = h.pos_mm.y - e.edge_y_mm[i];
        if (behind >= -2.0 && behind <= std::max(3.0, ramp_mm)) {
          tz_ds.add(h.diameter_mm), tz_ks.add(h.darkness), ++tz_n;
        } else if (behind >= ramp_mm + 5.0 && behind <= ramp_mm + 25.0) {
          core_ds.add(h.diameter_mm), core_ks.add(h.darkness), ++core_n;
        }
      }
    }
    const double tz_d = tz_ds.value(), tz_k = tz_ks.value();
    const double core_d = core_ds.value(), core_k = core_ks.value();
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

  double wsum = 0, ssum = 0;
  for (const Component& c : parts) wsum += c.weight, ssum += c.weight * c.score;
  res.score = wsum > 0 ? ssum / wsum : 0.0;
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
  for (const Component& c : parts) res.stats.push_back({std::string("score_") + c.name, c.score});
  return res;
}

}  // namespace smp::core
