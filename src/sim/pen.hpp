// The simulated handpiece: the needle tip is a Box2D body pulled toward the pointer by a mouse
// joint, shaken by seeded tremor, stepped at a fixed rate; impressions land where the tip is.
// Not what a dot looks like (render) or how it heals (core/scoring/healing).
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "core/attempt.hpp"
#include "core/base/geometry.hpp"
#include "sim/pen_params.hpp"
#include "sim/tremor.hpp"

class b2World;
class b2Body;
class b2MouseJoint;

namespace smp::sim {

// One needle impression as the machine fired it.
struct Impression {
  std::int64_t t_ms = 0;            // on the pen's clock (the caller's session clock)
  core::Vec2 tip_mm{0.0, 0.0};      // where the pigment goes
  core::Vec2 pointer_mm{0.0, 0.0};  // where the trainee aimed
  double tip_speed_mm_s = 0.0;      // speed of the tip when it fired (for footprint spread)
};

// Owns the Box2D world (an invariant to protect: the body, joint and clock move together).
// Events must come in non-decreasing time; an event earlier than the clock acts at the clock.
// Same params + seed + event stream => identical impressions, bit for bit.
class Pen {
 public:
  Pen(const PenParams& params, std::uint64_t seed, core::Vec2 start_mm, std::int64_t start_ms = 0);
  ~Pen();
  Pen(const Pen&) = delete;
  Pen& operator=(const Pen&) = delete;

  void move(std::int64_t t_ms, core::Vec2 pointer_mm);
  // Press fires one impression at once (a click), then one per cadence while held.
  void press(std::int64_t t_ms);
  void release(std::int64_t t_ms);
  // Steps the world in fixed steps up to t_ms (the last partial step waits for the next call).
  void advance_to(std::int64_t t_ms);
  // Puts tip and pointer at p, at rest, without physics (a new session, a view jump).
  void teleport(core::Vec2 p_mm);

  core::Vec2 tip_mm() const;
  core::Vec2 pointer_mm() const { return pointer_mm_; }
  double tip_speed_mm_s() const;
  bool pressed() const { return pressed_; }
  std::int64_t now_ms() const { return now_us_ / 1000; }
  const PenParams& params() const { return params_; }

  // Impressions and path samples since the last call, in time order.
  std::vector<Impression> take_impressions();
  std::vector<core::PenSample> take_path();

 private:
  void step_once();
  void fire();
  void sample_path();

  PenParams params_;
  Tremor tremor_;
  std::unique_ptr<b2World> world_;
  b2Body* ground_ = nullptr;
  b2Body* tip_ = nullptr;
  b2MouseJoint* joint_ = nullptr;
  std::int64_t step_us_ = 2000;
  std::int64_t now_us_ = 0;
  std::int64_t next_fire_us_ = 0;
  std::int64_t next_sample_us_ = 0;
  core::Vec2 pointer_mm_{0.0, 0.0};
  bool pressed_ = false;
  std::vector<Impression> impressions_;
  std::vector<core::PenSample> path_;
};

}  // namespace smp::sim
