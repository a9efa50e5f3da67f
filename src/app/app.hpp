// Runs the simulator window: live (mouse and keyboard) or scripted (timed events on a virtual
// clock, screenshots, then exit). Not the command line (src/cli/window_entry, cmd_play).
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "app/script.hpp"

namespace smp::app {

struct AppOptions {
  std::filesystem::path track;  // list these levels, or
  std::filesystem::path level;  // play this one level (skips the level list)
  std::string trainee = "trainee";
  std::filesystem::path saves_dir = "saves";
  std::filesystem::path save_path;  // --save: where the first finished attempt goes
  bool scripted = false;
  std::vector<ScriptEvent> script;
  std::vector<ScreenshotRequest> screenshots;
  int width = 1600;
  int height = 1000;
};

// Exit code (io::kExit*). Throws io::EnvironmentError when no window can be opened.
int run_app(const AppOptions& options);

// Virtual frame length of scripted runs: events are delivered at their own times, the screen
// is redrawn every kScriptFrameMs of virtual time.
inline constexpr std::int64_t kScriptFrameMs = 16;

}  // namespace smp::app
