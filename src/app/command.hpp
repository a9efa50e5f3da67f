// What a screen asks the app to do. Buttons and keyboard shortcuts both produce Commands, so a
// scripted key press and a mouse click take the same path.
#pragma once
#include "core/base/geometry.hpp"

namespace smp::app {

enum class CommandKind {
  None,
  StartLevel,  // index
  Treat,
  Decline,
  AcceptMockup,
  ClearMockup,
  ChooseColour,  // index
  AcceptColour,
  EndSession,
  Continue,  // after healing: next session or results
  Retry,
  NextLevel,
  LevelSelect,
  ZoomTo,  // pos_mm
  Undo,
  TogglePause,
  ToggleHelp,
  Quit,
};

struct Command {
  CommandKind kind = CommandKind::None;
  int index = 0;
  core::Vec2 pos_mm{0.0, 0.0};
};

}  // namespace smp::app
