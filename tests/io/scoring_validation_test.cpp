// Do the scores mean anything? Every shipped level's exemplar passes; typical trainee mistakes,
// made from an exemplar, fail or clearly lower the metric they concern and leave the others
// nearly alone; mirroring, tiny jitter and shuffling do not move the score.
// Lives in tests/io because it reads the shipped levels (levels/*.json).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <glm/common.hpp>
#include <map>
#include <string>

#include "core/base/rng.hpp"
#include "core/exemplar/exemplar.hpp"
#include "core/scoring/score.hpp"
#include "core/scoring/spot_checks.hpp"
#include "io/level/level_io.hpp"

using namespace smp;

namespace {

struct Case {
  core::Level level;
  core::Scalp scalp;
  core::Attempt exemplar;
  core::Report report;
};

const Case& level_case(const std::string& file) {
  static std::map<std::string, Case> cache;
  auto it = cache.find(file);
  if (it == cache.end()) {
    Case c{io::load_level(std::string(SMP_SOURCE_DIR) + "/levels/" + file), {}, {}, {}};
    c.scalp = core::generate_scalp(c.level.client);
    c.exemplar = core::make_exemplar(c.level, c.scalp);
    c.report = core::score_attempt(c.level, c.scalp, c.exemplar);
    it = cache.emplace(file, std::move(c)).first;
  }
  return it->second;
}

const core::MetricResult& metric(const core::Report& r, core::MetricId id) {
  for (const auto& m : r.metrics)
    if (m.id == id) return m;
  FAIL("metric missing");
  return r.metrics.front();
}

double score_of(const core::Report& r, core::MetricId id) {
  return metric(r, id).score;
}

// Every mistake graded here also checks that each marked spot has its sentence.
core::Report grade(const Case& c, const core::Attempt& a) {
  core::Report r = core::score_attempt(c.level, c.scalp, a);
  test::check_spots_are_worded(r);
  return r;
}

// The mistake must fail the metric or cost it at least 10 points; the metrics listed as
// unrelated must stay within `slack` points.
void check_mistake(const Case& c, const core::Attempt& bad, core::MetricId concerned,
                   std::initializer_list<core::MetricId> unrelated, double slack = 3.0) {
  const core::Report r = grade(c, bad);
  const auto& before = metric(c.report, concerned);
  const auto& after = metric(r, concerned);
  INFO("concerned: " << core::metric_name(concerned) << " before " << before.score << " after "
                     << after.score);
  REQUIRE(after.applicable);
  CHECK((!after.passed || after.score <= before.score - 10.0));
  for (core::MetricId id : unrelated) {
    INFO("unrelated: " << core::metric_name(id));
    CHECK(std::abs(score_of(r, id) - score_of(c.report, id)) <= slack);
  }
}

double line_y_at(const core::Polyline& line, double x) {
  for (std::size_t i = 0; i + 1 < line.size(); ++i)
    if (x >= line[i].x && x <= line[i + 1].x)
      return line[i].y +
             (line[i + 1].y - line[i].y) * (x - line[i].x) / (line[i + 1].x - line[i].x);
  return line.empty() ? 0.0 : line.front().y;
}

// --- Mistake generators -----------------------------------------------------------------------

core::Attempt clumped(core::Attempt a) {
  core::Rng rng(7);
  for (std::size_t i = 0; i < a.dots.size(); ++i) {
    const std::size_t parent = i - i % 4;
    if (parent != i)
      a.dots[i].pos_mm =
          a.dots[parent].pos_mm + core::Vec2(rng.normal(0, 0.35), rng.normal(0, 0.35));
  }
  return a;
}

// Replace the dots by a lattice over the same area at the same count: square, hexagonal, or a
// square grid jittered by +-jitter cells (a trainee working in rows).
core::Attempt lattice(core::Attempt a, bool hex, double jitter) {
  core::RectMm box{a.dots.front().pos_mm, a.dots.front().pos_mm};
  for (const auto& d : a.dots)
    box.min_mm = glm::min(box.min_mm, d.pos_mm), box.max_mm = glm::max(box.max_mm, d.pos_mm);
  // Occupancy on a 2 mm raster tells which lattice points fall inside the treated area.
  const double cell = 2.0;
  const int cols = static_cast<int>(box.width_mm() / cell) + 1,
            rows = static_cast<int>(box.height_mm() / cell) + 1;
  std::vector<int> occ(static_cast<std::size_t>(cols * rows), -1);
  for (std::size_t i = 0; i < a.dots.size(); ++i) {
    const auto c = static_cast<int>((a.dots[i].pos_mm.x - box.min_mm.x) / cell);
    const auto r = static_cast<int>((a.dots[i].pos_mm.y - box.min_mm.y) / cell);
    occ[static_cast<std::size_t>(r * cols + c)] = static_cast<int>(i);
  }
  double occupied = 0;
  for (int v : occ) occupied += v >= 0;
  const double density_per_mm2 = static_cast<double>(a.dots.size()) / (occupied * cell * cell);
  const double s =
      hex ? std::sqrt(2.0 / (std::sqrt(3.0) * density_per_mm2)) : 1.0 / std::sqrt(density_per_mm2);
  const double dy = hex ? s * std::sqrt(3.0) / 2.0 : s;
  core::Rng rng(11);
  std::vector<core::Dot> out;
  int row = 0;
  for (double y = box.min_mm.y; y <= box.max_mm.y; y += dy, ++row)
    for (double x = box.min_mm.x + (hex && row % 2 ? s / 2 : 0.0); x <= box.max_mm.x; x += s) {
      const auto c = static_cast<int>((x - box.min_mm.x) / cell),
                 r = static_cast<int>((y - box.min_mm.y) / cell);
      const int src = occ[static_cast<std::size_t>(r * cols + c)];
      if (src < 0) continue;
      core::Dot d = a.dots[static_cast<std::size_t>(src)];
      d.pos_mm = {x + jitter * s * rng.uniform(-1, 1), y + jitter * s * rng.uniform(-1, 1)};
      out.push_back(d);
    }
  // Keep each dot's session from the nearest original in raster order (sessions stay layered).
  a.dots = out;
  return a;
}

core::Attempt sparse(core::Attempt a) {
  std::vector<core::Dot> keep;
  for (std::size_t i = 0; i < a.dots.size(); i += 2) keep.push_back(a.dots[i]);
  a.dots = keep;
  return a;
}

core::Attempt dense(core::Attempt a) {
  const std::size_t n = a.dots.size();
  core::Rng rng(5);
  for (std::size_t i = 0; i < n; ++i) {
    core::Dot d = a.dots[i];
    const double ang = rng.uniform(0, 6.283185307179586);
    d.pos_mm += 0.45 * core::Vec2(std::cos(ang), std::sin(ang));
    a.dots.push_back(d);
  }
  return a;
}

// The front band replaced by full density right up to a straight line at the plan's mid-frontal
// height: a ruler-drawn, hard-edged hairline (a helmet).
core::Attempt hard_straight(core::Attempt a, double y0) {
  std::vector<core::Dot> out;
  for (const auto& d : a.dots)
    if (d.pos_mm.y >= y0 + 12.0) out.push_back(d);
  const core::Dot ref = a.dots.back();
  const double s = 1.2;  // ~80 / cm^2 on a hexagonal lattice
  int row = 0;
  for (double y = y0; y < y0 + 12.0; y += s * 0.866, ++row)
    for (double x = -50.0 + (row % 2 ? s / 2 : 0); x <= 50.0; x += s) {
      core::Dot d = ref;
      d.pos_mm = {x, y};
      out.push_back(d);
    }
  a.dots = out;
  return a;
}

// The whole frontal design moved 15 mm toward the brows (dots and mockup).
core::Attempt too_low(core::Attempt a, double y0) {
  std::vector<core::Dot> out;
  for (const auto& d : a.dots) {
    if (d.pos_mm.y >= y0 + 15.0) out.push_back(d);
    if (d.pos_mm.y < y0 + 30.0) {
      core::Dot c = d;
      c.pos_mm.y -= 15.0;
      out.push_back(c);
    }
  }
  a.dots = out;
  for (auto& p : a.mockup_hairline_mm) p.y -= 15.0;
  return a;
}

// The temple recesses in front of both FTAs filled at core density.
core::Attempt temples_filled(core::Attempt a, const core::Landmarks& lm) {
  const core::Dot ref = a.dots.back();
  for (core::Vec2 fta : {lm.left_fta_mm, lm.right_fta_mm}) {
    const core::Vec2 c = fta - core::Vec2(0.0, 12.0);
    const double s = 1.15;  // ~80 / cm^2 on a hexagonal lattice
    int row = 0;
    for (double y = c.y - 14; y <= c.y + 10; y += s * 0.866, ++row)
      for (double x = c.x - 12 + (row % 2 ? s / 2 : 0); x <= c.x + 12; x += s) {
        core::Dot d = ref;
        d.pos_mm = {x, y};
        a.dots.push_back(d);
      }
  }
  return a;
}

core::Attempt without_scar_dots(core::Attempt a, const core::Scalp& scalp) {
  std::vector<core::Dot> out;
  for (const auto& d : a.dots) {
    bool on = false;
    for (const auto& s : scalp.scars) on = on || core::on_scar(s, d.pos_mm);
    if (!on) out.push_back(d);
  }
  a.dots = out;
  return a;
}

core::Attempt overworked_scar(core::Attempt a, const core::Scalp& scalp) {
  const std::size_t n = a.dots.size();
  for (std::size_t i = 0; i < n; ++i) {
    bool on = false;
    for (const auto& s : scalp.scars) on = on || core::on_scar(s, a.dots[i].pos_mm);
    if (!on) continue;
    for (int k = 0; k < 2; ++k) {  // two more punctures on the same spot, same session
      core::Dot d = a.dots[i];
      d.pos_mm += core::Vec2(0.08 * (k + 1), 0.05);
      a.dots.push_back(d);
    }
  }
  return a;
}

core::Attempt with_dilution(core::Attempt a, double water) {
  for (auto& d : a.dots) d.dilution_water_parts = water;
  for (auto& p : a.session_pigments) p = {water <= 0 ? "neat" : "x", water};
  return a;
}

core::Attempt with_depth(core::Attempt a, double depth_mm) {
  for (auto& d : a.dots) d.depth_mm = depth_mm;
  return a;
}

using M = core::MetricId;

}  // namespace

