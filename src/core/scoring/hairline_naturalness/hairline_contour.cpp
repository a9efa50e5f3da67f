// The hairline edge line's shape (DOMAIN rules 14-16): no ruler-straight front, a 1-3 mm
// zig-zag with a few sentinels ahead of it, and left-right symmetry. Part of hairline_naturalness.
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/base/text_format.hpp"
#include "core/scalp/zones.hpp"
#include "core/scoring/hairline_naturalness/hairline_internal.hpp"

namespace smp::core::hairline_detail {

ContourMeasures score_hairline_contour(const ScoringContext& ctx, const HairlineEdge& e,
                                       int sentinels, Vec2 mid_spot, MetricResult& res,
                                       std::vector<ScorePart>& parts) {
  const HairlineParams& p = ctx.params.hairline;
  const Landmarks& lm = ctx.scalp.chart.landmarks;
  const double cx = lm.lateral_canthus_x_mm;
  const std::size_t n = e.edge_y_mm.size();
  const int bin = whole_bin_mm(p);

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
  // Sentinels per cm of the 10% contour they were counted along.
  double edge_len_cm = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    if (std::abs(e.x_of(i)) > cx - 5.0 || !std::isfinite(e.low_y_mm[i])) continue;
    edge_len_cm += bin / 10.0;
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
  return {macro_residual, micro_rms, sentinels_per_cm, sym_mm};
}

}  // namespace smp::core::hairline_detail
