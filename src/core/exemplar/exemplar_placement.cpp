// Where the expert's dots go: blue noise following the density plan, then the sentinels.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <utility>

#include "core/base/assert.hpp"
#include "core/exemplar/exemplar_internal.hpp"
#include "core/stats/clark_evans.hpp"

namespace smp::core::exemplar_detail {
namespace {

constexpr int kAttempts = 30;  // Bridson's k: candidates around an active point before retiring it

// The points placed so far on a background grid of cells no wider than r_min / sqrt(2), so each
// cell holds at most one point.
class PoissonDisk {
 public:
  PoissonDisk(const ChartGrid& area, double r_min, double r_max)
      : origin_mm_(area.origin_mm), gcell_(r_min / std::sqrt(2.0)), r_max_(r_max) {
    SMP_ASSERT(r_min > 0.0 && r_max >= r_min);
    gcols_ = static_cast<int>(std::ceil(area.cols / gcell_)) + 1;
    grows_ = static_cast<int>(std::ceil(area.rows / gcell_)) + 1;
    grid_.assign(static_cast<std::size_t>(gcols_) * grows_, -1);
    reach_ = static_cast<int>(std::ceil(r_max_ / gcell_));
  }
  // No placed point is closer than the mean of its radius and rp.
  bool fits(Vec2 p, double rp) const {
    const auto [gx, gy] = cell_of(p);
    // No neighbour can need more than half of (rp + the largest radius in use).
    const int rr = std::min(reach_, static_cast<int>(std::ceil(0.5 * (rp + r_max_) / gcell_)) + 1);
    for (int y = std::max(0, gy - rr); y <= std::min(grows_ - 1, gy + rr); ++y)
      for (int x = std::max(0, gx - rr); x <= std::min(gcols_ - 1, gx + rr); ++x) {
        const std::int32_t j = grid_[static_cast<std::size_t>(y) * gcols_ + x];
        if (j < 0) continue;
        const double need = 0.5 * (rp + radius_[static_cast<std::size_t>(j)]);
        const Vec2 d = pts_[static_cast<std::size_t>(j)] - p;
        if (d.x * d.x + d.y * d.y < need * need) return false;
      }
    return true;
  }
  std::size_t add(Vec2 p, double rp) {
    const auto [gx, gy] = cell_of(p);
    SMP_ASSERT(gx >= 0 && gx < gcols_ && gy >= 0 && gy < grows_);
    grid_[static_cast<std::size_t>(gy) * gcols_ + gx] = static_cast<std::int32_t>(pts_.size());
    pts_.push_back(p);
    radius_.push_back(rp);
    return pts_.size() - 1;
  }
  Vec2 point(std::size_t i) const { return pts_[i]; }
  double radius(std::size_t i) const { return radius_[i]; }
  std::vector<Vec2> take_points() { return std::move(pts_); }

 private:
  std::pair<int, int> cell_of(Vec2 p) const {
    return {static_cast<int>((p.x - origin_mm_.x) / gcell_),
            static_cast<int>((p.y - origin_mm_.y) / gcell_)};
  }
  Vec2 origin_mm_;
  double gcell_;
  double r_max_;
  int gcols_ = 0, grows_ = 0, reach_ = 0;
  std::vector<std::int32_t> grid_;
  std::vector<Vec2> pts_;
  std::vector<double> radius_;
};

struct DensityRange {
  double max_per_cm2 = 0.0;
  double min_positive_per_cm2 = std::numeric_limits<double>::infinity();
};
DensityRange density_range(const DensityPlan& plan) {
  DensityRange r;
  for (float d : plan.density) {
    r.max_per_cm2 = std::max(r.max_per_cm2, static_cast<double>(d));
    if (d > 0.0f) r.min_positive_per_cm2 = std::min(r.min_positive_per_cm2, static_cast<double>(d));
  }
  return r;
}

}  // namespace

std::vector<Vec2> place_blue_noise(const DensityPlan& plan, const RectMm& bounds,
                                   const ExemplarParams& xp, Rng& rng) {
  SMP_ASSERT(plan.density.size() == plan.cell_count());
  const DensityRange range = density_range(plan);
  if (!(range.max_per_cm2 > 0.0)) return {};
  auto radius = [&](double density) { return xp.poisson_rho * d_hex_mm(density / 100.0); };
  PoissonDisk disk(plan, radius(range.max_per_cm2), radius(range.min_positive_per_cm2));
  std::vector<std::size_t> active;
  for (int r = 0; r < plan.rows; ++r)
    for (int q = 0; q < plan.cols; ++q) {
      const double dq = plan.density[static_cast<std::size_t>(r) * plan.cols + q];
      if (dq <= 0.0) continue;
      const Vec2 seed = plan.origin_mm + Vec2(q + rng.uniform(), r + rng.uniform());
      const double rs = radius(plan.density_at(seed) > 0 ? plan.density_at(seed) : dq);
      if (!bounds.contains(seed) || plan.density_at(seed) <= 0.0 || !disk.fits(seed, rs)) continue;
      active.push_back(disk.add(seed, rs));
      while (!active.empty()) {
        const std::size_t pick = static_cast<std::size_t>(rng.below(active.size()));
        const std::size_t pi = active[pick];
        bool found = false;
        for (int k = 0; k < kAttempts; ++k) {
          const double ang = rng.uniform(0.0, 2.0 * std::numbers::pi);
          const double dist = disk.radius(pi) * (1.0 + rng.uniform());
          const Vec2 c = disk.point(pi) + dist * Vec2(std::cos(ang), std::sin(ang));
          if (!bounds.contains(c)) continue;
          const double dc = plan.density_at(c);
          if (dc <= 0.0) continue;
          const double rc = radius(dc);
          if (!disk.fits(c, rc)) continue;
          active.push_back(disk.add(c, rc));
          found = true;
        }
        if (!found) {
          active[pick] = active.back();
          active.pop_back();
        }
      }
    }
  return disk.take_points();
}

std::vector<Vec2> place_sentinels(const Scalp& scalp, const ZoneRaster& zones, const Polyline& line,
                                  const EdgeNoise& noise, const ExemplarParams& xp, Rng& rng) {
  std::vector<Vec2> out;
  if (line.empty()) return out;
  const RectMm& bounds = scalp.chart.bounds_mm;
  const double half = scalp.chart.landmarks.lateral_canthus_x_mm - 3.0;
  const auto count = static_cast<int>(std::lround(xp.sentinels_per_cm * 2.0 * half / 10.0));
  for (int k = 0; k < count; ++k) {
    const double x = rng.uniform(-half, half);
    const double py = polyline_y_at(line, x);
    if (!std::isfinite(py)) continue;
    const Vec2 p{x, py + noise.offset_mm(x) - rng.uniform(1.0, 3.0)};
    if (zones.zone_of(p) == Zone::OffHead || !bounds.contains(p)) continue;
    out.push_back(p);
  }
  return out;
}

Placement place_dots(const DensityPlan& plan, const Scalp& scalp, const ZoneRaster& zones,
                     const Polyline& line, const EdgeNoise& noise, const ExemplarParams& xp,
                     Rng& rng) {
  Placement placed;
  placed.pos_mm = place_blue_noise(plan, scalp.chart.bounds_mm, xp, rng);
  placed.first_sentinel = placed.pos_mm.size();
  const std::vector<Vec2> sentinels = place_sentinels(scalp, zones, line, noise, xp, rng);
  placed.pos_mm.insert(placed.pos_mm.end(), sentinels.begin(), sentinels.end());
  return placed;
}

}  // namespace smp::core::exemplar_detail