TEST_CASE("every shipped level's exemplar passes with an overall score of at least 85") {
  const auto dir = std::filesystem::path(SMP_SOURCE_DIR) / "levels";
  int levels = 0;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    const Case& c = level_case(f.filename().string());
    INFO(f.filename().string() << ": overall " << c.report.overall_score);
    CHECK(c.report.passed);
    CHECK(c.report.overall_score >= 85.0);
    if (c.level.expected_decision == core::Decision::Decline) {
      CHECK(c.exemplar.decision == core::Decision::Decline);
      CHECK(c.exemplar.dots.empty());
    }
    ++levels;
  }
  CHECK(levels >= 10);
}

TEST_CASE("the exemplar is the same for the same level, bit for bit") {
  const Case& c = level_case("01-norwood3-hairline.json");
  const core::Attempt again = core::make_exemplar(c.level, c.scalp);
  REQUIRE(again.dots.size() == c.exemplar.dots.size());
  for (std::size_t i = 0; i < again.dots.size(); ++i) {
    CHECK(again.dots[i].pos_mm == c.exemplar.dots[i].pos_mm);
    CHECK(again.dots[i].t_ms == c.exemplar.dots[i].t_ms);
  }
}

TEST_CASE("pattern mistakes fail or clearly lower density_uniformity and leave the rest alone") {
  const Case& c = level_case("01-norwood3-hairline.json");
  SUBCASE("clumped dots") {
    check_mistake(c, clumped(c.exemplar), M::DensityUniformity, {M::DepthControl});
  }
  SUBCASE("a square grid") {
    check_mistake(c, lattice(c.exemplar, false, 0.0), M::DensityUniformity, {M::DepthControl});
  }
  SUBCASE("a hexagonal grid") {
    check_mistake(c, lattice(c.exemplar, true, 0.0), M::DensityUniformity, {M::DepthControl});
  }
  SUBCASE("a jittered grid in rows") {
    check_mistake(c, lattice(c.exemplar, false, 0.2), M::DensityUniformity, {M::DepthControl});
  }
  SUBCASE("too sparse") {
    check_mistake(c, sparse(c.exemplar), M::DensityUniformity, {M::DepthControl, M::ColourMatch});
  }
  SUBCASE("too dense") {
    check_mistake(c, dense(c.exemplar), M::DensityUniformity, {M::DepthControl, M::ColourMatch});
  }
}

