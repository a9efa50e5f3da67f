#include <doctest/doctest.h>

#include <algorithm>

#include "core/colour/colour_space.hpp"
#include "core/colour/dot_look.hpp"
#include "core/colour/target_shade.hpp"
#include "core/healing/healing.hpp"
#include "core/healing/healing_internal.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scoring_patterns.hpp"

using namespace smp::core;

namespace {
// n dots on a 1 x 1 cm patch of the mid-scalp at one depth.
Attempt patch_attempt(double depth_mm, std::size_t n = 2000, std::uint64_t seed = 3) {
  Attempt a;
  a.seed = seed;
  const auto pts = smp::test::poisson_pattern(RectMm{{-30.0, 120.0}, {30.0, 160.0}}, n, 17);
  for (std::size_t i = 0; i < pts.size(); ++i) {
    Dot d;
    d.pos_mm = pts[i];
    d.depth_mm = depth_mm;
    d.session = 1 + static_cast<int>(i % 3);
    d.t_ms = static_cast<std::int64_t>(i) * 700;
    a.dots.push_back(d);
  }
  return a;
}
double kept_share(const std::vector<HealedDot>& h) {
  return static_cast<double>(
             std::count_if(h.begin(), h.end(), [](const HealedDot& d) { return d.kept; })) /
         static_cast<double>(h.size());
}
double mean_of(const std::vector<HealedDot>& h, double HealedDot::*f) {
  double s = 0.0;
  for (const auto& d : h) s += d.*f;
  return s / static_cast<double>(h.size());
}
const Scalp& test_scalp() {
  static const Scalp s = generate_scalp(ClientSpec{});
  return s;
}
}  // namespace

TEST_CASE("too shallow dots are lost far more often than dots in the target band") {
  const HealingParams p;
  const double shallow = kept_share(heal(test_scalp(), patch_attempt(0.05), p));
  const double target = kept_share(heal(test_scalp(), patch_attempt(0.30), p));
  CHECK(shallow > 0.30);
  CHECK(shallow < 0.60);
  CHECK(target > 0.90);
  CHECK(target < 0.98);
}

TEST_CASE("the healed diameter is about half the fresh footprint in the target band") {
  const HealingParams p;
  const Attempt a = patch_attempt(0.30, 400);
  const auto healed = heal(test_scalp(), a, p);
  const double fresh = fresh_appearance(a.dots[0], test_scalp(), p).diameter_mm;
  CHECK(mean_of(healed, &HealedDot::diameter_mm) == doctest::Approx(0.5 * fresh).epsilon(0.05));
}

TEST_CASE("too deep dots heal bigger, blown out and bluer") {
  const HealingParams p;
  const auto ok = heal(test_scalp(), patch_attempt(0.30, 300), p);
  const auto deep = heal(test_scalp(), patch_attempt(1.10, 300), p);
  CHECK(mean_of(deep, &HealedDot::diameter_mm) > 1.5 * mean_of(ok, &HealedDot::diameter_mm));
  CHECK(mean_of(deep, &HealedDot::blue_shift) > 0.5);
  CHECK(mean_of(ok, &HealedDot::blue_shift) == 0.0);
  CHECK(std::all_of(deep.begin(), deep.end(), [](const HealedDot& d) { return d.blown_out; }));
  CHECK(std::none_of(ok.begin(), ok.end(), [](const HealedDot& d) { return d.blown_out; }));
}

TEST_CASE("healed dots are one to three shades lighter than fresh") {
  const HealingParams p;
  const Attempt a = patch_attempt(0.30, 300);
  const auto healed = heal(test_scalp(), a, p);
  const double fresh = fresh_appearance(a.dots[0], test_scalp(), p).darkness;
  for (const auto& h : healed) {
    CHECK(h.darkness <= fresh * p.shade_step_factor + 1e-12);
    CHECK(h.darkness >= fresh * std::pow(p.shade_step_factor, 3.0) - 1e-12);
  }
}

