#include "sim/pen.hpp"

#include <box2d/box2d.h>
#include <numbers>

#include <algorithm>
#include <cmath>

namespace smp::sim {
namespace {
constexpr double kTwoPi = 2.0 * std::numbers::pi;

b2Vec2 to_world(core::Vec2 p_mm) {
  return b2Vec2(static_cast<float>(p_mm.x / kMmPerWorldUnit),
                static_cast<float>(p_mm.y / kMmPerWorldUnit));
}
core::Vec2 to_mm(b2Vec2 p) {
  return core::Vec2(static_cast<double>(p.x) * kMmPerWorldUnit,
                    static_cast<double>(p.y) * kMmPerWorldUnit);
}
// Box2D's solver iterations; a single body on a joint converges in far fewer.
constexpr int kVelocityIterations = 8;
constexpr int kPositionIterations = 3;
}  // namespace

Pen::Pen(const PenParams& params, std::uint64_t seed, core::Vec2 start_mm, std::int64_t start_ms)
    : params_(params), tremor_(params, seed), pointer_mm_(start_mm) {
  step_us_ = 1'000'000 / std::clamp(params_.step_hz, 50, 10'000);
  now_us_ = start_ms * 1000;
  world_ = std::make_unique<b2World>(b2Vec2(0.0f, 0.0f));  // the chart is seen from above

  b2BodyDef ground_def;
  ground_ = world_->CreateBody(&ground_def);

  b2BodyDef tip_def;
  tip_def.type = b2_dynamicBody;
  tip_def.position = to_world(start_mm);
  tip_def.fixedRotation = true;
  tip_def.allowSleep = false;  // a slow, steady hand must not freeze the tip
  tip_ = world_->CreateBody(&tip_def);
  b2MassData mass;
  mass.mass = static_cast<float>(params_.tip_mass_kg);
  mass.center = b2Vec2(0.0f, 0.0f);
  mass.I = 1.0f;
  tip_->SetMassData(&mass);

  const double w0 = kTwoPi * params_.follow_hz;
  b2MouseJointDef jd;
  jd.bodyA = ground_;
  jd.bodyB = tip_;
  jd.target = to_world(start_mm);
  jd.maxForce = static_cast<float>(params_.tip_mass_kg * params_.max_accel_mm_s2 / kMmPerWorldUnit);
  jd.stiffness = static_cast<float>(params_.tip_mass_kg * w0 * w0);
  jd.damping = static_cast<float>(2.0 * params_.tip_mass_kg * params_.damping_ratio * w0);
  joint_ = static_cast<b2MouseJoint*>(world_->CreateJoint(&jd));
}

Pen::~Pen() = default;

void Pen::move(std::int64_t t_ms, core::Vec2 pointer_mm) {
  advance_to(t_ms);
  pointer_mm_ = pointer_mm;
  joint_->SetTarget(to_world(pointer_mm));
}

void Pen::press(std::int64_t t_ms) {
  advance_to(t_ms);
  if (pressed_) return;
  pressed_ = true;
  fire();
  next_fire_us_ = now_us_ + params_.cadence_ms * 1000;
  next_sample_us_ = now_us_;
  sample_path();
}

void Pen::release(std::int64_t t_ms) {
  advance_to(t_ms);
  if (!pressed_) return;
  pressed_ = false;
  path_.push_back({now_ms(), 1, pointer_mm_, tip_mm(), false});
}

void Pen::advance_to(std::int64_t t_ms) {
  const std::int64_t target_us = t_ms * 1000;
  while (now_us_ + step_us_ <= target_us) step_once();
}

void Pen::teleport(core::Vec2 p_mm) {
  pointer_mm_ = p_mm;
  tip_->SetTransform(to_world(p_mm), 0.0f);
  tip_->SetLinearVelocity(b2Vec2(0.0f, 0.0f));
  joint_->SetTarget(to_world(p_mm));
}

void Pen::step_once() {
  const double t_s = static_cast<double>(now_us_) * 1e-6;
  const core::Vec2 a = tremor_.accel_mm_s2(t_s);
  const double k = params_.tip_mass_kg / kMmPerWorldUnit;
  tip_->ApplyForceToCenter(b2Vec2(static_cast<float>(a.x * k), static_cast<float>(a.y * k)), true);
  world_->Step(static_cast<float>(static_cast<double>(step_us_) * 1e-6), kVelocityIterations,
               kPositionIterations);
  now_us_ += step_us_;
  if (!pressed_) return;
  if (now_us_ >= next_fire_us_) {
    fire();
    next_fire_us_ += params_.cadence_ms * 1000;
  }
  if (now_us_ >= next_sample_us_) sample_path();
}

void Pen::fire() {
  impressions_.push_back({now_ms(), tip_mm(), pointer_mm_, tip_speed_mm_s()});
}

void Pen::sample_path() {
  path_.push_back({now_ms(), 1, pointer_mm_, tip_mm(), true});
  next_sample_us_ = now_us_ + std::max<std::int64_t>(params_.path_sample_ms, 1) * 1000;
}

core::Vec2 Pen::tip_mm() const {
  return to_mm(tip_->GetPosition());
}

double Pen::tip_speed_mm_s() const {
  const b2Vec2 v = tip_->GetLinearVelocity();
  return std::hypot(static_cast<double>(v.x), static_cast<double>(v.y)) * kMmPerWorldUnit;
}

std::vector<Impression> Pen::take_impressions() {
  std::vector<Impression> out;
  out.swap(impressions_);
  return out;
}

std::vector<core::PenSample> Pen::take_path() {
  std::vector<core::PenSample> out;
  out.swap(path_);
  return out;
}

}  // namespace smp::sim
