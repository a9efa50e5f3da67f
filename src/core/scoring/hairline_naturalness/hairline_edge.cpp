// The hairline's geometry: whether a level involves it, where its mid-frontal point belongs,
// and where the attempt's leading edge and ramp contours lie (the measurements the metric in
// hairline_naturalness.cpp scores).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "core/base/assert.hpp"
#include "core/base/chart_grid.hpp"
#include "core/base/fast_floor.hpp"
#include "core/scalp/zones.hpp"
#include "core/scoring/hairline_naturalness/hairline_naturalness.hpp"
#include "core/spatial/spatial_index.hpp"
#include "core/stats/summary.hpp"

namespace smp::core {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Dot counts on a raster of whole-mm cells (origin_mm = (x0, y0), cell_mm = 1) with a
// summed-area table, for windowed densities. With whole-mm edges a dot's cell is its floor minus
// the origin, exactly: no subtraction to round first.
struct CountRaster : ChartGrid {
  int x0 = 0, y0 = 0;
  std::vector<std::int32_t> sat;  // (cols+1) x (rows+1); whole counts, exact in any order
  double sum(int cx0, int cy0, int cx1, int cy1) const {  // cells [cx0,cx1) x [cy0,cy1), raster
    cx0 = std::clamp(cx0, 0, cols), cx1 = std::clamp(cx1, 0, cols);
    cy0 = std::clamp(cy0, 0, rows), cy1 = std::clamp(cy1, 0, rows);
    if (cx1 <= cx0 || cy1 <= cy0) return 0.0;
    auto at = [&](int c, int r) { return sat[static_cast<std::size_t>(r) * (cols + 1) + c]; };
    return static_cast<double>(at(cx1, cy1) - at(cx0, cy1) - at(cx1, cy0) + at(cx0, cy0));
  }
  // Dots per cm^2 in the chart rectangle [xa, xb) x [ya, yb), integer mm.
  double density(int xa, int ya, int xb, int yb) const {
    const double area_cm2 = (xb - xa) * (yb - ya) / 100.0;
    return area_cm2 > 0 ? sum(xa - x0, ya - y0, xb - x0, yb - y0) / area_cm2 : 0.0;
  }
};

}  // namespace

bool hairline_applies(const Level& level, const Scalp& scalp) {
  if (level.expected_decision == Decision::Decline) return false;
  if (level.task.mockup_required || !level.task.given_hairline_mm.empty()) return true;
  const auto& t = level.task.target_density_per_cm2;
  if (t.count(Zone::HairlineBand)) return true;
  // The frontal zone involves the hairline only when the client has lost it.
  if (t.count(Zone::Frontal)) {
    const Vec2 mid = scalp.chart.landmarks.mid_frontal_point_mm + Vec2(0.0, 3.0);
    return hair_loss_fraction(scalp, mid) >= 0.5;
  }
  return false;
}

Polyline planned_hairline(const Level& level, const Scalp& scalp, const Attempt& attempt) {
  if (level.task.mockup_required && !attempt.mockup_hairline_mm.empty())
    return attempt.mockup_hairline_mm;
  if (!level.task.mockup_required && !level.task.given_hairline_mm.empty())
    return level.task.given_hairline_mm;
  if (hairline_applies(level, scalp)) return recommended_hairline_mm(scalp);
  return {};
}

HairlineBand hairline_height_band(const Level& level, const Scalp& scalp, const HairlineParams& p) {
  HairlineBand band;
  const double glabella_y = scalp.chart.landmarks.glabella_mm.y;
  const double given_mid = polyline_y_at(level.task.given_hairline_mm, 0.0);
  if (!level.task.mockup_required && std::isfinite(given_mid)) {
    band.min_mm = given_mid - glabella_y - p.given_below_tolerance_mm;
    band.max_mm = given_mid - glabella_y + p.given_above_tolerance_mm;
    band.from_given_hairline = true;
  } else {
    const ClientProfile& c = scalp.spec.profile;
    if (c.sex == Sex::Female) {
      band.min_mm = p.female_min_mm, band.max_mm = p.female_max_mm;
    } else if (c.age_years >= p.mature_age_years) {
      band.min_mm = p.male_mature_min_mm, band.max_mm = p.male_mature_max_mm;
    } else {
      band.min_mm = p.male_young_min_mm, band.max_mm = p.male_young_max_mm;
    }
    // The table is for a head whose natural mid-frontal point is 80 mm up; scale to this head.
    const double natural = scalp.chart.landmarks.mid_frontal_point_mm.y - glabella_y;
    const double scale = natural > 0.0 ? natural / 80.0 : 1.0;
    band.min_mm *= scale;
    band.max_mm *= scale;
  }
  band.fatal_below_mm = band.min_mm - p.fatal_below_band_mm;
  return band;
}