namespace {

// The hairline metric fails, points at the fault with a spot of `kind`, and the listed unrelated
// metrics stay within 3 points.
void check_hairline_fault(const Case& c, const core::Attempt& bad, const char* kind,
                          std::initializer_list<core::MetricId> unrelated) {
  const core::Report r = grade(c, bad);
  const auto& h = metric(r, M::HairlineNaturalness);
  CHECK_FALSE(h.passed);
  CHECK(std::any_of(h.spots.begin(), h.spots.end(),
                    [&](const core::Spot& s) { return s.kind == kind; }));
  for (core::MetricId id : unrelated) {
    INFO("unrelated: " << core::metric_name(id));
    CHECK(std::abs(score_of(r, id) - score_of(c.report, id)) <= 3.0);
  }
}

}  // namespace

TEST_CASE("hairline mistakes fail hairline_naturalness and leave depth and colour alone") {
  const Case& c = level_case("01-norwood3-hairline.json");
  const double y0 = line_y_at(c.exemplar.mockup_hairline_mm, 0.0);
  SUBCASE("a hard straight hairline") {
    check_hairline_fault(c, hard_straight(c.exemplar, y0), "hard_edge", {M::DepthControl});
  }
  SUBCASE("a hairline 15 mm too low") {
    check_hairline_fault(c, too_low(c.exemplar, y0), "too_low", {M::ColourMatch, M::DepthControl});
  }
  SUBCASE("filled-in temple angles") {
    check_hairline_fault(c, temples_filled(c.exemplar, c.scalp.chart.landmarks), "temple_filled",
                         {M::DepthControl});
  }
}

