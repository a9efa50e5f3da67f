// The handpiece: determinism, drag behind a fast pointer, tremor by difficulty, machine cadence.
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <vector>

#include "sim/pen.hpp"

using smp::core::Vec2;
using smp::sim::Impression;
using smp::sim::Pen;
using smp::sim::pen_params_for_difficulty;
using smp::sim::PenParams;

namespace {

// A scripted hand: sweeps right at speed_mm_s with the button held for duration_ms, moving the
// pointer every 8 ms (a 125 Hz mouse), returns every impression.
std::vector<Impression> sweep(const PenParams& params, std::uint64_t seed, double speed_mm_s,
                              std::int64_t duration_ms) {
  Pen pen(params, seed, Vec2(0.0, 100.0));
  pen.press(0);
  for (std::int64_t t = 8; t <= duration_ms; t += 8)
    pen.move(t, Vec2(speed_mm_s * static_cast<double>(t) / 1000.0, 100.0));
  pen.release(duration_ms);
  return pen.take_impressions();
}

// Holds the pointer still at p and clicks every 40 ms; returns the RMS distance from p.
double click_scatter_rms_mm(const PenParams& params, std::uint64_t seed, int clicks) {
  const Vec2 p(20.0, 150.0);
  Pen pen(params, seed, p);
  double sum_sq = 0.0;
  for (int i = 0; i < clicks; ++i) {
    const std::int64_t t = 500 + 40 * static_cast<std::int64_t>(i);  // let it settle first
    pen.press(t);
    pen.release(t + 10);
  }
  const auto imps = pen.take_impressions();
  REQUIRE(imps.size() == static_cast<std::size_t>(clicks));
  for (const auto& imp : imps) {
    const Vec2 d = imp.tip_mm - p;
    sum_sq += d.x * d.x + d.y * d.y;
  }
  return std::sqrt(sum_sq / clicks);
}

bool bitwise_equal(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

}  // namespace

TEST_CASE("the same seed and the same input stream give identical impressions bit for bit") {
  const PenParams params = pen_params_for_difficulty(3);
  const auto a = sweep(params, 42, 60.0, 2000);
  const auto b = sweep(params, 42, 60.0, 2000);
  REQUIRE(a.size() == b.size());
  REQUIRE(a.size() > 5);
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].t_ms == b[i].t_ms);
    CHECK(bitwise_equal(a[i].tip_mm.x, b[i].tip_mm.x));
    CHECK(bitwise_equal(a[i].tip_mm.y, b[i].tip_mm.y));
  }
}

TEST_CASE("a different seed gives a different tremor") {
  const PenParams params = pen_params_for_difficulty(3);
  const auto a = sweep(params, 42, 60.0, 1000);
  const auto b = sweep(params, 43, 60.0, 1000);
  REQUIRE(a.size() == b.size());
  bool any_differs = false;
  for (std::size_t i = 0; i < a.size(); ++i)
    any_differs = any_differs || a[i].tip_mm != b[i].tip_mm;
  CHECK(any_differs);
}

TEST_CASE("the tip lags further behind a fast pointer than a slow one") {
  PenParams params = pen_params_for_difficulty(3);
  params.tremor_rms_mm = 0.0;  // isolate the drag
  auto mean_lag = [&](double speed) {
    const auto imps = sweep(params, 1, speed, 1500);
    double lag = 0.0;
    int n = 0;
    for (const auto& imp : imps)
      if (imp.t_ms >= 500) {  // past the start-up transient
        lag += imp.pointer_mm.x - imp.tip_mm.x;
        ++n;
      }
    REQUIRE(n > 0);
    return lag / n;
  };
  const double slow = mean_lag(10.0);
  const double fast = mean_lag(150.0);
  CHECK(slow > 0.0);
  CHECK(slow < 0.5);
  CHECK(fast > 5.0 * slow);
  CHECK(fast > 1.0);
}

TEST_CASE("a harder level drags more at the same speed") {
  PenParams easy = pen_params_for_difficulty(1);
  PenParams hard = pen_params_for_difficulty(5);
  easy.tremor_rms_mm = hard.tremor_rms_mm = 0.0;
  const auto e = sweep(easy, 1, 100.0, 1000);
  const auto h = sweep(hard, 1, 100.0, 1000);
  CHECK(h.back().pointer_mm.x - h.back().tip_mm.x > e.back().pointer_mm.x - e.back().tip_mm.x);
}

TEST_CASE("tremor scatter around a still pointer grows with difficulty") {
  double previous = 0.0;
  for (int d = 1; d <= 5; ++d) {
    const double rms = click_scatter_rms_mm(pen_params_for_difficulty(d), 7, 60);
    CAPTURE(d);
    CHECK(rms > previous);
    previous = rms;
  }
  CHECK(click_scatter_rms_mm(pen_params_for_difficulty(5), 7, 60) < 0.5);
}

TEST_CASE("without tremor a still pointer gives dots exactly under it") {
  PenParams params = pen_params_for_difficulty(5);
  params.tremor_rms_mm = 0.0;
  CHECK(click_scatter_rms_mm(params, 7, 10) < 1e-4);
}

TEST_CASE("holding the button fires at the machine cadence") {
  PenParams params = pen_params_for_difficulty(2);
  params.cadence_ms = 150;
  Pen pen(params, 3, Vec2(0.0, 100.0));
  pen.press(1000);
  pen.release(1000 + 1500);
  // One at the press, then at +150, +300, ..., +1500: eleven in all.
  const auto imps = pen.take_impressions();
  CHECK(imps.size() == 11);
  for (std::size_t i = 1; i < imps.size(); ++i) CHECK(imps[i].t_ms - imps[i - 1].t_ms == 150);
}

TEST_CASE("a click places exactly one impression and nothing fires after release") {
  Pen pen(pen_params_for_difficulty(1), 3, Vec2(0.0, 100.0));
  pen.press(100);
  pen.release(120);
  pen.advance_to(5000);
  CHECK(pen.take_impressions().size() == 1);
  CHECK(pen.take_impressions().empty());
}

TEST_CASE("stepping in many small calls or one big call gives the same tip") {
  const PenParams params = pen_params_for_difficulty(4);
  Pen a(params, 9, Vec2(0.0, 0.0));
  Pen b(params, 9, Vec2(0.0, 0.0));
  a.move(0, Vec2(30.0, 10.0));
  b.move(0, Vec2(30.0, 10.0));
  for (std::int64_t t = 1; t <= 777; ++t) a.advance_to(t);  // a 1 kHz frame loop
  b.advance_to(777);                                        // one long frame
  CHECK(a.tip_mm() == b.tip_mm());
  CHECK(a.now_ms() == b.now_ms());
}

TEST_CASE("the pen path is sampled while the button is held") {
  PenParams params = pen_params_for_difficulty(1);
  params.path_sample_ms = 20;
  Pen pen(params, 3, Vec2(0.0, 100.0));
  pen.press(0);
  pen.release(200);
  const auto path = pen.take_path();
  REQUIRE(path.size() >= 10);
  CHECK(path.front().pressed);
  CHECK_FALSE(path.back().pressed);
}
