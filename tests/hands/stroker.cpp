// Held-pen hands: the button down, the machine firing at its cadence, the hand moving at the
// speed that gives the wanted spacing. The stippler's hand makes small irregular loops drifting
// slowly along lines across the area; the rows novice drags the pen in straight parallel lines.
#include <algorithm>
#include <cmath>
#include <numbers>

#include "hands_internal.hpp"
#include "sim/pen_params.hpp"

namespace smp::hands::detail {
namespace {

constexpr std::int64_t kTickMs = 10;  // one mouse event
constexpr double kTravelMmS = 120.0;  // the hand lifted, crossing to where work resumes
constexpr double kMinDensity = 4.0;   // dots/cm^2 below which the hand lifts

// The box around every cell that wants dots.
core::RectMm work_bounds(const WorkPlan& plan) {
  core::RectMm b{{1e9, 1e9}, {-1e9, -1e9}};
  for (const Patch& p : plan.patches) {
    b.min_mm = {std::min(b.min_mm.x, p.bounds_mm.min_mm.x),
                std::min(b.min_mm.y, p.bounds_mm.min_mm.y)};
    b.max_mm = {std::max(b.max_mm.x, p.bounds_mm.max_mm.x),
                std::max(b.max_mm.y, p.bounds_mm.max_mm.y)};
  }
  return b;
}

// Spacing along the path (mm) for a density (dots/cm^2) laid one dot per spacing of path over a
// strip one spacing wide: the square-packing spacing, 10 / sqrt(D).
double spacing_mm(double density_per_cm2) {
  return 10.0 / std::sqrt(density_per_cm2);
}

struct Session {
  PenHand& hand;
  const WorkPlan& plan;
  double share;  // of the final density laid in this session
  double cadence_s;
};

// Presses where the pointer is over cells that want dots, lifts elsewhere.
void set_button(PenHand& hand, bool want) {
  if (want && !hand.pressed()) hand.press();
  if (!want && hand.pressed()) hand.release();
}

// The lifted hand crosses to p at travel speed (at least a quarter second to settle there).
void resume(PenHand& hand, core::Vec2 p) {
  const double ms = core::distance_mm(p, hand.pointer_mm()) / kTravelMmS * 1000.0;
  hand.glide_to(p, std::max<std::int64_t>(250, static_cast<std::int64_t>(ms)));
}

// One drift line of loops from x0 to x1 at y (dir +1 or -1).
void loop_line(Session& s, const StrokeStyle& st, double y, double x0, double x1, int dir,
               core::Rng& rng) {
  const double dt = kTickMs / 1000.0;
  double x = dir > 0 ? x0 : x1;
  double phase = rng.uniform(0.0, 2 * std::numbers::pi);
  double r = rng.uniform(st.loop_radius_min_mm, st.loop_radius_max_mm);
  double r_goal = r;
  core::Vec2 wobble{0.0, 0.0};
  // A hand's loops are not a machine's: the turning speed wanders and now and then reverses, the
  // radius changes every few loops and the drift line wanders across the strip. Regular circles
  // drifting at a constant speed lay a trochoid whose columns show plainly when healed.
  double spin = 1.0, spin_goal = 1.0;
  double y_off = 0.0;
  bool lifted = true;
  while (dir > 0 ? x <= x1 : x >= x0) {
    const core::Vec2 centre{x, y};
    const double d_c = s.plan.density_at(centre) * s.share;
    if (d_c < kMinDensity) {  // nothing wanted here: lift and cross at travel speed
      set_button(s.hand, false);
      lifted = true;
      x += dir * kTravelMmS * dt;
      continue;
    }
    if (lifted) {  // put the hand down where the loops resume
      resume(s.hand, centre + r * core::Vec2(std::cos(phase), std::sin(phase)));
      lifted = false;
    }
    const double v = st.speed_scale * spacing_mm(d_c) / s.cadence_s;
    // Drift so that the strip row_gap wide gets d_c: dots/s over (drift * row_gap) mm^2/s.
    const double drift = st.speed_scale * (1.0 / s.cadence_s) / (d_c / 100.0 * st.row_gap_mm);
    if (rng.uniform() < 0.01)
      spin_goal = (rng.uniform() < 0.3 ? -1.0 : 1.0) * rng.uniform(0.6, 1.4) *
                  (spin_goal < 0.0 ? -1.0 : 1.0);
    spin += (spin_goal - spin) * 0.1;
    phase += spin * v / r * dt;
    if (rng.uniform() < 0.03) r_goal = rng.uniform(st.loop_radius_min_mm, st.loop_radius_max_mm);
    r += (r_goal - r) * 0.05;
    y_off = std::clamp(y_off * 0.998 + rng.normal(0.0, 0.05), -0.4 * st.row_gap_mm,
                       0.4 * st.row_gap_mm);
    wobble = wobble * 0.97 + core::Vec2(rng.normal(0.0, 0.04), rng.normal(0.0, 0.04));
    x += dir * drift * dt;
    const core::Vec2 p =
        core::Vec2{x, y + y_off} + r * core::Vec2(std::cos(phase), std::sin(phase)) + wobble;
    s.hand.glide_to(p, kTickMs);
    set_button(s.hand, s.plan.density_at(p) >= kMinDensity);
  }
  set_button(s.hand, false);
}

// One straight row from x0 to x1 at y: held where dots are wanted, at the spacing's speed.
void straight_row(Session& s, const StrokeStyle& st, double y, double x0, double x1, int dir) {
  const double dt = kTickMs / 1000.0;
  double x = dir > 0 ? x0 : x1;
  bool lifted = true;
  while (dir > 0 ? x <= x1 : x >= x0) {
    const core::Vec2 p{x, y};
    const double d_c = s.plan.density_at(p) * s.share;
    if (d_c < kMinDensity) {
      set_button(s.hand, false);
      lifted = true;
      x += dir * kTravelMmS * dt;
      continue;
    }
    if (lifted) resume(s.hand, p), lifted = false;
    x += dir * st.speed_scale * spacing_mm(d_c) / s.cadence_s * dt;
    s.hand.glide_to({x, y}, kTickMs);
    set_button(s.hand, true);
  }
  set_button(s.hand, false);
}

}  // namespace

core::Attempt run_stroker(const core::Level& level, const core::Scalp& scalp, std::uint64_t seed,
                          const HandParams& hp, const StrokeStyle& st, const std::string& name) {
  core::Rng rng(seed);
  const WorkPlan plan = make_work_plan(level, scalp, clipped_to(hp.clip_mm), hp.patch_mm, rng);
  core::Attempt a = attempt_header(level, plan, seed, name);
  if (plan.patches.empty()) return a;
  const core::RectMm box = work_bounds(plan);
  PenHand hand(level, scalp, plan, a, seed);
  const double cadence_s =
      static_cast<double>(sim::pen_params_for_difficulty(level.difficulty).cadence_ms) / 1000.0;
  // The rows novice keeps one row spacing: the square spacing of the core density.
  double core_d = 0.0;
  for (float d : plan.density.density) core_d = std::max(core_d, static_cast<double>(d));
  double done = 0.0;
  for (int k = 1; k <= plan.sessions(); ++k) {
    const double cum = plan.shares[static_cast<std::size_t>(k - 1)];
    Session s{hand, plan, cum - done, cadence_s};
    done = cum;
    hand.begin_session(k, box.min_mm, Tool{});
    if (s.share <= 0.0) {
      hand.end_session();
      continue;
    }
    const double gap =
        st.stroke == Stroke::Rows ? st.speed_scale * spacing_mm(core_d * s.share) : st.row_gap_mm;
    int dir = 1;
    for (double y = box.min_mm.y + rng.uniform(0.0, gap); y <= box.max_mm.y; y += gap) {
      if (st.stroke == Stroke::Rows)
        straight_row(s, st, y, box.min_mm.x, box.max_mm.x, dir);
      else
        loop_line(s, st, y, box.min_mm.x, box.max_mm.x, dir, rng);
      dir = -dir;
      if (rng.uniform() < 0.1) hand.wait(static_cast<std::int64_t>(rng.uniform(2000, 6000)));
    }
    hand.end_session();
  }
  return a;
}

}  // namespace smp::hands::detail
