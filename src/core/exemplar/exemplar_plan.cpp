// The expert's plan before any dot is placed: the line, its micro-irregularity and the wanted
// density on the 1 mm grid.
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/base/assert.hpp"
#include "core/exemplar/exemplar_internal.hpp"
#include "core/scoring/hairline_naturalness/hairline_naturalness.hpp"

namespace smp::core::exemplar_detail {
namespace {

constexpr double kMinDensityPerCm2 = 4.0;  // below this a cell gets no dots (only sentinels)
constexpr double kEdgeBandMm = 40.0;       // the plan line shapes the cells this close to it
constexpr double kScarSurroundMm = 20.0;   // skin around a scar worked with it, past the blend

// Cells of cell_mm from the whole millimetre at or below the chart's lower corner.
DensityPlan empty_plan(const RectMm& bounds, double cell_mm) {
  DensityPlan p;
  p.cell_mm = cell_mm;
  p.origin_mm = Vec2(std::floor(bounds.min_mm.x), std::floor(bounds.min_mm.y));
  p.cols = static_cast<int>(std::ceil((bounds.max_mm.x - p.origin_mm.x) / cell_mm));
  p.rows = static_cast<int>(std::ceil((bounds.max_mm.y - p.origin_mm.y) / cell_mm));
  SMP_ASSERT(p.cols > 0 && p.rows > 0);
  p.density.assign(p.cell_count(), 0.0f);
  p.behind_mm.assign(p.cell_count(), std::numeric_limits<float>::quiet_NaN());
  return p;
}

// Per cell, how much denser scar tissue is worked: 1 / its retention (notes N66-N67), 1 elsewhere.
std::vector<double> scar_boost(const Scalp& scalp, const ChartGrid& grid) {
  std::vector<double> boost_of(grid.cell_count(), 1.0);
  for (const Scar& s : scalp.scars) {
    const double boost = 1.0 / std::clamp(s.tissue.retention_factor, 0.3, 1.0);
    if (s.kind == ScarKind::FuePunctures) {
      for (const Vec2& c : s.punctures_mm) {
        const auto i = grid.cell_of(c);
        if (i >= 0) boost_of[static_cast<std::size_t>(i)] = boost;
      }
      continue;
    }
    for (double y = std::floor(s.bounds_mm.min_mm.y); y <= s.bounds_mm.max_mm.y; y += 1.0)
      for (double x = std::floor(s.bounds_mm.min_mm.x); x <= s.bounds_mm.max_mm.x; x += 1.0) {
        const Vec2 c{x + 0.5, y + 0.5};
        const auto i = grid.cell_of(c);
        if (i >= 0 && on_scar(s, c)) boost_of[static_cast<std::size_t>(i)] = boost;
      }
  }
  return boost_of;
}

bool near_scar(const Scalp& scalp, Vec2 c, const ExemplarParams& xp) {
  for (const Scar& s : scalp.scars) {
    const RectMm b{s.bounds_mm.min_mm - Vec2(xp.scar_blend_mm + kScarSurroundMm),
                   s.bounds_mm.max_mm + Vec2(xp.scar_blend_mm + kScarSurroundMm)};
    if (b.contains(c)) return true;
  }
  return false;
}

// Where a cell stands against the worked edge (the plan line plus its micro-irregularity).
struct EdgeCell {
  bool shaped = false;  // within kEdgeBandMm of the line, where the line decides the density
  bool ahead = false;   // on the forehead side of the worked edge
  double behind_mm = 0.0;
};
EdgeCell edge_cell(Vec2 c, const Polyline& line, const EdgeNoise& noise) {
  EdgeCell e;
  if (line.empty()) return e;
  const double py = polyline_y_at(line, c.x);
  if (!std::isfinite(py) || !(c.y < py + kEdgeBandMm && c.y > py - kEdgeBandMm)) return e;
  e.shaped = true;
  const double edge_y = py + noise.offset_mm(c.x);
  e.ahead = c.y < edge_y;
  if (!e.ahead) e.behind_mm = distance_to_polyline_mm(c, line) + (py - edge_y);
  return e;
}

// What every cell reads.
struct CellInput {
  const Level& level;
  const Scalp& scalp;
  const ScoringParams& sp;
  const ZoneRaster& zones;
  const std::map<Zone, RegionMask>& masks;
  const ExemplarParams& xp;
  double core_per_cm2;
};

// The level's target where the zone is treated, and around scars whatever hair remains.
double zone_density(const CellInput& in, Vec2 c, Zone z) {
  const auto& targets = in.level.task.target_density_per_cm2;
  double density = 0.0;
  const auto it = targets.find(z);
  if (it != targets.end() && in.masks.at(z).contains(c)) density = it->second;
  // Scars and the skin just around them are worked whatever hair remains there, so that the scar
  // matches its surroundings (notes R19).
  if (z != Zone::OffHead && z != Zone::Forehead && near_scar(in.scalp, c, in.xp))
    density = it != targets.end() ? it->second : in.core_per_cm2;
  return density;
}

// Behind the worked edge: the ramp up to the core density, then the core in the front zones.
double edge_density(const CellInput& in, Vec2 c, Zone z, double density, double behind_mm) {
  const bool front_zone = z == Zone::Forehead || z == Zone::HairlineBand;
  const double lost = hair_loss_fraction(in.scalp, c);
  const bool treated = lost >= in.sp.uniformity.treat_min_loss_fraction;
  if (behind_mm < in.xp.hairline_ramp_mm) {
    // 25% of core at the line rising to core: the band averages ~60% of core (notes N43).
    if ((density > 0.0 || front_zone) && treated)
      return in.core_per_cm2 * (0.25 + 0.75 * std::max(0.0, behind_mm) / in.xp.hairline_ramp_mm);
  } else if (front_zone && treated) {
    return in.core_per_cm2;
  }
  return density;
}

}  // namespace

PlanLine plan_line(const Level& level, const Scalp& scalp) {
  if (level.task.mockup_required) return {recommended_hairline_mm(scalp), true};
  if (!level.task.given_hairline_mm.empty()) return {level.task.given_hairline_mm, false};
  if (hairline_applies(level, scalp)) return {recommended_hairline_mm(scalp), false};
  return {};
}

double EdgeNoise::offset_mm(double x) const {
  if (knots_mm.size() < 2) return 0.0;
  const double f =
      std::clamp((x - knot_x0_mm) / wavelength_mm, 0.0, static_cast<double>(knots_mm.size() - 2));
  const auto k = static_cast<std::size_t>(f);
  const double t = f - static_cast<double>(k);
  const double s = t * t * (3 - 2 * t);
  return knots_mm[k] * (1 - s) + knots_mm[k + 1] * s;
}

EdgeNoise draw_edge_noise(const Polyline& line, const ExemplarParams& xp, Rng& rng) {
  SMP_ASSERT(xp.micro_wavelength_mm > 0.0);
  EdgeNoise n;
  n.wavelength_mm = xp.micro_wavelength_mm;
  if (line.empty()) return n;
  n.knot_x0_mm = line.front().x - xp.micro_wavelength_mm;
  const double span = line.back().x - line.front().x + 2 * xp.micro_wavelength_mm;
  const auto nk = static_cast<std::size_t>(span / xp.micro_wavelength_mm) + 2;
  for (std::size_t k = 0; k < nk; ++k) n.knots_mm.push_back(rng.normal(0.0, xp.micro_amplitude_mm));
  return n;
}

double DensityPlan::density_at(Vec2 p) const {
  const auto i = cell_of(p);
  return i < 0 ? 0.0 : density[static_cast<std::size_t>(i)];
}

double core_density_per_cm2(const std::map<Zone, double>& targets) {
  double core = 0.0;
  for (Zone z : {Zone::Frontal, Zone::MidScalp, Zone::Crown})
    if (targets.count(z) && core == 0.0) core = targets.at(z);
  if (core == 0.0 && targets.count(Zone::HairlineBand)) core = targets.at(Zone::HairlineBand) * 1.6;
  if (core == 0.0)
    for (const auto& [zone, density] : targets) core = std::max(core, density);
  return core;
}

DensityPlan plan_density(const Level& level, const Scalp& scalp, const ScoringParams& sp,
                         const ZoneRaster& zones, const Polyline& line, const EdgeNoise& noise,
                         const ExemplarParams& xp, double cell_mm) {
  const auto& targets = level.task.target_density_per_cm2;
  std::map<Zone, RegionMask> masks;
  for (const auto& [zone, density] : targets) {
    SMP_ASSERT(density >= 0.0);
    masks[zone] = treatable_mask(zones, zone, sp.uniformity.treat_min_loss_fraction,
                                 sp.uniformity.treat_min_share_of_zone);
  }
  const CellInput in{level, scalp, sp, zones, masks, xp, core_density_per_cm2(targets)};
  DensityPlan plan = empty_plan(scalp.chart.bounds_mm, cell_mm);
  const std::vector<double> boost = scar_boost(scalp, plan);
  for (int r = 0; r < plan.rows; ++r)
    for (int q = 0; q < plan.cols; ++q) {
      const std::size_t i = plan.index(q, r);
      const Vec2 c = plan.centre_of(q, r);
      const Zone z = zones.zone_of(c);
      double density = zone_density(in, c, z);
      const EdgeCell e = edge_cell(c, line, noise);
      if (e.shaped && e.ahead) {
        density = 0.0;  // forehead side of the plan: only sentinels go here
      } else if (e.shaped) {
        plan.behind_mm[i] = static_cast<float>(std::max(0.0, e.behind_mm));
        density = edge_density(in, c, z, density, e.behind_mm);
      }
      density *= boost[i];
      SMP_ASSERT(density >= 0.0);
      plan.density[i] = static_cast<float>(density < kMinDensityPerCm2 ? 0.0 : density);
    }
  return plan;
}

}  // namespace smp::core::exemplar_detail
