// The scripted-input format of `smpsim play --script`: timed mouse/keyboard events, one per line,
// replayed on a virtual clock so that runs are deterministic. Not the live SDL event loop.
//
//   # comment (also after an event)         blank lines are ignored
//   T_MS move X_MM Y_MM      pointer to a chart point (mm), through the current view
//   T_MS movepx X Y          pointer to a window point (logical px, origin top left)
//   T_MS press [left|right|middle]
//   T_MS release [left|right|middle]
//   T_MS wheel N             N > 0 zooms in (scroll up), fractional allowed
//   T_MS key NAME            an SDL key name (Return, Escape, F1, Space, Up, T, 3, ...),
//                            optionally with modifiers: key ctrl+z, key shift+Up
//   T_MS quit                end the run (otherwise it ends 1 s after the last event)
// T_MS is the virtual time in ms since the program started, non-decreasing.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/geometry.hpp"

namespace smp::app {

enum class ScriptKind { Move, MovePx, Press, Release, Wheel, Key, Quit };

struct ScriptEvent {
  std::int64_t t_ms = 0;
  ScriptKind kind = ScriptKind::Move;
  core::Vec2 pos{0.0, 0.0};  // mm for Move, px for MovePx
  int button = 0;            // 0 left, 1 right, 2 middle
  double wheel = 0.0;
  std::string key;  // SDL key name, without modifiers
  bool ctrl = false;
  bool shift = false;
  int line = 0;
};

// Parses a whole script; throws io::InputError("FILE", "line N", what) on the first bad line.
std::vector<ScriptEvent> parse_script(std::string_view text, const std::string& file_label);

// A --screenshot-at argument "T_MS:PATH".
struct ScreenshotRequest {
  std::int64_t t_ms = 0;
  std::string path;
};
ScreenshotRequest parse_screenshot_request(const std::string& arg);

}  // namespace smp::app
