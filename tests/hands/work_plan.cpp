// The hand's plan: the exemplar's plan steps on the hand's own line, then the novices' tweaks.
#include "work_plan.hpp"

#include <algorithm>
#include <cmath>

#include "core/scalp/zone_raster.hpp"
#include "core/scoring/score.hpp"

namespace smp::hands {
namespace {

namespace xd = core::exemplar_detail;

// How far in front of the plan a novice works the front edge at each point of the line (0
// without a fault): a drop drifting smoothly between min and max (a knot every 25 mm), and the
// recesses filled up to 3 mm behind the line's front-most point (a flat, helmet-like front).
std::vector<double> front_drop(const core::Polyline& line, const PlanTweaks& tw, core::Rng& rng) {
  std::vector<double> drop(line.size(), 0.0);
  if (line.empty()) return drop;
  if (tw.line_drop_max_mm > 0.0) {
    constexpr double kKnotMm = 25.0;
    const double x0 = line.front().x;
    const auto knots = static_cast<std::size_t>((line.back().x - x0) / kKnotMm) + 2;
    std::vector<double> k(knots);
    for (double& d : k) d = rng.uniform(tw.line_drop_min_mm, tw.line_drop_max_mm);
    for (std::size_t i = 0; i < line.size(); ++i) {
      const double f = std::clamp((line[i].x - x0) / kKnotMm, 0.0, static_cast<double>(knots - 2));
      const auto j = static_cast<std::size_t>(f);
      const double t = f - static_cast<double>(j), u = t * t * (3 - 2 * t);
      drop[i] = k[j] * (1 - u) + k[j + 1] * u;
    }
  }
  if (tw.fill_temples) {
    double front = line.front().y;
    for (const core::Vec2& p : line) front = std::min(front, p.y);
    for (std::size_t i = 0; i < line.size(); ++i)
      drop[i] = std::max(drop[i], line[i].y - (front + 3.0));
  }
  return drop;
}

// The front of the plan moved forward by the drop: a cell up to kShiftDepthMm behind the line
// takes the plan of the cell drop behind it, so the band's profile (ramp, 1RL edge) arrives in
// front of the plan while the core behind stays. Moves the cells themselves, not the line:
// the exemplar's plan leaves skin without natural hair (the forehead) untreated.
void shift_front(xd::DensityPlan& plan, const core::Polyline& line,
                 const std::vector<double>& drop) {
  constexpr double kShiftDepthMm = 15.0;
  if (line.empty() || *std::max_element(drop.begin(), drop.end()) <= 0.0) return;
  core::Polyline dropped = line;
  for (std::size_t i = 0; i < line.size(); ++i) dropped[i].y = drop[i];
  const xd::DensityPlan src = plan;
  for (int c = 0; c < plan.cols; ++c) {
    const double x = plan.centre_of(c, 0).x;
    const double y0 = core::polyline_y_at(line, x), d = core::polyline_y_at(dropped, x);
    if (!std::isfinite(y0) || !std::isfinite(d) || d <= 0.0) continue;
    for (int r = 0; r < plan.rows; ++r) {
      const core::Vec2 p = plan.centre_of(c, r);
      if (p.y >= y0 + kShiftDepthMm) break;
      const auto from = src.cell_of(p + core::Vec2(0.0, d));
      if (from < 0) continue;
      const auto i = plan.index(c, r);
      plan.density[i] = src.density[static_cast<std::size_t>(from)];
      plan.behind_mm[i] = src.behind_mm[static_cast<std::size_t>(from)];
    }
  }
}

void tweak_scars(xd::DensityPlan& plan, const core::Scalp& scalp, double scale) {
  if (scale == 1.0) return;
  for (const core::Scar& s : scalp.scars) {
    const int c0 = std::max(0, plan.col_of(s.bounds_mm.min_mm.x));
    const int c1 = std::min(plan.cols - 1, plan.col_of(s.bounds_mm.max_mm.x));
    const int r0 = std::max(0, plan.row_of(s.bounds_mm.min_mm.y));
    const int r1 = std::min(plan.rows - 1, plan.row_of(s.bounds_mm.max_mm.y));
    for (int r = r0; r <= r1; ++r)
      for (int c = c0; c <= c1; ++c)
        if (core::on_scar(s, plan.centre_of(c, r)))
          plan.density[plan.index(c, r)] *= static_cast<float>(scale);
  }
}

// Patches of patch_mm over the cells that want dots, strips front to back, alternating.
std::vector<Patch> make_patches(const xd::DensityPlan& plan, double patch_mm) {
  const auto per = std::max(1, static_cast<int>(std::lround(patch_mm / plan.cell_mm)));
  const int pc = (plan.cols + per - 1) / per, pr = (plan.rows + per - 1) / per;
  std::vector<Patch> out;
  for (int r = 0; r < pr; ++r)
    for (int k = 0; k < pc; ++k) {
      const int c = r % 2 == 0 ? k : pc - 1 - k;
      Patch p;
      const core::Vec2 lo = plan.origin_mm + core::Vec2(c * per, r * per) * plan.cell_mm;
      p.bounds_mm = {lo, lo + core::Vec2(per, per) * plan.cell_mm};
      for (int y = r * per; y < std::min(plan.rows, (r + 1) * per); ++y)
        for (int x = c * per; x < std::min(plan.cols, (c + 1) * per); ++x) {
          const std::size_t i = plan.index(x, y);
          if (plan.density[i] <= 0.0f) continue;
          p.cells.push_back(i);
          p.planned_dots += plan.density[i] * plan.cell_mm * plan.cell_mm / 100.0;
          p.cum_weight.push_back(p.planned_dots);
        }
      if (!p.cells.empty()) out.push_back(std::move(p));
    }
  return out;
}

}  // namespace

bool WorkPlan::at_edge(core::Vec2 p) const {
  const auto i = density.cell_of(p);
  if (i < 0) return false;
  const float behind = density.behind_mm[static_cast<std::size_t>(i)];
  return std::isfinite(behind) && behind < edge_needle_depth_mm;
}

double WorkPlan::planned_dots() const {
  double n = 0.0;
  for (const Patch& p : patches) n += p.planned_dots;
  return n;
}

WorkPlan make_work_plan(const core::Level& level, const core::Scalp& scalp, const PlanTweaks& tw,
                        double patch_mm, core::Rng& rng) {
  const core::ScoringParams sp = core::scoring_params_for(level);
  const core::ExemplarParams xp;
  WorkPlan w;
  const xd::PlanLine line = xd::plan_line(level, scalp);
  w.plan_line_mm = line.line_mm;
  w.line_is_mockup = line.is_mockup;
  const std::vector<double> drop = front_drop(line.line_mm, tw, rng);
  w.worked_line_mm = line.line_mm;
  for (std::size_t i = 0; i < drop.size(); ++i) w.worked_line_mm[i].y -= drop[i];
  w.pigments = core::expert_pigment_plan(level.task, scalp.spec.profile, sp.colour);
  w.shares = xd::cumulative_session_shares(std::max(1, level.task.sessions), sp.uniformity);
  w.edge_needle_depth_mm = xp.edge_needle_depth_mm;
  const core::ZoneRaster zones = core::make_zone_raster(scalp, sp.uniformity.zone_cell_mm);
  const xd::EdgeNoise noise = xd::draw_edge_noise(line.line_mm, xp, rng);
  w.density = xd::plan_density(level, scalp, sp, zones, line.line_mm, noise, xp);
  shift_front(w.density, line.line_mm, drop);
  tweak_scars(w.density, scalp, tw.scar_scale);
  if (tw.density_scale != 1.0)
    for (float& d : w.density.density) d *= static_cast<float>(tw.density_scale);
  if (tw.clip_mm.width_mm() > 0.0 && tw.clip_mm.height_mm() > 0.0)
    for (int r = 0; r < w.density.rows; ++r)
      for (int c = 0; c < w.density.cols; ++c)
        if (!tw.clip_mm.contains(w.density.centre_of(c, r)))
          w.density.density[w.density.index(c, r)] = 0.0f;
  w.patches = make_patches(w.density, patch_mm);
  return w;
}

core::Vec2 draw_in_patch(const WorkPlan& plan, const Patch& patch, core::Rng& rng) {
  const double u = rng.uniform() * patch.planned_dots;
  const auto it = std::upper_bound(patch.cum_weight.begin(), patch.cum_weight.end(), u);
  const auto k = std::min<std::size_t>(static_cast<std::size_t>(it - patch.cum_weight.begin()),
                                       patch.cells.size() - 1);
  const std::size_t i = patch.cells[k];
  const auto col = static_cast<int>(i % static_cast<std::size_t>(plan.density.cols));
  const auto row = static_cast<int>(i / static_cast<std::size_t>(plan.density.cols));
  const core::Vec2 lo = plan.density.origin_mm + core::Vec2(col, row) * plan.density.cell_mm;
  return lo + core::Vec2(rng.uniform(), rng.uniform()) * plan.density.cell_mm;
}

bool on_any_scar(const core::Scalp& scalp, core::Vec2 p) {
  for (const core::Scar& s : scalp.scars)
    if (s.bounds_mm.contains(p) && core::on_scar(s, p)) return true;
  return false;
}

}  // namespace smp::hands
