// The pen driven by a hand's events; impressions become dots like the app's controller makes them.
#include "pen_hand.hpp"

#include <algorithm>

#include "core/needle.hpp"
#include "core/scalp/chart.hpp"
#include "sim/pen_params.hpp"

namespace smp::hands {

PenHand::PenHand(const core::Level& level, const core::Scalp& scalp, const WorkPlan& plan,
                 core::Attempt& attempt, std::uint64_t seed)
    : level_(level), scalp_(scalp), plan_(plan), attempt_(attempt), seed_(seed) {}

PenHand::~PenHand() = default;

void PenHand::begin_session(int session, core::Vec2 start_mm, const Tool& tool) {
  session_ = session;
  tool_ = tool;
  t_ms_ = 0;
  const auto s = static_cast<std::size_t>(session - 1);
  attempt_.session_pigments.push_back(tool.dilution_override >= 0.0
                                          ? core::pigment_named(tool.dilution_override)
                                          : plan_.pigments.session[s]);
  // As the app: a tremor stream per session, fixed by the attempt's seed.
  pen_ = std::make_unique<sim::Pen>(sim::pen_params_for_difficulty(level_.difficulty),
                                    seed_ * 1000003u + static_cast<unsigned>(session), start_mm, 0);
}

void PenHand::end_session() {
  if (pen_->pressed()) pen_->release(t_ms_);
  t_ms_ += 1000;
  pen_->advance_to(t_ms_);
  collect();
  attempt_.session_duration_ms.push_back(t_ms_);
  pen_.reset();
}

core::Vec2 PenHand::pointer_mm() const {
  return pen_->pointer_mm();
}
bool PenHand::pressed() const {
  return pen_->pressed();
}

void PenHand::glide_to(core::Vec2 p, std::int64_t move_ms) {
  constexpr std::int64_t kEventMs = 10;
  const core::Vec2 from = pen_->pointer_mm();
  const std::int64_t t0 = t_ms_;
  for (std::int64_t dt = kEventMs; dt < move_ms; dt += kEventMs) {
    const double u = static_cast<double>(dt) / static_cast<double>(move_ms);
    const double s = u * u * u * (10 - 15 * u + 6 * u * u);
    pen_->move(t0 + dt, from + (p - from) * s);
  }
  t_ms_ = t0 + std::max<std::int64_t>(move_ms, 1);
  pen_->move(t_ms_, p);
  pen_->advance_to(t_ms_);
  collect();
}

void PenHand::wait(std::int64_t ms) {
  t_ms_ += std::max<std::int64_t>(ms, 0);
  pen_->advance_to(t_ms_);
  collect();
}

void PenHand::press() {
  pen_->press(t_ms_);
  collect();
}

void PenHand::release() {
  pen_->release(t_ms_);
  collect();
}

std::vector<core::Vec2> PenHand::take_new_dots() {
  std::vector<core::Vec2> out;
  out.swap(fresh_);
  return out;
}

void PenHand::collect() {
  const auto s = static_cast<std::size_t>(session_ - 1);
  for (const sim::Impression& imp : pen_->take_impressions()) {
    if (!core::on_head(scalp_.chart, imp.tip_mm)) continue;  // fired in the air
    core::Dot d;
    d.pos_mm = imp.tip_mm;
    d.depth_mm = tool_.depth_mm;
    d.session = session_;
    // A person switches to the 1RL and the lighter edge shade to work the hairline (notes R17).
    const bool edge = plan_.at_edge(imp.tip_mm);
    d.needle = edge ? core::Needle{core::NeedleConfig::RL1, 0.20}
                    : core::Needle{core::NeedleConfig::RL3, 0.25};
    d.dilution_water_parts =
        tool_.dilution_override >= 0.0
            ? tool_.dilution_override
            : (edge ? plan_.pigments.edge[s] : plan_.pigments.session[s]).dilution_water_parts;
    d.t_ms = imp.t_ms;
    attempt_.dots.push_back(d);
    fresh_.push_back(imp.tip_mm);
  }
  for (core::PenSample p : pen_->take_path()) {
    p.session = session_;
    attempt_.pen_path.push_back(p);
  }
}

}  // namespace smp::hands
