// The dots CSV: any column order, defaults for absent columns, and a line-numbered error for
// every kind of bad input.
#include <doctest/doctest.h>

#include <string>

#include "io/attempt/dots_csv.hpp"
#include "io/errors.hpp"

using namespace smp;

namespace {
io::DotsCsvSpec spec() {
  io::DotsCsvSpec s;
  s.chart_bounds_mm = {{-200.0, -30.0}, {200.0, 380.0}};
  s.max_session = 3;
  s.defaults.session = 3;
  s.defaults.depth_mm = 0.3;
  return s;
}
// The message of the InputError that parsing `text` throws, as "where: what".
std::string error_of(const std::string& text, io::DotsCsvSpec s = spec()) {
  try {
    io::parse_dots_csv(text, "d.csv", s);
  } catch (const io::InputError& e) {
    return e.where() + ": " + e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("columns may come in any order and absent ones take the defaults") {
  const auto csv =
      io::parse_dots_csv("y_mm, x_mm ,session\n10,-5,2\n\n11.5,+6,1\n", "d.csv", spec());
  REQUIRE(csv.dots.size() == 2);
  CHECK(csv.dots[0].pos_mm.x == -5.0);
  CHECK(csv.dots[0].pos_mm.y == 10.0);
  CHECK(csv.dots[0].session == 2);
  CHECK(csv.dots[1].pos_mm.x == 6.0);
  CHECK(csv.dots[1].depth_mm == 0.3);
  CHECK(csv.has_session);
  CHECK_FALSE(csv.has_depth);
}

TEST_CASE("writing and reading back reproduces every field exactly") {
  std::vector<core::Dot> dots(3);
  dots[0].pos_mm = {0.1 + 0.2, 123.456789012345678};
  dots[0].needle = {core::NeedleConfig::RL3, 0.25};
  dots[0].dilution_water_parts = 12.0;
  dots[0].t_ms = 123456789;
  dots[1].pos_mm = {-1e-7, 3.0};
  dots[1].depth_mm = 0.41234567;
  dots[1].session = 2;
  dots[2].pos_mm = {5.0, 6.0};
  const auto back = io::parse_dots_csv(io::dots_to_csv(dots), "x.csv", spec());
  REQUIRE(back.dots.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(back.dots[i].pos_mm == dots[i].pos_mm);
    CHECK(back.dots[i].depth_mm == dots[i].depth_mm);
    CHECK(back.dots[i].session == dots[i].session);
    CHECK(back.dots[i].needle.config == dots[i].needle.config);
    CHECK(back.dots[i].needle.diameter_mm == dots[i].needle.diameter_mm);
    CHECK(back.dots[i].dilution_water_parts == dots[i].dilution_water_parts);
    CHECK(back.dots[i].t_ms == dots[i].t_ms);
  }
}

TEST_CASE("pigment accepts parts of water, N:1 and neat") {
  const auto csv =
      io::parse_dots_csv("x_mm,y_mm,pigment\n1,1,8\n1,2,12:1\n1,3,neat\n", "d", spec());
  CHECK(csv.dots[0].dilution_water_parts == 8.0);
  CHECK(csv.dots[1].dilution_water_parts == 12.0);
  CHECK(csv.dots[2].dilution_water_parts == 0.0);
}

TEST_CASE("every bad input is an error that names the line") {
  CHECK(error_of("") == "line 1: the file is empty; expected a header line such as x_mm,y_mm");
  CHECK(error_of("\n\n  \n").find("empty") != std::string::npos);
  CHECK(error_of("x_mm\n1\n").find("missing required column y_mm") != std::string::npos);
  CHECK(error_of("x_mm,y_mm,colour\n1,2,3\n").find("line 1: unknown column 'colour'") == 0);
  CHECK(error_of("x_mm,y_mm,x_mm\n").find("appears twice") != std::string::npos);
  CHECK(error_of("1.0,2.0\n3,4\n").find("header is missing") != std::string::npos);
  CHECK(error_of("x_mm,y_mm\n1,2\n3,nan\n") == "line 3, column y_mm: 'nan' is not a finite number");
  CHECK(error_of("x_mm,y_mm\n1,inf\n").find("line 2, column y_mm") == 0);
  CHECK(error_of("x_mm,y_mm\n1,2\n1,2\nabc,2\n") == "line 4, column x_mm: 'abc' is not a number");
  CHECK(error_of("x_mm,y_mm\n1,2mm\n").find("not a number") != std::string::npos);
  CHECK(error_of("x_mm,y_mm\n1,\n").find("empty value") != std::string::npos);
  CHECK(error_of("x_mm,y_mm\n1,2,3\n").find("line 2: has more fields") == 0);
  CHECK(error_of("x_mm,y_mm\n1\n").find("line 2: has 1 fields; the header has 2") == 0);
  CHECK(error_of("x_mm,y_mm\n900,2\n").find("line 2: dot at x_mm=900") == 0);
  CHECK(error_of("x_mm,y_mm,session\n1,2,4\n").find("session 4 is outside 1..3") !=
        std::string::npos);
  CHECK(error_of("x_mm,y_mm,session\n1,2,1.5\n").find("not a whole number") != std::string::npos);
  CHECK(error_of("x_mm,y_mm,depth_mm\n1,2,-0.1\n").find("outside (0, 5]") != std::string::npos);
  CHECK(error_of("x_mm,y_mm,needle\n1,2,5RL\n").find("not a needle") != std::string::npos);
  CHECK(error_of("x_mm,y_mm,pigment\n1,2,-3\n").find("dilution") != std::string::npos);
  CHECK(error_of("x_mm,y_mm,t_ms\n1,2,-3\n").find("negative") != std::string::npos);
  CHECK(error_of("x_mm,y_mm\n\"1\",2\n").find("quoted") != std::string::npos);
}

TEST_CASE("more rows than the limit is an error naming the first row over it") {
  io::DotsCsvSpec s = spec();
  s.max_rows = 3;
  CHECK(error_of("x_mm,y_mm\n1,1\n1,2\n1,3\n", s) == "no error");
  CHECK(error_of("x_mm,y_mm\n1,1\n1,2\n1,3\n1,4\n", s) ==
        "line 5: too many rows: the limit is 3 dots");
}

TEST_CASE("a million rows parse, since the benchmark grades a million dots") {
  std::string text = "x_mm,y_mm,session\n";
  text.reserve(20'000'000);
  for (int i = 0; i < 1'000'000; ++i) {
    text += std::to_string((i % 1000) * 0.1);
    text += ',';
    text += std::to_string((i / 1000) * 0.1);
    text += ",1\n";
  }
  const auto csv = io::parse_dots_csv(text, "big.csv", spec());
  CHECK(csv.dots.size() == 1'000'000);
  CHECK(csv.dots.back().pos_mm.y == doctest::Approx(99.9));
}

TEST_CASE("reading a missing file or a directory is an input error") {
  CHECK_THROWS_AS(io::read_dots_csv("/nonexistent/dots.csv", spec()), io::InputError);
  CHECK_THROWS_AS(io::read_dots_csv("/tmp", spec()), io::InputError);
}