TEST_CASE("scar mistakes fail or lower scar_coverage and leave depth and colour alone") {
  const Case& c = level_case("21-exam-fut-scar.json");
  SUBCASE("a skipped scar") {
    check_mistake(c, without_scar_dots(c.exemplar, c.scalp), M::ScarCoverage,
                  {M::DepthControl, M::ColourMatch});
    CHECK_FALSE(metric(grade(c, without_scar_dots(c.exemplar, c.scalp)), M::ScarCoverage).passed);
  }
  SUBCASE("an overworked scar") {
    check_mistake(c, overworked_scar(c.exemplar, c.scalp), M::ScarCoverage,
                  {M::DepthControl, M::ColourMatch});
  }
}

TEST_CASE("colour and depth mistakes lower their own metric") {
  SUBCASE("too dark a pigment on fair skin") {
    const Case& c = level_case("11-fair-skin-light-hair.json");
    check_mistake(c, with_dilution(c.exemplar, 0.0), M::ColourMatch,
                  {M::DepthControl, M::HairlineNaturalness});
  }
  SUBCASE("too deep") {
    const Case& c = level_case("01-norwood3-hairline.json");
    check_mistake(c, with_depth(c.exemplar, 1.2), M::DepthControl, {});
  }
}

TEST_CASE("mirroring and shuffling barely move any score") {
  const Case& c = level_case("01-norwood3-hairline.json");
  auto close_to_exemplar = [&](const core::Attempt& a, double tol, double density_tol) {
    const core::Report r = grade(c, a);
    CHECK(std::abs(r.overall_score - c.report.overall_score) <= std::max(tol, density_tol / 2));
    for (const auto& m : c.report.metrics) {
      INFO(core::metric_name(m.id));
      CHECK(std::abs(score_of(r, m.id) - m.score) <=
            (m.id == M::DensityUniformity ? density_tol : tol));
    }
  };
  SUBCASE("shuffled dot order changes nothing at all") {
    core::Attempt a = c.exemplar;
    core::Rng rng(3);
    for (std::size_t i = a.dots.size(); i > 1; --i) std::swap(a.dots[i - 1], a.dots[rng.below(i)]);
    close_to_exemplar(a, 0.0, 0.0);
  }
  SUBCASE("a mirrored attempt on a symmetric level") {
    core::Attempt a = c.exemplar;
    for (auto& d : a.dots) d.pos_mm.x = -d.pos_mm.x;
    for (auto& p : a.mockup_hairline_mm) p.x = -p.x;
    std::reverse(a.mockup_hairline_mm.begin(), a.mockup_hairline_mm.end());
    // Level 01's client has lost hair a little asymmetrically, and density_uniformity reads the
    // shade against the plan for this client (scoring v5): the mirrored fill leaves ~4% of the
    // mid-scalp's planned cells thin and fills some the plan leaves alone, which would show.
    // The fully bald client of visible_faults_test holds the mirror to 1.5 points.
    close_to_exemplar(a, 1.0, 5.0);
  }
}

