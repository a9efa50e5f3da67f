// The hairline edge line's shape (notes R14-R16): no ruler-straight front, a 1-3 mm
// zig-zag with a few sentinels ahead of it, and left-right symmetry. Part of hairline_naturalness.
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/base/assert.hpp"
#include "core/base/text_format.hpp"
#include "core/scoring/hairline_naturalness/hairline_internal.hpp"

namespace smp::core::hairline_detail {
namespace {

// The contour's bins (at least kContourInsetMm inside the canthus lines, with an edge): x, the
// raw edge and the edge smoothed at the macro scale (2 cm) (notes R14).
struct ContourLine {
  std::vector<double> xs, ys_raw, ys_smooth;
};

ContourLine contour_line(const HairlineEdge& e, double canthus_x_mm, const HairlineParams& p) {
  const std::size_t n = e.edge_y_mm.size();
  const int win_macro =
      std::max(1, static_cast<int>(std::lround(p.macro_smooth_mm / whole_bin_mm(p))));
  ContourLine line;
  for (std::size_t i = 0; i < n; ++i) {
    if (std::abs(e.x_of(i)) > canthus_x_mm - kContourInsetMm || !std::isfinite(e.edge_y_mm[i]))
      continue;
    double s = 0;
    int m = 0;
    for (int j = -win_macro / 2; j <= win_macro / 2; ++j) {
      const auto ii = static_cast<std::ptrdiff_t>(i) + j;
      if (ii >= 0 && ii < static_cast<std::ptrdiff_t>(n) && std::isfinite(e.edge_y_mm[ii]))
        s += e.edge_y_mm[ii], ++m;
    }
    line.xs.push_back(e.x_of(i));
    line.ys_raw.push_back(e.edge_y_mm[i]);
    line.ys_smooth.push_back(s / m);
  }
  return line;
}

// RMS of the smoothed edge around its least-squares line over the central 6 cm (notes R14); NaN
// with fewer than 5 bins there.
double macro_residual_mm(const ContourLine& line, double central_half_width_mm) {
  const std::vector<double>& xs = line.xs;
  const std::vector<double>& ys = line.ys_smooth;
  double sx = 0, sy = 0, sxx = 0, sxy = 0;
  int m = 0;
  for (std::size_t j = 0; j < xs.size(); ++j) {
    if (std::abs(xs[j]) > central_half_width_mm) continue;
    sx += xs[j], sy += ys[j], sxx += xs[j] * xs[j], sxy += xs[j] * ys[j];
    ++m;
  }
  if (m < 5) return kNaN;
  const double denom = m * sxx - sx * sx;
  const double slope = denom != 0 ? (m * sxy - sx * sy) / denom : 0.0;
  const double icpt = (sy - slope * sx) / m;
  double ss = 0;
  for (std::size_t j = 0; j < xs.size(); ++j) {
    if (std::abs(xs[j]) > central_half_width_mm) continue;
    const double r = ys[j] - (icpt + slope * xs[j]);
    ss += r * r;
  }
  return std::sqrt(ss / m);
}

// RMS of the raw contour around a 2-5 mm-scale smoothing (5 bins) (notes R15); NaN under 5 bins.
double micro_rms_mm(const ContourLine& line) {
  const std::vector<double>& ys = line.ys_raw;
  double ss = 0;
  int mm = 0;
  for (std::size_t j = 0; j < ys.size(); ++j) {
    double s = 0;
    int c = 0;
    for (std::size_t k = (j >= 2 ? j - 2 : 0); k <= std::min(ys.size() - 1, j + 2); ++k)
      s += ys[k], ++c;
    const double r = ys[j] - s / c;
    ss += r * r;
    ++mm;
  }
  return mm >= 5 ? std::sqrt(ss / mm) : kNaN;
}

// Sentinels per cm of the 10% contour they were counted along.
double sentinels_per_cm(const HairlineEdge& e, double canthus_x_mm, int sentinels, int bin_mm) {
  double edge_len_cm = 0.0;
  for (std::size_t i = 0; i < e.low_y_mm.size(); ++i) {
    if (std::abs(e.x_of(i)) > canthus_x_mm - kContourInsetMm || !std::isfinite(e.low_y_mm[i]))
      continue;
    edge_len_cm += bin_mm / 10.0;
  }
  return edge_len_cm > 0 ? sentinels / edge_len_cm : 0.0;
}

// Mirrored bins between the canthus lines (the bins sit symmetric about x = 0) (notes R16).
void measure_symmetry(const HairlineEdge& e, double canthus_x_mm, ContourMeasures& c) {
  const std::size_t n = e.edge_y_mm.size();
  SMP_ASSERT(n % 2 == 0);
  double sym_sum = 0, sym_max = 0, sym_max_x = 0;
  int sym_n = 0;
  for (std::size_t i = 0; i < n / 2; ++i) {
    const std::size_t j = n - 1 - i;
    if (std::abs(e.x_of(i)) > canthus_x_mm || !std::isfinite(e.edge_y_mm[i]) ||
        !std::isfinite(e.edge_y_mm[j]))
      continue;
    const double d = std::abs(e.edge_y_mm[i] - e.edge_y_mm[j]);
    sym_sum += d;
    ++sym_n;
    if (d > sym_max) sym_max = d, sym_max_x = e.x_of(j);
  }
  c.symmetry_mm = sym_n > 0 ? sym_sum / sym_n : kNaN;
  c.symmetry_max_mm = sym_max;
  c.symmetry_max_x_mm = sym_max_x;
}

}  // namespace

ContourMeasures measure_contour(const HairlineEdge& e, double canthus_x_mm, int sentinels,
                                const HairlineParams& p) {
  SMP_ASSERT(e.low_y_mm.size() == e.edge_y_mm.size());
  const ContourLine line = contour_line(e, canthus_x_mm, p);
  ContourMeasures c;
  c.macro_residual_mm = macro_residual_mm(line, p.macro_central_half_width_mm);
  c.micro_rms_mm = micro_rms_mm(line);
  c.sentinels_per_cm = sentinels_per_cm(e, canthus_x_mm, sentinels, whole_bin_mm(p));
  measure_symmetry(e, canthus_x_mm, c);
  return c;
}

AspectScore score_macro_shape(const ContourMeasures& c, const HairlineParams& p) {
  if (!std::isfinite(c.macro_residual_mm)) return {};
  const double s_macro =
      ramp_score(-c.macro_residual_mm, -p.natural_residual_mm, -p.ruler_residual_mm, 20.0);
  return {ScorePart{"macro_shape", s_macro, p.w_macro}};
}

// Waviness (60%) and sentinels (40%) in one part; judged only where the waviness is measurable.
AspectScore score_micro_irregularity(const ContourMeasures& c, const HairlineParams& p) {
  const double rms = c.micro_rms_mm, per_cm = c.sentinels_per_cm;
  if (!std::isfinite(rms)) return {};
  double s_micro = 100.0;
  if (rms < p.micro_rms_min_mm) s_micro = 100.0 - 50.0 * (p.micro_rms_min_mm - rms);
  if (rms > p.micro_rms_max_mm) s_micro = std::max(30.0, 100.0 - 15.0 * (rms - p.micro_rms_max_mm));
  double s_sent = 100.0;
  if (per_cm < p.sentinels_min_per_cm)
    s_sent = 60.0 + 40.0 * per_cm / p.sentinels_min_per_cm;
  else if (per_cm > p.sentinels_max_per_cm)
    s_sent = std::max(40.0, 100.0 - 15.0 * (per_cm - p.sentinels_max_per_cm));
  return {ScorePart{"micro_irregularity", 0.6 * s_micro + 0.4 * s_sent, p.w_micro}};
}

AspectScore score_symmetry(const ContourMeasures& c, const HairlineParams& p) {
  if (!std::isfinite(c.symmetry_mm)) return {};
  double s_sym = 100.0;
  if (c.symmetry_mm < p.symmetry_natural_min_mm)
    s_sym = 80.0;
  else if (c.symmetry_mm > p.symmetry_lopsided_mm)
    s_sym = ramp_score(c.symmetry_mm, p.symmetry_lopsided_mm, p.symmetry_zero_mm, 20.0);
  return {ScorePart{"symmetry", s_sym, p.w_symmetry}};
}

void write_contour_feedback(const ContourMeasures& c, Vec2 mid_spot_mm, double mid_frontal_y_mm,
                            const HairlineParams& p, MetricResult& res) {
  if (std::isfinite(c.macro_residual_mm) && c.macro_residual_mm < p.natural_residual_mm) {
    res.spots.push_back({mid_spot_mm, "ruler_line"});
    res.feedback.push_back(
        fmt("Across the central 6 cm the hairline is almost a straight line (%.1f mm from a "
            "ruler). Give it a natural shape: a softly rounded front and corners set back.",
            c.macro_residual_mm));
  }
  if (std::isfinite(c.micro_rms_mm)) {
    if (c.sentinels_per_cm < p.sentinels_min_per_cm)
      res.feedback.push_back(
          "Place a few single sentinel dots 1-3 mm ahead of the hairline to break up the line.");
    else if (c.sentinels_per_cm > p.sentinels_max_per_cm)
      res.feedback.push_back(
          fmt("%.1f stray dots per cm sit ahead of the hairline: that reads as "
              "a second line; keep only a few sentinels.",
              c.sentinels_per_cm));
    if (c.micro_rms_mm < p.micro_rms_min_mm)
      res.feedback.push_back(
          fmt("The edge is too smooth (%.1f mm RMS waviness): natural hairlines "
              "zig-zag by 1-3 mm.",
              c.micro_rms_mm));
    else if (c.micro_rms_mm > p.micro_rms_max_mm)
      res.feedback.push_back(
          fmt("The edge is ragged (%.1f mm RMS waviness); keep the zig-zag "
              "within 1-3 mm.",
              c.micro_rms_mm));
  }
  if (std::isfinite(c.symmetry_mm)) {
    if (c.symmetry_mm < p.symmetry_natural_min_mm) {
      res.feedback.push_back(
          "The two sides mirror each other exactly; a little asymmetry looks "
          "more natural.");
    } else if (c.symmetry_mm > p.symmetry_lopsided_mm) {
      res.spots.push_back({{c.symmetry_max_x_mm, mid_frontal_y_mm}, "lopsided"});
      res.feedback.push_back(
          fmt("The sides differ by %.0f mm on average (up to %.0f mm): the "
              "hairline looks lopsided; keep left and right within ~8 mm.",
              c.symmetry_mm, c.symmetry_max_mm));
    }
  }
}

}  // namespace smp::core::hairline_detail
