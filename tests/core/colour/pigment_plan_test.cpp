#include <doctest/doctest.h>

#include <vector>

#include "core/colour/target_shade.hpp"
#include "core/colour/pigment_plan.hpp"

using namespace smp::core;

namespace {

TaskSpec task_with_colour_choice(int sessions) {
  TaskSpec t;
  t.colour_choice = true;
  t.sessions = sessions;
  return t;
}

ClientProfile dark_brown_type_3() {
  ClientProfile c;
  c.hair_colour = HairColour::DarkBrown;
  c.fitzpatrick = 3;
  return c;
}

Dot dot_in(int session, double dilution_water_parts) {
  Dot d;
  d.session = session;
  d.dilution_water_parts = dilution_water_parts;
  return d;
}

// Three different shades, so that a session taking another session's shade shows.
std::vector<Pigment> three_session_plan() {
  return {Pigment{"10:1", 10.0}, Pigment{"8:1", 8.0}, Pigment{"6:1", 6.0}};
}

}  // namespace

TEST_CASE("with colour choice the expert works session 1 one palette step lighter than the last") {
  const PigmentPlan plan =
      expert_pigment_plan(task_with_colour_choice(3), dark_brown_type_3(), ColourParams{});
  REQUIRE(plan.session.size() == 3);
  const int target = palette_step(target_dilution_water_parts(HairColour::DarkBrown, 3, {}));
  CHECK(palette_step(plan.session.back().dilution_water_parts) == target);
  CHECK(palette_step(plan.session[1].dilution_water_parts) == target);
  CHECK(palette_step(plan.session.front().dilution_water_parts) == target + 1);
}

TEST_CASE("a single-session treatment is worked at the target shade from the start") {
  const PigmentPlan plan =
      expert_pigment_plan(task_with_colour_choice(1), dark_brown_type_3(), ColourParams{});
  REQUIRE(plan.session.size() == 1);
  CHECK(plan.session[0].dilution_water_parts ==
        target_dilution_water_parts(HairColour::DarkBrown, 3, {}));
}

TEST_CASE("with colour choice the hairline edge is one palette step lighter than its session") {
  const PigmentPlan plan =
      expert_pigment_plan(task_with_colour_choice(3), dark_brown_type_3(), ColourParams{});
  REQUIRE(plan.edge.size() == plan.session.size());
  for (std::size_t s = 0; s < plan.session.size(); ++s)
    CHECK(palette_step(plan.edge[s].dilution_water_parts) ==
          palette_step(plan.session[s].dilution_water_parts) + 1);
}

TEST_CASE("without colour choice every session and the edge use the level's given pigment") {
  TaskSpec task = task_with_colour_choice(3);
  task.colour_choice = false;
  task.given_pigment = Pigment{"12:1", 12.0};
  const PigmentPlan plan = expert_pigment_plan(task, dark_brown_type_3(), ColourParams{});
  REQUIRE(plan.session.size() == 3);
  for (std::size_t s = 0; s < 3; ++s) {
    CHECK(plan.session[s].name == "12:1");
    CHECK(plan.edge[s].dilution_water_parts == 12.0);
  }
}

TEST_CASE(
    "a session's shade from its dots is their median dilution, named as the palette names it") {
  const std::vector<Dot> dots{dot_in(1, 4.0),  dot_in(1, 12.0), dot_in(1, 8.0),
                              dot_in(1, 8.0),  dot_in(1, 10.0), dot_in(2, 2.0),
                              dot_in(2, 20.0), dot_in(2, 6.0),  dot_in(2, 4.0)};
  const std::vector<Pigment> shades = session_pigments_of_dots(dots, three_session_plan());
  REQUIRE(shades.size() == 2);
  CHECK(shades[0].dilution_water_parts == 8.0);
  CHECK(shades[0].name == "8:1");
  CHECK(shades[1].dilution_water_parts == 6.0);  // even count: the higher middle shade
}

TEST_CASE("a session without dots takes the expert's planned shade") {
  const std::vector<Pigment> plan = three_session_plan();
  const std::vector<Dot> dots{dot_in(1, 2.0), dot_in(3, 2.0)};
  const std::vector<Pigment> shades = session_pigments_of_dots(dots, plan);
  REQUIRE(shades.size() == 3);
  CHECK(shades[0].dilution_water_parts == 2.0);
  CHECK(shades[1].name == plan[1].name);
  CHECK(shades[1].dilution_water_parts == plan[1].dilution_water_parts);
  CHECK(shades[2].dilution_water_parts == 2.0);
}

TEST_CASE("dots without recorded shades take the plan's shade for each session they reach") {
  const std::vector<Pigment> plan = three_session_plan();
  const std::vector<Pigment> shades =
      planned_session_pigments(std::vector<Dot>{dot_in(2, 99.0), dot_in(1, 99.0)}, plan);
  REQUIRE(shades.size() == 2);
  CHECK(shades[0].name == plan[0].name);
  CHECK(shades[1].name == plan[1].name);
}

TEST_CASE("a shade off the palette keeps its dilution as its name") {
  CHECK(pigment_named(7.5).name == "7.5:1");
  CHECK(pigment_named(0.0).name == "neat");
  CHECK(pigment_named(15.0).name == "15:1");
}
