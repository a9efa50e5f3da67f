// What a hand works to: the expert's density plan (core/exemplar's plan steps, reused), the
// pigment and session plans, and the patches a person works one at a time. A novice's fault in
// the plan (a lower line, filled temples, a scar worked 3x or skipped) is a tweak applied here.
// Not how dots are placed (clicker.cpp, stippler.cpp) nor the pen (pen_hand.hpp).
#pragma once
#include <cstddef>
#include <vector>

#include "core/base/rng.hpp"
#include "core/colour/pigment_plan.hpp"
#include "core/exemplar/exemplar_internal.hpp"
#include "core/level.hpp"
#include "core/scalp/scalp.hpp"

namespace smp::hands {

struct PlanTweaks {
  double line_drop_min_mm = 0.0;  // the worked line this much in front of the plan (drifting
  double line_drop_max_mm = 0.0;  // smoothly between min and max along the line)
  bool fill_temples = false;      // the line flattened across the fronto-temporal recesses
  double scar_scale = 1.0;        // density on scar tissue times this (0: skipped)
  double density_scale = 1.0;     // every cell's density times this
  core::RectMm clip_mm{{0.0, 0.0}, {0.0, 0.0}};  // nothing outside it, unless it is empty
};

inline PlanTweaks clipped_to(const core::RectMm& clip_mm) {
  PlanTweaks t;
  t.clip_mm = clip_mm;
  return t;
}

// One square of the work, with the cells that want dots.
struct Patch {
  core::RectMm bounds_mm;
  std::vector<std::size_t> cells;  // DensityPlan indices with density > 0
  std::vector<double> cum_weight;  // running sum of the cells' densities (for weighted draws)
  double planned_dots = 0.0;       // at the final density
};

struct WorkPlan {
  core::Polyline plan_line_mm;  // the level's plan (what goes into the attempt as the mockup)
  bool line_is_mockup = false;
  core::Polyline worked_line_mm;  // the front edge the hand works (the plan, or in front of it)
  core::exemplar_detail::DensityPlan density;  // final dots/cm^2 per 1 mm cell
  core::PigmentPlan pigments;
  std::vector<double> shares;  // cumulative share of the final density after each session
  double edge_needle_depth_mm = 10.0;
  std::vector<Patch> patches;  // in work order: strips front to back, alternating
  int sessions() const { return static_cast<int>(shares.size()); }
  // The 1RL edge: cells close behind the worked line.
  bool at_edge(core::Vec2 p_mm) const;
  double density_at(core::Vec2 p_mm) const { return density.density_at(p_mm); }
  double planned_dots() const;
};

WorkPlan make_work_plan(const core::Level& level, const core::Scalp& scalp, const PlanTweaks& tw,
                        double patch_mm, core::Rng& rng);

// A point in the patch drawn in proportion to the planned density (uniform within a cell).
core::Vec2 draw_in_patch(const WorkPlan& plan, const Patch& patch, core::Rng& rng);

// True on scar tissue (a linear scar's body, an FUE puncture's disc).
bool on_any_scar(const core::Scalp& scalp, core::Vec2 p_mm);

}  // namespace smp::hands
