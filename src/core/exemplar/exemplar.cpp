#include "core/exemplar/exemplar.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <numbers>

#include "core/base/chart_grid.hpp"
#include "core/base/rng.hpp"
#include "core/colour/target_shade.hpp"
#include "core/scalp/zone_raster.hpp"
#include "core/scalp/zones.hpp"
#include "core/scoring/density_uniformity/density_uniformity.hpp"
#include "core/scoring/hairline_naturalness/hairline_naturalness.hpp"
#include "core/scoring/score.hpp"
#include "core/stats/clark_evans.hpp"

namespace smp::core {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMinDensityPerCm2 = 4.0;  // below this a cell gets no dots (only sentinels)

// What the expert wants at each 1 mm cell of the chart: dots per cm^2 and how far the cell is
// behind the planned hairline (NaN where no hairline applies).
struct Plan : ChartGrid {  // cells of 1 mm
  std::vector<float> density;
  std::vector<float> behind_mm;
  double density_at(Vec2 p) const {
    const auto i = cell_of(p);
    return i < 0 ? 0.0 : density[static_cast<std::size_t>(i)];
  }
};

}  // namespace

Attempt make_exemplar(const Level& level, const Scalp& scalp, const ExemplarParams& xp) {
  Attempt a;
  a.level_id = level.id;
  a.trainee = "exemplar";
  a.seed = scalp.spec.seed * 0x9E3779B97F4A7C15ull + 0x5EEDull;
  a.mode = level.rules.mode;
  if (should_decline(scalp.spec.profile) || level.expected_decision == Decision::Decline) {
    a.decision = Decision::Decline;
    return a;
  }
  a.decision = Decision::Treat;
  Rng rng(a.seed);
  const ScoringParams sp = scoring_params_for(level);
  const int sessions = std::max(1, level.task.sessions);

  // --- The plan line: the level's, or the expert's design.
  Polyline plan;
  if (level.task.mockup_required) {
    plan = recommended_hairline_mm(scalp);
    a.mockup_hairline_mm = plan;
  } else if (!level.task.given_hairline_mm.empty()) {
    plan = level.task.given_hairline_mm;
  } else if (hairline_applies(level, scalp)) {
    plan = recommended_hairline_mm(scalp);
  }

  // --- Pigment: session 1 one palette step lighter than the target shade (rule 5, row 23).
  const std::vector<Pigment> palette = default_palette();
  const int last_step = static_cast<int>(palette.size()) - 1;
  int target_step = 0;
  if (!level.task.colour_choice && level.task.given_pigment) {
    target_step = palette_step(level.task.given_pigment->dilution_water_parts);
  } else {
    target_step = palette_step(target_dilution_water_parts(
        scalp.spec.profile.hair_colour, scalp.spec.profile.fitzpatrick, sp.colour));
  }
  for (int s = 1; s <= sessions; ++s) {
    if (!level.task.colour_choice && level.task.given_pigment)
      a.session_pigments.push_back(*level.task.given_pigment);
    else
      a.session_pigments.push_back(palette[static_cast<std::size_t>(
          s == 1 && sessions > 1 ? std::min(target_step + 1, last_step) : target_step)]);
  }

  // --- Target density per 1 mm cell: the level's zones where the client has lost hair (the
  // same cells density_uniformity scores), a feathered ramp behind the plan line, and scar
  // tissue worked denser to make up for its lower retention (rows 66-67).
  const auto& targets = level.task.target_density_per_cm2;
  const ZoneRaster zr = make_zone_raster(scalp, sp.uniformity.zone_cell_mm);
  std::map<Zone, RegionMask> masks;
  for (const auto& [zone, density] : targets)
    masks[zone] = treatable_mask(zr, zone, sp.uniformity.treat_min_loss_fraction,
                                 sp.uniformity.treat_min_share_of_zone);
  double core = 0.0;
  for (Zone z : {Zone::Frontal, Zone::MidScalp, Zone::Crown})
    if (targets.count(z) && core == 0.0) core = targets.at(z);
  if (core == 0.0 && targets.count(Zone::HairlineBand)) core = targets.at(Zone::HairlineBand) * 1.6;
  if (core == 0.0)
    for (const auto& [zone, density] : targets) core = std::max(core, density);

  // Micro-irregularity of the edge: smooth noise with knots every micro_wavelength_mm (rule 15).
  std::vector<double> knots;
  const double knot_x0 = plan.empty() ? 0.0 : plan.front().x - xp.micro_wavelength_mm;
  if (!plan.empty()) {
    const double span = plan.back().x - plan.front().x + 2 * xp.micro_wavelength_mm;
    const auto nk = static_cast<std::size_t>(span / xp.micro_wavelength_mm) + 2;
    for (std::size_t k = 0; k < nk; ++k) knots.push_back(rng.normal(0.0, xp.micro_amplitude_mm));
  }
  auto micro = [&](double x) {
    if (knots.size() < 2) return 0.0;
    const double f = std::clamp((x - knot_x0) / xp.micro_wavelength_mm, 0.0,
                                static_cast<double>(knots.size() - 2));
    const auto k = static_cast<std::size_t>(f);
    const double t = f - static_cast<double>(k);
    const double s = t * t * (3 - 2 * t);
    return knots[k] * (1 - s) + knots[k + 1] * s;
  };

  Plan P;
  P.cell_mm = 1.0;
  const RectMm bounds = scalp.chart.bounds_mm;
  P.origin_mm = Vec2(std::floor(bounds.min_mm.x), std::floor(bounds.min_mm.y));
  P.cols = static_cast<int>(std::ceil(bounds.max_mm.x - P.origin_mm.x));
  P.rows = static_cast<int>(std::ceil(bounds.max_mm.y - P.origin_mm.y));
  const std::size_t total = static_cast<std::size_t>(P.cols) * static_cast<std::size_t>(P.rows);
  P.density.assign(total, 0.0f);
  P.behind_mm.assign(total, std::numeric_limits<float>::quiet_NaN());
  std::vector<double> scar_boost(total, 1.0);
  for (const Scar& s : scalp.scars) {
    const double boost = 1.0 / std::clamp(s.tissue.retention_factor, 0.3, 1.0);
    if (s.kind == ScarKind::FuePunctures) {
      for (const Vec2& c : s.punctures_mm) {
        const auto i = P.cell_of(c);
        if (i >= 0) scar_boost[static_cast<std::size_t>(i)] = boost;
      }
      continue;
    }
    for (double y = std::floor(s.bounds_mm.min_mm.y); y <= s.bounds_mm.max_mm.y; y += 1.0)
      for (double x = std::floor(s.bounds_mm.min_mm.x); x <= s.bounds_mm.max_mm.x; x += 1.0) {
        const Vec2 c{x + 0.5, y + 0.5};
        const auto i = P.cell_of(c);
        if (i >= 0 && on_scar(s, c)) scar_boost[static_cast<std::size_t>(i)] = boost;
      }
  }
  auto near_scar = [&](Vec2 c) {
    for (const Scar& s : scalp.scars) {
      const RectMm b{s.bounds_mm.min_mm - Vec2(xp.scar_blend_mm + 20.0),
                     s.bounds_mm.max_mm + Vec2(xp.scar_blend_mm + 20.0)};
      if (b.contains(c)) return true;
    }
    return false;
  };
  for (int r = 0; r < P.rows; ++r)
    for (int q = 0; q < P.cols; ++q) {
      const std::size_t i = static_cast<std::size_t>(r) * P.cols + q;
      const Vec2 c = P.centre_of(q, r);
      const Zone z = zr.zone_of(c);
      double density = 0.0;
      const auto it = targets.find(z);
      if (it != targets.end() && masks.at(z).contains(c)) density = it->second;
      // Scars and the skin just around them are worked whatever hair remains there, so that
      // the scar matches its surroundings (rule 19).
      if (z != Zone::OffHead && z != Zone::Forehead && near_scar(c))
        density = it != targets.end() ? it->second : core;
      if (!plan.empty()) {
        const double py = polyline_y_at(plan, c.x);
        if (std::isfinite(py) && c.y < py + 40.0 && c.y > py - 40.0) {
          const double edge_y = py + micro(c.x);
          if (c.y < edge_y) {
            density = 0.0;  // forehead side of the plan: only sentinels go here
          } else {
            const double behind = distance_to_polyline_mm(c, plan) + (py - edge_y);
            P.behind_mm[i] = static_cast<float>(std::max(0.0, behind));
            const bool front_zone = z == Zone::Forehead || z == Zone::HairlineBand;
            const double lost = hair_loss_fraction(scalp, c);
            if (behind < xp.hairline_ramp_mm) {
              // 25% of core at the line rising to core: the band averages ~60% of core (row 43).
              if ((density > 0.0 || front_zone) && lost >= sp.uniformity.treat_min_loss_fraction)
                density = core * (0.25 + 0.75 * std::max(0.0, behind) / xp.hairline_ramp_mm);
            } else if (front_zone && lost >= sp.uniformity.treat_min_loss_fraction) {
              density = core;
            }
          }
        }
      }
      density *= scar_boost[i];
      P.density[i] = static_cast<float>(density < kMinDensityPerCm2 ? 0.0 : density);
    }

  // --- Blue-noise placement: Bridson's Poisson-disk sampling with a radius that follows the
  // wanted density, seeded in every region that wants dots (DOMAIN section 9, S55).
  double max_density = 0.0, min_density = std::numeric_limits<double>::infinity();
  for (float d : P.density) {
    max_density = std::max(max_density, static_cast<double>(d));
    if (d > 0.0f) min_density = std::min(min_density, static_cast<double>(d));
  }
  std::vector<Vec2> pts;
  if (max_density > 0.0) {
    auto radius = [&](double density) { return xp.poisson_rho * d_hex_mm(density / 100.0); };
    const double r_min = radius(max_density);
    const double r_max = radius(min_density);
    const double gcell = r_min / std::sqrt(2.0);
    const int gcols = static_cast<int>(std::ceil(P.cols / gcell)) + 1;
    const int grows = static_cast<int>(std::ceil(P.rows / gcell)) + 1;
    std::vector<std::int32_t> grid(static_cast<std::size_t>(gcols) * grows, -1);
    std::vector<double> pr;  // radius at each point
    auto gidx = [&](Vec2 p) {
      return std::pair<int, int>{static_cast<int>((p.x - P.origin_mm.x) / gcell),
                                 static_cast<int>((p.y - P.origin_mm.y) / gcell)};
    };
    const int reach = static_cast<int>(std::ceil(r_max / gcell));
    auto fits = [&](Vec2 p, double rp) {
      const auto [gx, gy] = gidx(p);
      // No neighbour can need more than half of (rp + the largest radius in use).
      const int rr = std::min(reach, static_cast<int>(std::ceil(0.5 * (rp + r_max) / gcell)) + 1);
      for (int y = std::max(0, gy - rr); y <= std::min(grows - 1, gy + rr); ++y)
        for (int x = std::max(0, gx - rr); x <= std::min(gcols - 1, gx + rr); ++x) {
          const std::int32_t j = grid[static_cast<std::size_t>(y) * gcols + x];
          if (j < 0) continue;
          const double need = 0.5 * (rp + pr[static_cast<std::size_t>(j)]);
          const Vec2 d = pts[static_cast<std::size_t>(j)] - p;
          if (d.x * d.x + d.y * d.y < need * need) return false;
        }
      return true;
    };
    auto add = [&](Vec2 p, double rp) {
      const auto [gx, gy] = gidx(p);
      grid[static_cast<std::size_t>(gy) * gcols + gx] = static_cast<std::int32_t>(pts.size());
      pts.push_back(p);
      pr.push_back(rp);
    };
    std::vector<std::size_t> active;
    constexpr int kAttempts = 30;
    for (int r = 0; r < P.rows; ++r)
      for (int q = 0; q < P.cols; ++q) {
        const double dq = P.density[static_cast<std::size_t>(r) * P.cols + q];
        if (dq <= 0.0) continue;
        const Vec2 seed = P.origin_mm + Vec2(q + rng.uniform(), r + rng.uniform());
        const double rs = radius(P.density_at(seed) > 0 ? P.density_at(seed) : dq);
        if (!bounds.contains(seed) || P.density_at(seed) <= 0.0 || !fits(seed, rs)) continue;
        add(seed, rs);
        active.push_back(pts.size() - 1);
        while (!active.empty()) {
          const std::size_t pick = static_cast<std::size_t>(rng.below(active.size()));
          const std::size_t pi = active[pick];
          bool found = false;
          for (int k = 0; k < kAttempts; ++k) {
            const double ang = rng.uniform(0.0, 2.0 * std::numbers::pi);
            const double dist = pr[pi] * (1.0 + rng.uniform());
            const Vec2 c = pts[pi] + dist * Vec2(std::cos(ang), std::sin(ang));
            if (!bounds.contains(c)) continue;
            const double dc = P.density_at(c);
            if (dc <= 0.0) continue;
            const double rc = radius(dc);
            if (!fits(c, rc)) continue;
            add(c, rc);
            active.push_back(pts.size() - 1);
            found = true;
          }
          if (!found) {
            active[pick] = active.back();
            active.pop_back();
          }
        }
      }
  }

  // --- Sentinels: a few single dots 1-3 mm ahead of the central hairline (row 44).
  std::vector<bool> sentinel(pts.size(), false);
  if (!plan.empty()) {
    const double half = scalp.chart.landmarks.lateral_canthus_x_mm - 3.0;
    const auto count = static_cast<int>(std::lround(xp.sentinels_per_cm * 2.0 * half / 10.0));
    for (int k = 0; k < count; ++k) {
      const double x = rng.uniform(-half, half);
      const double py = polyline_y_at(plan, x);
      if (!std::isfinite(py)) continue;
      const Vec2 p{x, py + micro(x) - rng.uniform(1.0, 3.0)};
      if (zr.zone_of(p) == Zone::OffHead || !bounds.contains(p)) continue;
      pts.push_back(p);
      sentinel.push_back(true);
    }
  }

  // --- Impressions: session by the cumulative plan (row 22), needle and shade by position
  // (1RL and lighter at the edge: rule 17), depth in the papillary band (rule 2).
  std::vector<double> cum(static_cast<std::size_t>(sessions), 1.0);
  for (int s = 1; s <= sessions; ++s)
    cum[static_cast<std::size_t>(s - 1)] = planned_density_share(s, sessions, sp.uniformity);
  std::vector<Dot> dots;
  dots.reserve(pts.size());
  for (std::size_t i = 0; i < pts.size(); ++i) {
    Dot d;
    d.pos_mm = pts[i];
    const double u = rng.uniform();
    int s = sessions;
    for (int k = 1; k <= sessions; ++k)
      if (u < cum[static_cast<std::size_t>(k - 1)]) {
        s = k;
        break;
      }
    if (sentinel[i]) s = sessions;  // the finishing touch
    d.session = s;
    const auto pi = P.cell_of(d.pos_mm);
    const double behind = pi < 0 ? kNaN : P.behind_mm[static_cast<std::size_t>(pi)];
    const bool edge = sentinel[i] || (std::isfinite(behind) && behind < xp.edge_needle_depth_mm);
    d.needle = edge ? Needle{NeedleConfig::RL1, 0.20} : Needle{NeedleConfig::RL3, 0.25};
    const int step =
        palette_step(a.session_pigments[static_cast<std::size_t>(s - 1)].dilution_water_parts);
    d.dilution_water_parts =
        edge && level.task.colour_choice
            ? palette[static_cast<std::size_t>(std::min(step + 1, last_step))].dilution_water_parts
            : a.session_pigments[static_cast<std::size_t>(s - 1)].dilution_water_parts;
    d.depth_mm = std::clamp(rng.normal(xp.depth_target_mm, xp.depth_sd_mm), 0.2, 0.42);
    dots.push_back(d);
  }
  // Work order within a session: 10 mm strips front to back, alternating direction.
  std::stable_sort(dots.begin(), dots.end(), [](const Dot& x, const Dot& y) {
    if (x.session != y.session) return x.session < y.session;
    const auto sx = static_cast<int>(std::floor(x.pos_mm.y / 10.0));
    const auto sy = static_cast<int>(std::floor(y.pos_mm.y / 10.0));
    if (sx != sy) return sx < sy;
    return (sx % 2 == 0) ? x.pos_mm.x < y.pos_mm.x : x.pos_mm.x > y.pos_mm.x;
  });
  a.session_duration_ms.assign(static_cast<std::size_t>(sessions), 0);
  double t = 0.0;
  int cur = 0;
  const double mean_gap_ms = 1000.0 / xp.dots_per_s;
  for (Dot& d : dots) {
    if (d.session != cur) cur = d.session, t = 0.0;
    t += mean_gap_ms * rng.uniform(0.7, 1.3);
    d.t_ms = static_cast<std::int64_t>(t);
    a.session_duration_ms[static_cast<std::size_t>(cur - 1)] = d.t_ms + 1000;
  }
  a.dots = std::move(dots);
  return a;
}

}  // namespace smp::core
