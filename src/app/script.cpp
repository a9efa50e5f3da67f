#include "app/script.hpp"

#include <charconv>
#include <cmath>
#include <sstream>

#include "io/errors.hpp"

namespace smp::app {
namespace {

bool parse_double(const std::string& s, double& out) {
  if (s.empty()) return false;
  const char* end = s.data() + s.size();
  auto [p, ec] = std::from_chars(s.data(), end, out);
  return ec == std::errc() && p == end && std::isfinite(out);
}

bool parse_i64(const std::string& s, std::int64_t& out) {
  if (s.empty()) return false;
  const char* end = s.data() + s.size();
  auto [p, ec] = std::from_chars(s.data(), end, out);
  return ec == std::errc() && p == end;
}

int parse_button(const std::vector<std::string>& words, const std::string& file, int line) {
  if (words.size() < 3) return 0;
  if (words.size() > 3)
    throw io::InputError(file, "line " + std::to_string(line), "too many words");
  if (words[2] == "left") return 0;
  if (words[2] == "right") return 1;
  if (words[2] == "middle") return 2;
  throw io::InputError(file, "line " + std::to_string(line),
                       "unknown button '" + words[2] + "' (left, right or middle)");
}

}  // namespace

std::vector<ScriptEvent> parse_script(std::string_view text, const std::string& file_label) {
  std::vector<ScriptEvent> events;
  std::istringstream in{std::string(text)};
  std::string raw;
  int line = 0;
  std::int64_t last_t = 0;
  while (std::getline(in, raw)) {
    ++line;
    if (const auto hash = raw.find('#'); hash != std::string::npos) raw.resize(hash);
    std::istringstream ws(raw);
    std::vector<std::string> w;
    for (std::string word; ws >> word;) w.push_back(word);
    if (w.empty()) continue;
    const std::string where = "line " + std::to_string(line);
    auto fail = [&](const std::string& what) { throw io::InputError(file_label, where, what); };
    ScriptEvent e;
    e.line = line;
    if (!parse_i64(w[0], e.t_ms) || e.t_ms < 0)
      fail("'" + w[0] + "' is not a time in ms (a whole number >= 0)");
    if (e.t_ms < last_t)
      fail("time goes backwards (" + w[0] + " after " + std::to_string(last_t) + ")");
    if (w.size() < 2) fail("an event word is missing after the time");
    last_t = e.t_ms;
    const std::string& verb = w[1];
    auto need = [&](std::size_t n) {
      if (w.size() != n)
        fail("'" + verb + "' takes " + std::to_string(n - 2) + " argument(s), got " +
             std::to_string(w.size() - 2));
    };
    if (verb == "move" || verb == "movepx") {
      need(4);
      e.kind = verb == "move" ? ScriptKind::Move : ScriptKind::MovePx;
      if (!parse_double(w[2], e.pos.x) || !parse_double(w[3], e.pos.y))
        fail("'" + w[2] + " " + w[3] + "' is not a pair of numbers");
    } else if (verb == "press" || verb == "release") {
      e.kind = verb == "press" ? ScriptKind::Press : ScriptKind::Release;
      e.button = parse_button(w, file_label, line);
    } else if (verb == "wheel") {
      need(3);
      e.kind = ScriptKind::Wheel;
      if (!parse_double(w[2], e.wheel)) fail("'" + w[2] + "' is not a number");
    } else if (verb == "key") {
      need(3);
      e.kind = ScriptKind::Key;
      std::string k = w[2];
      for (;;) {
        const auto plus = k.find('+');
        if (plus == std::string::npos || plus + 1 == k.size()) break;
        const std::string mod = k.substr(0, plus);
        if (mod == "ctrl")
          e.ctrl = true;
        else if (mod == "shift")
          e.shift = true;
        else
          fail("unknown modifier '" + mod + "' (ctrl or shift)");
        k = k.substr(plus + 1);
      }
      e.key = k;
    } else if (verb == "quit") {
      need(2);
      e.kind = ScriptKind::Quit;
    } else {
      fail("unknown event '" + verb + "' (move, movepx, press, release, wheel, key, quit)");
    }
    events.push_back(e);
  }
  return events;
}

ScreenshotRequest parse_screenshot_request(const std::string& arg) {
  const auto colon = arg.find(':');
  ScreenshotRequest r;
  if (colon == std::string::npos || colon + 1 == arg.size() ||
      !parse_i64(arg.substr(0, colon), r.t_ms) || r.t_ms < 0)
    throw io::InputError("", "--screenshot-at", "'" + arg + "' is not T_MS:PATH.png");
  r.path = arg.substr(colon + 1);
  return r;
}

}  // namespace smp::app
