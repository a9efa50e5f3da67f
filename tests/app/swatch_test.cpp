// The colour screen shows what is graded: a dilution's swatch on the client's skin is the look
// colour_match computes for dots of that dilution on that skin (one model, core/colour/dot_look).
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "app/engine.hpp"
#include "core/colour/colour_space.hpp"
#include "core/healing/healing.hpp"
#include "core/pigment.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scoring/colour_match/colour_match.hpp"
#include "core/scoring/score.hpp"
#include "core/spatial/spatial_index.hpp"

using namespace smp;

namespace {

double stat(const core::MetricResult& m, const std::string& key) {
  for (const auto& [k, v] : m.stats)
    if (k == key) return v;
  FAIL("no stat " << key);
  return 0.0;
}

// colour_match's healed look of a patch of fresh dots of one dilution (the dots as the swatch
// shows them: placed today, not yet healed), as 8-bit sRGB.
core::Srgb8 graded_look(const core::Level& level, const core::Scalp& scalp, double water_parts) {
  const core::ScoringParams params = core::scoring_params_for(level);
  core::Attempt attempt;
  attempt.decision = core::Decision::Treat;
  std::vector<core::HealedDot> healed;
  std::vector<core::Vec2> kept;
  for (int i = 0; i < 40; ++i) {
    core::Dot d;
    d.pos_mm = {-10.0 + (i % 8) * 2.5, 150.0 + (i / 8) * 2.5};
    d.dilution_water_parts = water_parts;
    d.t_ms = i * 800;
    attempt.dots.push_back(d);
    healed.push_back(core::fresh_appearance(d, scalp, params.healing));
    healed.back().source_index = static_cast<std::uint32_t>(i);
    kept.push_back(d.pos_mm);
  }
  const core::SpatialIndex index(kept);
  const core::ScoringContext ctx{level, scalp, attempt, healed, index, params};
  const core::MetricResult m = core::score_colour_match(ctx);
  REQUIRE(m.applicable);
  return core::lab_to_srgb({stat(m, "healed_l"), stat(m, "healed_a"), stat(m, "healed_b")});
}

}  // namespace

TEST_CASE("the colour screen's swatch of a dilution is the look colour_match grades for it") {
  for (int fitzpatrick : {1, 2, 4, 6}) {
    core::Level level;
    level.client.profile.fitzpatrick = fitzpatrick;
    level.client.loss.pattern = core::LossPattern::FullyBald;
    const core::Scalp scalp = core::generate_scalp(level.client);
    for (const core::Pigment& pigment : core::default_palette()) {
      CAPTURE(fitzpatrick);
      CAPTURE(pigment.name);
      const core::Srgb8 swatch = app::pigment_on_skin(scalp, level, pigment);
      const core::Srgb8 graded = graded_look(level, scalp, pigment.dilution_water_parts);
      CHECK(std::abs(swatch.r - graded.r) <= 1);
      CHECK(std::abs(swatch.g - graded.g) <= 1);
      CHECK(std::abs(swatch.b - graded.b) <= 1);
    }
  }
}