TEST_CASE("scar tissue keeps fewer dots and spreads them") {
  const HealingParams p;
  Scalp scalp = test_scalp();
  Scar scar;
  scar.kind = ScarKind::IrregularArea;
  scar.outline_mm = {{-40.0, 110.0}, {40.0, 110.0}, {40.0, 170.0}, {-40.0, 170.0}};
  scar.bounds_mm = RectMm{{-40.0, 110.0}, {40.0, 170.0}};
  scar.tissue.retention_factor = 0.75;
  scalp.scars.push_back(scar);
  const Attempt a = patch_attempt(0.30);
  const auto normal = heal(test_scalp(), a, p);
  const auto scarred = heal(scalp, a, p);
  CHECK(kept_share(scarred) < kept_share(normal) - 0.1);
  CHECK(mean_of(scarred, &HealedDot::diameter_mm) > mean_of(normal, &HealedDot::diameter_mm));
}

TEST_CASE("the same seed heals identically and shuffling the dots changes no dot's outcome") {
  const HealingParams p;
  Attempt a = patch_attempt(0.12, 500);
  const auto first = heal(test_scalp(), a, p);
  const auto again = heal(test_scalp(), a, p);
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].kept == again[i].kept);
    CHECK(first[i].diameter_mm == again[i].diameter_mm);
  }
  Attempt shuffled = a;
  smp::core::Rng rng(99);
  for (std::size_t i = shuffled.dots.size() - 1; i > 0; --i)
    std::swap(shuffled.dots[i], shuffled.dots[rng.below(i + 1)]);
  const auto sh = heal(test_scalp(), shuffled, p);
  // Match each shuffled dot with its original by position (all positions distinct).
  for (const auto& h : sh) {
    const auto it = std::find_if(first.begin(), first.end(),
                                 [&](const HealedDot& o) { return o.pos_mm == h.pos_mm; });
    REQUIRE(it != first.end());
    CHECK(it->kept == h.kept);
    CHECK(it->diameter_mm == h.diameter_mm);
    CHECK(it->darkness == h.darkness);
  }
  Attempt other = a;
  other.seed = 4;
  const auto different = heal(test_scalp(), other, p);
  int changed = 0;
  for (std::size_t i = 0; i < first.size(); ++i)
    changed += first[i].diameter_mm != different[i].diameter_mm;
  CHECK(changed > 400);
}

TEST_CASE("heal() gives what its plain twin gives, dot for dot, on every keying path") {
  const HealingParams p;
  std::vector<Attempt> attempts;
  attempts.push_back(patch_attempt(0.3, 700));  // (session, time) order: one pass
  Attempt deep = patch_attempt(0.9, 300);       // blown out, bluer
  smp::core::Rng rng(12);
  for (std::size_t i = deep.dots.size() - 1; i > 0; --i)  // neither order: the counting pass
    std::swap(deep.dots[i], deep.dots[rng.below(i + 1)]);
  attempts.push_back(deep);
  Attempt shared = patch_attempt(0.05, 400);  // times shared in pairs: keys by position
  for (std::size_t i = 0; i < shared.dots.size(); ++i) {
    shared.dots[i].session = 1;
    shared.dots[i].t_ms = static_cast<std::int64_t>(i / 2) * 150;
  }
  attempts.push_back(shared);
  attempts.push_back(patch_attempt(0.3, 1));
  attempts.push_back(Attempt{});
  for (std::size_t a = 0; a < attempts.size(); ++a)
    for (const double years : {0.0, 5.0}) {
      CAPTURE(a);
      const auto fast = heal(test_scalp(), attempts[a], p, years);
      const auto plain = heal_plain(test_scalp(), attempts[a], p, years);
      REQUIRE(fast.size() == plain.size());
      for (std::size_t i = 0; i < fast.size(); ++i) {
        CHECK(fast[i].pos_mm == plain[i].pos_mm);
        CHECK(fast[i].diameter_mm == plain[i].diameter_mm);
        CHECK(fast[i].darkness == plain[i].darkness);
        CHECK(fast[i].blue_shift == plain[i].blue_shift);
        CHECK(fast[i].kept == plain[i].kept);
        CHECK(fast[i].blown_out == plain[i].blown_out);
        CHECK(fast[i].session == plain[i].session);
        CHECK(fast[i].source_index == plain[i].source_index);
      }
    }
}

