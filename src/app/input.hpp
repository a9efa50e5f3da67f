// One input event as the app sees it, whether it came from SDL (live) or from a script, and the
// keyboard shortcuts table the help overlay shows. Not the SDL translation itself (app.cpp).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/geometry.hpp"

namespace smp::app {

enum class InputKind { Move, Press, Release, Wheel, Key };

struct InputEvent {
  std::int64_t t_ms = 0;  // app clock (virtual when scripted)
  InputKind kind = InputKind::Move;
  core::Vec2 pos_px{0.0, 0.0};         // logical window points
  std::optional<core::Vec2> exact_mm;  // a scripted chart position, used as is by the pen
  int button = 0;                      // 0 left, 1 right, 2 middle
  double wheel = 0.0;
  int key = 0;  // SDL_Keycode
  bool ctrl = false;
  bool shift = false;
};

struct Shortcut {
  const char* keys;
  const char* what;
  const char* screen;  // where it applies
};
const std::vector<Shortcut>& shortcuts();

}  // namespace smp::app
