// The procedure's state machine: brief -> mockup -> colour -> sessions with healing -> results,
// driven by Commands and by input on the canvas. Owns the pen; asks engine.hpp for everything
// the lower layers compute. Not drawing (screens.hpp) nor the window (platform.hpp).
#pragma once
#include <cstdint>
#include <filesystem>
#include <vector>

#include "app/command.hpp"
#include "app/engine.hpp"
#include "app/input.hpp"
#include "app/state.hpp"

namespace smp::app {

struct ControllerOptions {
  std::filesystem::path saves_dir = "saves";
  std::filesystem::path save_path;  // --save: exact file for the first finished attempt
  std::string trainee = "trainee";
  RefineOptions refine;  // how a zoom settles (scripted runs: a fixed number of bands a frame)
};

class Controller {
 public:
  Controller(std::vector<LevelEntry> levels, ControllerOptions options);

  PlayState& play() { return play_; }
  UiState& ui() { return ui_; }
  const std::vector<LevelEntry>& levels() const { return levels_; }
  Scene& scene() { return scene_; }
  bool quit_requested() const { return quit_; }
  int finished_attempts() const { return finished_; }

  void apply(const Command& cmd, std::int64_t t_ms);
  void handle(const InputEvent& e, bool ui_wants_mouse);
  // Steps the session clock and the pen to t_ms, turns impressions into dots, enforces the
  // time limit, and keeps the scene in sync with the state.
  void update(std::int64_t t_ms);
  // Canvas pixel size changed (window resize, HiDPI).
  void set_canvas_size(int width_px, int height_px);

  // Window point -> chart mm through the current view.
  core::Vec2 px_to_mm(core::Vec2 p) const;
  core::Vec2 mm_to_px(core::Vec2 p_mm) const;

 private:
  void start_level(int index);
  void start_session(std::int64_t t_ms);
  void end_session(std::int64_t t_ms);
  void finish_attempt();
  void handle_key(const InputEvent& e);
  void handle_canvas(const InputEvent& e, bool ui_wants_mouse);
  std::int64_t session_time(std::int64_t t_ms) const;
  void set_preset(const char* name);
  void sync_scene();

  std::vector<LevelEntry> levels_;
  ControllerOptions options_;
  PlayState play_;
  UiState ui_;
  Scene scene_;
  bool quit_ = false;
  int finished_ = 0;
  // Clocks: session time = app time - session_offset_ms_ (the offset grows while paused).
  std::int64_t session_offset_ms_ = 0;
  std::int64_t paused_at_ms_ = 0;
  std::int64_t now_ms_ = 0;
  // Panning by drag.
  bool panning_ = false;
  core::Vec2 pan_last_px_{0.0, 0.0};
  core::Vec2 pointer_px_{0.0, 0.0};
  double zoom_focus_y_px_ = -1.0;  // canvas row of the last wheel zoom: it is redrawn first
  std::size_t scene_fresh_count_ = 0;
  std::size_t scene_healed_count_ = 0;
  bool scene_dirty_ = true;
  int canvas_w_px_ = 0;
  int canvas_h_px_ = 0;
};

}  // namespace smp::app
