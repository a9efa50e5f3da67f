// The client's own hair read as dots: the scalp generated again without the hair loss (the same
// client, seed and scars), its stubble as the renderer grows it, one dot per follicular unit
// where the expert works. What "natural" looks like to the grader.
#include <algorithm>

#include "hands_internal.hpp"
#include "render/look/look.hpp"

namespace smp::hands::detail {
namespace {

constexpr double kSameUnitMm = 0.25;  // strands of one unit sit within +-0.08 mm of its centre
constexpr std::int64_t kGapMs = 600;  // a nominal pace, so that the dots carry times

}  // namespace

core::Attempt run_own_hair(const core::Level& level, const core::Scalp& scalp, std::uint64_t seed,
                           const HandParams& hp) {
  core::Rng rng(seed);
  const WorkPlan plan = make_work_plan(level, scalp, clipped_to(hp.clip_mm), hp.patch_mm, rng);
  core::Attempt a = attempt_header(level, plan, seed, "own_hair");
  core::ClientSpec natural = scalp.spec;
  natural.loss = core::HairLossSpec{};  // LossPattern::None: the full natural head
  const core::Scalp full = core::generate_scalp(natural);
  const render::ScalpLook look = render::build_look(full, render::RenderParams{});
  // A unit's strands are consecutive in the look's list; a new root far from the last starts one.
  std::vector<core::Vec2> units;
  for (std::size_t i = 0; i < look.strands.size(); ++i) {
    const core::Vec2 root = look.strands[i].root_mm;
    if (i > 0 && core::distance_mm(root, look.strands[i - 1].root_mm) < kSameUnitMm) continue;
    units.push_back(root);
  }
  const int last = plan.sessions();
  for (int s = 1; s <= last; ++s)
    a.session_pigments.push_back(plan.pigments.session[static_cast<std::size_t>(s - 1)]);
  std::int64_t t = 0;
  for (const core::Vec2& u : units) {
    if (plan.density_at(u) <= 0.0) continue;
    core::Dot d;
    d.pos_mm = u;
    d.depth_mm = 0.30;
    d.needle = {core::NeedleConfig::RL1, 0.20};
    d.session = last;
    d.dilution_water_parts = plan.pigments.session.back().dilution_water_parts;
    d.t_ms = t += kGapMs;
    a.dots.push_back(d);
  }
  for (int s = 1; s <= last; ++s) a.session_duration_ms.push_back(s == last ? t + 1000 : 0);
  return a;
}

}  // namespace smp::hands::detail
