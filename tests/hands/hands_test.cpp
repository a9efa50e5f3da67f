// The hand models themselves (not the grader's view of them): deterministic, and each one works
// as its description says. Small clipped areas keep the debug build quick.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "hands/hands.hpp"
#include "io/level/level_io.hpp"

namespace smp::hands {
namespace {

struct Client {
  core::Level level;
  core::Scalp scalp;
};

Client client(const std::string& file) {
  Client c{io::load_level(std::string(SMP_SOURCE_DIR) + "/levels/" + file), {}};
  c.scalp = core::generate_scalp(c.level.client);
  return c;
}

core::RectMm box(double x0, double y0, double x1, double y1) {
  return {{x0, y0}, {x1, y1}};
}

// Dots per cm^2 inside r.
double density_in(const core::Attempt& a, const core::RectMm& r) {
  const auto n = std::count_if(a.dots.begin(), a.dots.end(),
                               [&](const core::Dot& d) { return r.contains(d.pos_mm); });
  return static_cast<double>(n) / (r.width_mm() * r.height_mm() / 100.0);
}

core::RectMm inset(const core::RectMm& r, double mm) {
  return {r.min_mm + core::Vec2(mm, mm), r.max_mm - core::Vec2(mm, mm)};
}

// Level 00 asks 80 dots/cm^2 over the mid scalp and crown; this square lies in the mid scalp.
const core::RectMm kMidScalp = box(-15.0, 135.0, 15.0, 165.0);
constexpr double kTarget00 = 80.0;

HandParams clipped(const core::RectMm& r) {
  HandParams p;
  p.clip_mm = r;
  return p;
}

}  // namespace

TEST_CASE("a hand gives the same dots for the same seed and other dots for another seed") {
  const Client c = client("00-buzz-cut-practice.json");
  const HandParams p = clipped(box(-8.0, 140.0, 8.0, 156.0));
  for (Hand h : {Hand::SkilledClicker, Hand::SkilledStippler, Hand::NoviceRows}) {
    CAPTURE(hand_name(h));
    const core::Attempt a = make_hand_attempt(h, c.level, c.scalp, 7, p);
    const core::Attempt b = make_hand_attempt(h, c.level, c.scalp, 7, p);
    const core::Attempt other = make_hand_attempt(h, c.level, c.scalp, 8, p);
    REQUIRE(a.dots.size() > 50);
    REQUIRE(a.dots.size() == b.dots.size());
    for (std::size_t i = 0; i < a.dots.size(); ++i) {
      CHECK(a.dots[i].pos_mm == b.dots[i].pos_mm);
      CHECK(a.dots[i].t_ms == b.dots[i].t_ms);
    }
    CHECK(a.session_duration_ms == b.session_duration_ms);
    CHECK((other.dots.size() != a.dots.size() || other.dots[0].pos_mm != a.dots[0].pos_mm));
  }
}

TEST_CASE("the skilled clicker reaches the target density within 15 % in the area it works") {
  const Client c = client("00-buzz-cut-practice.json");
  const core::Attempt a =
      make_hand_attempt(Hand::SkilledClicker, c.level, c.scalp, 3, clipped(kMidScalp));
  CHECK(density_in(a, inset(kMidScalp, 2.0)) == doctest::Approx(kTarget00).epsilon(0.15));
  SUBCASE("at 1.5-2 clicks a second, pauses included at most 20 % slower") {
    const double per_s = static_cast<double>(a.dots.size()) / (work_minutes(a) * 60.0);
    CHECK(per_s <= 2.0);
    CHECK(per_s >= 1.5 / 1.2);
  }
}

TEST_CASE("the skilled clicker follows the session plan: about 35, 70 and 100 % of the target") {
  Client c = client("00-buzz-cut-practice.json");
  c.level.task.sessions = 3;
  const core::Attempt a =
      make_hand_attempt(Hand::SkilledClicker, c.level, c.scalp, 5, clipped(kMidScalp));
  const core::RectMm in = inset(kMidScalp, 2.0);
  const double shares[3] = {0.35, 0.70, 1.0};
  double cum = 0.0;
  for (int s = 1; s <= 3; ++s) {
    const auto n = std::count_if(a.dots.begin(), a.dots.end(), [&](const core::Dot& d) {
      return d.session == s && in.contains(d.pos_mm);
    });
    cum += static_cast<double>(n) / (in.width_mm() * in.height_mm() / 100.0);
    CAPTURE(s);
    CHECK(cum == doctest::Approx(kTarget00 * shares[s - 1]).epsilon(0.15));
  }
  CHECK(a.session_duration_ms.size() == 3);
  CHECK(a.session_pigments.size() == 3);
}

TEST_CASE("the clicker's measured aim error is the sigma it is given") {
  const Client c = client("00-buzz-cut-practice.json");
  for (double sigma : {0.3, 0.6, 1.0}) {
    CAPTURE(sigma);
    std::vector<core::Vec2> meant;
    HandParams p = clipped(box(-10.0, 140.0, 10.0, 160.0));
    p.aim_sigma_mm = sigma;
    p.meant_mm = &meant;
    const core::Attempt a = make_hand_attempt(Hand::SkilledClicker, c.level, c.scalp, 11, p);
    REQUIRE(a.dots.size() == meant.size());  // one impression per click, all on skin
    double sx = 0.0, sy = 0.0;
    for (std::size_t i = 0; i < meant.size(); ++i) {
      const core::Vec2 e = a.dots[i].pos_mm - meant[i];
      sx += e.x * e.x, sy += e.y * e.y;
    }
    const double n = static_cast<double>(meant.size());
    // The pen's tremor (~0.03 mm RMS) and residual lag add a little on top.
    CHECK(std::sqrt(sx / n) == doctest::Approx(sigma).epsilon(0.12));
    CHECK(std::sqrt(sy / n) == doctest::Approx(sigma).epsilon(0.12));
  }
}

TEST_CASE("the stippler lays the target spacing along its loops and the target density") {
  const Client c = client("00-buzz-cut-practice.json");
  const core::Attempt a =
      make_hand_attempt(Hand::SkilledStippler, c.level, c.scalp, 3, clipped(kMidScalp));
  REQUIRE(a.dots.size() > 200);
  // Consecutive impressions of a held stroke are one target spacing apart (10 / sqrt(80) mm).
  double step = 0.0;
  int steps = 0;
  for (std::size_t i = 1; i < a.dots.size(); ++i) {
    const double d = core::distance_mm(a.dots[i].pos_mm, a.dots[i - 1].pos_mm);
    if (a.dots[i].t_ms - a.dots[i - 1].t_ms == 150 && d < 5.0) step += d, ++steps;
  }
  REQUIRE(steps > 100);
  CHECK(step / steps == doctest::Approx(10.0 / std::sqrt(kTarget00)).epsilon(0.15));
  CHECK(density_in(a, inset(kMidScalp, 4.0)) == doctest::Approx(kTarget00).epsilon(0.2));
  SUBCASE("and the too-fast novice lays them wider apart and fewer") {
    const core::Attempt f =
        make_hand_attempt(Hand::NoviceTooFast, c.level, c.scalp, 3, clipped(kMidScalp));
    CHECK(density_in(f, inset(kMidScalp, 4.0)) < 0.75 * kTarget00);
  }
}

TEST_CASE("the low-hairline novice works the front edge 10-15 mm in front of the skilled hand") {
  const Client c = client("01-norwood3-hairline.json");
  const HandParams p = clipped(box(-12.0, 30.0, 12.0, 110.0));
  const core::Attempt good = make_hand_attempt(Hand::SkilledClicker, c.level, c.scalp, 2, p);
  const core::Attempt low = make_hand_attempt(Hand::NoviceLowHairline, c.level, c.scalp, 2, p);
  // The front edge: the 5th front-most dot (-y is toward the forehead), sentinels aside.
  auto front = [](const core::Attempt& a) {
    std::vector<double> ys;
    for (const core::Dot& d : a.dots) ys.push_back(d.pos_mm.y);
    std::sort(ys.begin(), ys.end());
    REQUIRE(ys.size() > 10);
    return ys[4];
  };
  const double drop = front(good) - front(low);
  CHECK(drop >= 9.0);
  CHECK(drop <= 16.0);
  CHECK(low.mockup_hairline_mm == good.mockup_hairline_mm);  // the plan was drawn right
}

TEST_CASE("the scar novices work the scar three times over or leave it bare") {
  const Client c = client("08-fut-strip-scar.json");
  REQUIRE(!c.scalp.scars.empty());
  const core::Scar& scar = c.scalp.scars.front();
  const double cy = core::polyline_y_at(scar.path_mm, 0.0);  // the strip where it crosses x = 0
  REQUIRE(std::isfinite(cy));
  const HandParams p = clipped(box(-10.0, cy - 12.0, 10.0, cy + 12.0));
  auto on_scar_count = [&](const core::Attempt& a) {
    return std::count_if(a.dots.begin(), a.dots.end(),
                         [&](const core::Dot& d) { return core::on_scar(scar, d.pos_mm); });
  };
  const auto skilled =
      on_scar_count(make_hand_attempt(Hand::SkilledClicker, c.level, c.scalp, 4, p));
  const auto over =
      on_scar_count(make_hand_attempt(Hand::NoviceOverworkedScar, c.level, c.scalp, 4, p));
  const auto skipped =
      on_scar_count(make_hand_attempt(Hand::NoviceSkippedScar, c.level, c.scalp, 4, p));
  REQUIRE(skilled > 10);
  CHECK(static_cast<double>(over) > 2.3 * static_cast<double>(skilled));
  // Aim error still puts a stray dot on the scar now and then.
  CHECK(static_cast<double>(skipped) < 0.25 * static_cast<double>(skilled));
}

TEST_CASE("the too-deep and too-dark novices set the tool as their names say") {
  const Client c = client("00-buzz-cut-practice.json");
  const HandParams p = clipped(box(-5.0, 145.0, 5.0, 155.0));
  const core::Attempt deep = make_hand_attempt(Hand::NoviceTooDeep, c.level, c.scalp, 1, p);
  const core::Attempt dark = make_hand_attempt(Hand::NoviceTooDark, c.level, c.scalp, 1, p);
  REQUIRE(!deep.dots.empty());
  REQUIRE(!dark.dots.empty());
  for (const core::Dot& d : deep.dots) CHECK(d.depth_mm >= 0.8);
  for (const core::Dot& d : dark.dots) CHECK(d.dilution_water_parts == 0.0);
}

TEST_CASE("the clumps novice leaves pairs of dots far closer than the skilled clicker does") {
  const Client c = client("00-buzz-cut-practice.json");
  const HandParams p = clipped(box(-10.0, 140.0, 10.0, 160.0));
  auto close_pairs = [](const core::Attempt& a) {
    int n = 0;
    for (std::size_t i = 1; i < a.dots.size(); ++i)
      if (core::distance_mm(a.dots[i].pos_mm, a.dots[i - 1].pos_mm) < 0.25) ++n;
    return n;
  };
  const int skilled = close_pairs(make_hand_attempt(Hand::SkilledClicker, c.level, c.scalp, 6, p));
  const int clumps = close_pairs(make_hand_attempt(Hand::NoviceClumps, c.level, c.scalp, 6, p));
  CHECK(clumps > 10 * std::max(skilled, 5));
}

TEST_CASE("the client's own hair is one dot per follicular unit, only where the expert works") {
  const Client c = client("00-buzz-cut-practice.json");
  const core::Attempt a = make_hand_attempt(Hand::OwnHair, c.level, c.scalp, 1, clipped(kMidScalp));
  // Natural density on the mid scalp is 60-100 follicular units per cm^2 (notes N29-N35).
  const double d = density_in(a, inset(kMidScalp, 1.0));
  CHECK(d > 50.0);
  CHECK(d < 110.0);
  for (const core::Dot& dot : a.dots) CHECK(kMidScalp.contains(dot.pos_mm));
}

}  // namespace smp::hands