HairlineEdge measure_hairline_edge(const ScoringContext& ctx) {
  const HairlineParams& p = ctx.params.hairline;
  const Landmarks& lm = ctx.scalp.chart.landmarks;
  HairlineEdge e;
  e.bin_mm = p.edge_bin_mm;
  // A level may override these lengths: a scan area that is empty or beyond any head (or not a
  // number) measures no edge, rather than sizing the raster from it.
  const double y0_mm = std::floor(lm.glabella_mm.y) - 20.0;
  const double half_width_mm = lm.lateral_canthus_x_mm + p.scan_margin_x_mm;
  constexpr double kMaxScanMm = 1000.0;
  const auto sane = [&](double mm) { return mm >= 0.0 && mm <= kMaxScanMm; };
  if (!sane(p.edge_bin_mm) || !sane(p.edge_window_x_mm) || !sane(p.edge_window_y_mm) ||
      !sane(half_width_mm) || !(std::ceil(p.scan_max_y_mm) - y0_mm >= 1.0) ||
      !(std::ceil(p.scan_max_y_mm) - y0_mm <= kMaxScanMm))
    return e;
  const int bin = std::max(1, static_cast<int>(std::lround(p.edge_bin_mm)));
  const int half_bins = static_cast<int>(std::ceil(half_width_mm / static_cast<double>(bin)));
  const int n_bins = 2 * half_bins;
  const int wx = std::max(bin, static_cast<int>(std::lround(p.edge_window_x_mm)));
  const int wy = std::max(1, static_cast<int>(std::lround(p.edge_window_y_mm)));

  CountRaster cr;
  cr.x0 = -half_bins * bin - wx;
  cr.cols = 2 * (half_bins * bin + wx);
  cr.y0 = static_cast<int>(y0_mm);
  cr.rows = static_cast<int>(std::ceil(p.scan_max_y_mm)) - cr.y0;
  cr.origin_mm = Vec2(cr.x0, cr.y0);
  cr.cell_mm = 1.0;
  SMP_ASSERT(cr.cols > 0 && cr.rows >= 1);  // the checks above keep the scan area non-empty
  // The kept dots' positions from the index: a third of the bytes of the healed dots, and whole
  // counts add up the same in any order. The raster's edges are whole mm, so a position is
  // inside exactly when its floor is: the floors are taken only for the dots inside.
  const std::size_t stride = static_cast<std::size_t>(cr.cols) + 1;
  cr.sat.assign(stride * (static_cast<std::size_t>(cr.rows) + 1), 0);
  SMP_ASSERT(cr.sat.size() == static_cast<std::size_t>(cr.cols + 1) * (cr.rows + 1));
  const double x_lo = cr.x0, x_hi = cr.x0 + cr.cols, y_lo = cr.y0, y_hi = cr.y0 + cr.rows;
  for (std::size_t k = 0; k < ctx.kept_index.size(); ++k) {
    const Vec2 pos = ctx.kept_index.canonical_point(k);
    if (!(pos.x >= x_lo && pos.x < x_hi && pos.y >= y_lo && pos.y < y_hi)) continue;
    const int c = static_cast<int>(fast_floor(pos.x)) - cr.x0;
    const int r = static_cast<int>(fast_floor(pos.y)) - cr.y0;
    ++cr.sat[static_cast<std::size_t>(r + 1) * stride + static_cast<std::size_t>(c) + 1];
  }
  // Counts to sums in place: each row's running sum on top of the sums of the rows before it.
  for (std::size_t r = 1; r <= static_cast<std::size_t>(std::max(cr.rows, 0)); ++r) {
    std::int32_t running = 0;
    for (std::size_t c = 1; c < stride; ++c) {
      running += cr.sat[r * stride + c];
      cr.sat[r * stride + c] = cr.sat[(r - 1) * stride + c] + running;
    }
  }

  // Bin centres sit symmetric about x = 0 (+-1, +-3, ...), so a mirrored attempt measures the same.
  e.x0_mm = -half_bins * bin + 0.5 * bin;
  const int y_first = cr.y0 + wy, y_last = cr.y0 + cr.rows - wy;
  auto window_density = [&](int bin_index, int y) {
    const int xc2 = 2 * (-half_bins * bin) + bin * (2 * bin_index + 1);  // twice the centre
    const int xa = (xc2 - wx) / 2, xb = xa + wx;
    return cr.density(xa, y - wy / 2, xb, y - wy / 2 + wy);
  };

  // Core density: the upper part of the windowed densities between the canthus lines.
  std::vector<double> dens;
  for (int i = 0; i < n_bins; ++i) {
    if (std::abs(e.x0_mm + i * bin) > lm.lateral_canthus_x_mm) continue;
    for (int y = y_first; y <= y_last; y += 2) {
      const double d = window_density(i, y);
      if (d > 0.0) dens.push_back(d);
    }
  }
  if (dens.empty()) return e;
  e.core_density_per_cm2 = quantile(dens, p.core_density_quantile);

  SMP_ASSERT(n_bins % 2 == 0);  // mirrored pairs i, n - 1 - i for the symmetry (notes R16)
  e.edge_y_mm.assign(n_bins, kNaN);
  e.low_y_mm.assign(n_bins, kNaN);
  e.high_y_mm.assign(n_bins, kNaN);
  auto first_crossing = [&](int i, double threshold, int from) {
    for (int y = from; y + 2 <= y_last; ++y)
      if (window_density(i, y) >= threshold && window_density(i, y + 1) >= threshold &&
          window_density(i, y + 2) >= threshold)
        return static_cast<double>(y);
    return kNaN;
  };
  for (int i = 0; i < n_bins; ++i) {
    const double edge = first_crossing(i, p.edge_fraction * e.core_density_per_cm2, y_first);
    if (!std::isfinite(edge)) continue;
    e.edge_y_mm[i] = edge;
    e.low_y_mm[i] = first_crossing(i, p.ramp_low_fraction * e.core_density_per_cm2, y_first);
    e.high_y_mm[i] =
        first_crossing(i, p.ramp_high_fraction * e.core_density_per_cm2, static_cast<int>(edge));
  }
  return e;
}

}  // namespace smp::core