namespace {

// Every dot nudged by up to 0.035 mm each way: less than any hand or needle could control.
core::Attempt jittered(core::Attempt a, std::uint64_t seed) {
  core::Rng rng(seed);
  for (auto& d : a.dots)
    d.pos_mm += core::Vec2(rng.uniform(-0.035, 0.035), rng.uniform(-0.035, 0.035));
  return a;
}

}  // namespace

TEST_CASE("sub-0.05 mm jitter moves no score by more than 1 point") {
  const Case& c = level_case("01-norwood3-hairline.json");
  const core::Report r = grade(c, jittered(c.exemplar, 9));
  CHECK(std::abs(r.overall_score - c.report.overall_score) <= 1.0);
  for (const auto& m : c.report.metrics) {
    INFO(core::metric_name(m.id));
    CHECK(std::abs(score_of(r, m.id) - m.score) <= 1.0);
  }
}

TEST_CASE("sub-0.05 mm jitter moves the scar score by less than 1 point") {
  const Case& c = level_case("21-exam-fut-scar.json");
  CHECK(std::abs(score_of(grade(c, jittered(c.exemplar, 19)), M::ScarCoverage) -
                 score_of(c.report, M::ScarCoverage)) <= 1.0);
}

// The healing seed decides which dots a client's skin sheds; an expert's work must not pass or
// fail on that luck. (The hairline band's quadrat CV once swung this score by 24 points.)
TEST_CASE("the healing seed moves no score of an expert's attempt by more than 2 points") {
  for (const char* file : {"01-norwood3-hairline.json", "05-norwood7-full-head.json"}) {
    const Case& c = level_case(file);
    double lo = 100.0, hi = 0.0;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
      core::Attempt a = c.exemplar;
      a.seed = seed;
      const double s = score_of(grade(c, a), M::DensityUniformity);
      lo = std::min(lo, s), hi = std::max(hi, s);
    }
    INFO(file << ": density_uniformity from " << lo << " to " << hi);
    CHECK(hi - lo <= 2.0);
  }
}