TEST_CASE("a nudged or mirrored impression heals exactly as it did") {
  const HealingParams p;
  Attempt a = patch_attempt(0.3, 500);
  const auto first = heal(test_scalp(), a, p);
  Attempt moved = a;
  smp::core::Rng rng(5);
  for (auto& d : moved.dots) {
    d.pos_mm.x = -d.pos_mm.x;
    d.pos_mm += Vec2(rng.uniform(-0.035, 0.035), rng.uniform(-0.035, 0.035));
  }
  const auto after = heal(test_scalp(), moved, p);
  int lost = 0;
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].kept == after[i].kept);
    CHECK(first[i].diameter_mm == after[i].diameter_mm);
    CHECK(first[i].darkness == after[i].darkness);
    lost += !first[i].kept;
  }
  CHECK(lost > 0);  // the comparison covers both outcomes
}

TEST_CASE("dots that share a time still heal independently, in any order") {
  const HealingParams p;
  Attempt a = patch_attempt(0.05, 600);  // shallow: about half the dots are shed
  // Time order (the one-pass path) with every other pair of dots sharing a time stamp.
  for (std::size_t i = 0; i < a.dots.size(); ++i) {
    a.dots[i].session = 1;
    a.dots[i].t_ms = static_cast<std::int64_t>(i / 2) * 150;
  }
  const auto first = heal(test_scalp(), a, p);
  int same_fate = 0, kept = 0;
  for (std::size_t i = 0; i + 1 < first.size(); i += 2) {
    same_fate += first[i].diameter_mm == first[i + 1].diameter_mm;
    kept += first[i].kept;
  }
  CHECK(same_fate == 0);
  CHECK(kept > 30);  // shallow: about half are lost, so both fates occur
  CHECK(kept < 270);
  // Reversed, the times are no longer increasing (the counting path): same outcome per dot.
  Attempt reversed = a;
  std::reverse(reversed.dots.begin(), reversed.dots.end());
  const auto rev = heal(test_scalp(), reversed, p);
  for (std::size_t i = 0; i < first.size(); ++i) {
    const HealedDot& r = rev[first.size() - 1 - i];
    CHECK(first[i].kept == r.kept);
    CHECK(first[i].diameter_mm == r.diameter_mm);
  }
}

TEST_CASE("years after treatment the dots fade, scar tissue faster") {
  const HealingParams p;
  const Attempt a = patch_attempt(0.30, 200);
  const auto now = heal(test_scalp(), a, p);
  const auto later = heal(test_scalp(), a, p, 3.0);
  CHECK(mean_of(later, &HealedDot::darkness) < 0.85 * mean_of(now, &HealedDot::darkness));
}

TEST_CASE("CIELAB conversion round-trips and known colours land where they should") {
  const Lab white = srgb_to_lab(Srgb8{255, 255, 255});
  CHECK(white.l == doctest::Approx(100.0).epsilon(0.001));
  CHECK(std::abs(white.a) < 0.01);
  const Lab red = srgb_to_lab(Srgb8{255, 0, 0});
  CHECK(red.l == doctest::Approx(53.24).epsilon(0.01));
  CHECK(red.a == doctest::Approx(80.09).epsilon(0.01));
  const Srgb8 back = lab_to_srgb(srgb_to_lab(Srgb8{118, 80, 54}));
  CHECK(back.r == 118);
  CHECK(back.g == 80);
  CHECK(back.b == 54);
  // Sharma et al. 2005 test pair 1: dE00 = 2.0425.
  CHECK(delta_e2000(Lab{50.0, 2.6772, -79.7751}, Lab{50.0, 0.0, -82.7485}) ==
        doctest::Approx(2.0425).epsilon(0.001));
}

TEST_CASE("target shades are lighter for fair skin and light hair, darker for dark skin") {
  const ColourParams p;
  CHECK(target_dilution_water_parts(HairColour::DarkBrown, 1, p) >
        target_dilution_water_parts(HairColour::DarkBrown, 6, p));
  CHECK(target_dilution_water_parts(HairColour::Blond, 3, p) >
        target_dilution_water_parts(HairColour::Black, 3, p));
  // A darker dilution looks darker on the same skin; a blue shift lowers b*.
  const Srgb8 skin = skin_colour_srgb(2);
  const auto look = [&](double darkness, double blue_shift) {
    return srgb_to_lab(dot_on_skin(skin, darkness, blue_shift, p.look));
  };
  CHECK(look(0.8, 0.0).l < look(0.4, 0.0).l);
  CHECK(look(0.6, 1.0).b < look(0.6, 0.0).b - 2.0);
}
