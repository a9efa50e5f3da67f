// The scripted-input format: what it accepts and every way a line can be wrong.
#include <doctest/doctest.h>

#include "app/script.hpp"
#include "io/errors.hpp"

using smp::app::parse_script;
using smp::app::ScriptKind;

TEST_CASE("a script with every kind of event parses in order with comments ignored") {
  const auto ev = parse_script(
      "# header comment\n"
      "0 move 10.5 -20\n"
      "\n"
      "5 movepx 400 300   # trailing comment\n"
      "10 press\n"
      "12 release right\n"
      "20 wheel -1.5\n"
      "30 key ctrl+z\n"
      "30 key Return\n"
      "40 quit\n",
      "s.txt");
  REQUIRE(ev.size() == 8);
  CHECK(ev[0].kind == ScriptKind::Move);
  CHECK(ev[0].pos.x == 10.5);
  CHECK(ev[0].pos.y == -20.0);
  CHECK(ev[1].kind == ScriptKind::MovePx);
  CHECK(ev[2].kind == ScriptKind::Press);
  CHECK(ev[2].button == 0);
  CHECK(ev[3].button == 1);
  CHECK(ev[4].wheel == -1.5);
  CHECK(ev[5].key == "z");
  CHECK(ev[5].ctrl);
  CHECK(ev[6].key == "Return");
  CHECK_FALSE(ev[6].ctrl);
  CHECK(ev[7].kind == ScriptKind::Quit);
  CHECK(ev[7].line == 10);
}

TEST_CASE("every bad script line is refused with its line number") {
  const char* bad[] = {
      "x move 1 2",         // time is not a number
      "-5 press",           // negative time
      "10 press\n5 press",  // time goes backwards
      "10",                 // no event
      "10 jump",            // unknown event
      "10 move 1",          // missing coordinate
      "10 move 1 nan",      // not finite
      "10 press sideways",  // unknown button
      "10 wheel",           // missing amount
      "10 key alt+x",       // unknown modifier
      "10 quit now",        // extra words
  };
  for (const char* text : bad) {
    CAPTURE(text);
    try {
      parse_script(text, "bad.txt");
      FAIL("accepted");
    } catch (const smp::io::InputError& e) {
      CHECK(e.file() == "bad.txt");
      CHECK(e.where().rfind("line ", 0) == 0);
    }
  }
}

TEST_CASE("a screenshot request is T_MS:PATH and nothing else") {
  const auto r = smp::app::parse_screenshot_request("1500:/tmp/a:b.png");
  CHECK(r.t_ms == 1500);
  CHECK(r.path == "/tmp/a:b.png");
  CHECK_THROWS_AS(smp::app::parse_screenshot_request("shot.png"), smp::io::InputError);
  CHECK_THROWS_AS(smp::app::parse_screenshot_request("12:"), smp::io::InputError);
  CHECK_THROWS_AS(smp::app::parse_screenshot_request("-1:a.png"), smp::io::InputError);
}
