#include "core/scoring/spot_kinds.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "core/healing/healing.hpp"

using namespace smp::core;

TEST_CASE("every spot kind has legend words and the words of its sentence, once") {
  std::set<std::string> seen;
  for (const SpotKind& k : spot_kinds()) {
    INFO(k.kind);
    CHECK(seen.insert(std::string(k.kind)).second);
    CHECK_FALSE(k.label.empty());
    CHECK_FALSE(k.sentence.empty());
    CHECK(spot_label(k.kind) == std::string(k.label));
  }
  // The kinds the metrics mark (grep for spots.push_back in src/core/scoring).
  for (const char* kind : {"gap",        "sparse",         "clump",          "blotch",
                           "grid_rows",  "too_shallow",    "too_deep",       "blowout",
                           "blue_cast",  "scar_uncovered", "scar_too_dense", "scar_border_step",
                           "overworked", "no_hairline",    "off_plan",       "too_low",
                           "too_high",   "hard_edge",      "abrupt_edge",    "faint_edge",
                           "ruler_line", "lopsided",       "temple_filled"})
    CHECK(find_spot_kind(kind) != nullptr);
  CHECK(spot_label("something_new") == "something new");
}

TEST_CASE("nearby spots of one kind merge into one with a count; other kinds stay apart") {
  std::vector<Spot> spots;
  for (int i = 0; i < 144; ++i)  // 144 blotches in three tight groups
    spots.push_back({Vec2(100.0 * (i % 3) + 0.01 * i, 0.0), "blotch"});
  spots.push_back({Vec2(0.5, 0.0), "gap"});
  const std::vector<Spot> merged = merge_spots(spots, SpotParams{});
  REQUIRE(merged.size() == 4);
  int blotches = 0;
  for (const Spot& s : merged)
    if (s.kind == "blotch") blotches += s.count;
  CHECK(blotches == 144);
  CHECK(merged.back().kind == "gap");
  CHECK(merged.back().count == 1);
  CHECK(merge_spots(merged, SpotParams{}).size() == 4);  // merging again changes nothing
}

TEST_CASE("the healing tally tells dots shed in healing apart from dots lost as too shallow") {
  Attempt a;
  std::vector<HealedDot> healed;
  const HealingParams p;
  const auto add = [&](double depth_mm, bool kept, bool blown) {
    Dot d;
    d.depth_mm = depth_mm;
    HealedDot h;
    h.kept = kept;
    h.blown_out = blown;
    h.source_index = static_cast<std::uint32_t>(a.dots.size());
    a.dots.push_back(d);
    healed.push_back(h);
  };
  add(0.3, true, false);
  add(0.3, false, false);   // shed: healing luck
  add(0.05, false, false);  // too shallow
  add(0.05, true, false);   // too shallow but kept
  add(1.2, true, true);     // blown out
  const HealingTally t = tally_healing(a, healed, p);
  CHECK(t.placed == 5);
  CHECK(t.kept == 3);
  CHECK(t.shed_in_healing == 1);
  CHECK(t.lost_too_shallow == 1);
  CHECK(t.blown_out == 1);
}
