// The simulator's state as plain structs: which screen, the level being played, the attempt in
// progress, the view, the tool settings. Screens are functions of these (Dear ImGui's
// immediate mode): no widget objects to keep in sync.
#pragma once
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/attempt.hpp"
#include "core/dot.hpp"
#include "core/level.hpp"
#include "core/needle.hpp"
#include "core/report.hpp"
#include "core/scalp/scalp.hpp"
#include "render/view.hpp"
#include "sim/pen.hpp"

namespace smp::app {

enum class Screen { LevelSelect, Brief, Mockup, Colour, Session, Healing, Results };
const char* screen_title(Screen s);

// One playable level as listed on the select screen.
struct LevelEntry {
  std::filesystem::path path;
  core::Level level;
  std::optional<double> best_score;  // from saves/ (not yet scanned: empty)
  bool best_passed = false;
};

// The hairline mockup tool's state.
struct MockupState {
  core::Polyline stroke_mm;   // the wax-pencil stroke being drawn / last drawn
  core::Polyline control_mm;  // draggable control points of the fitted curve
  bool drawing = false;
  int dragging = -1;  // control point index being dragged
  bool mirror_guide = true;
  bool landmark_guides = true;
};

// The handpiece settings the trainee controls during a session.
struct ToolState {
  int needle_index = 1;    // into core::standard_needles()
  double depth_mm = 0.30;  // below the surface; target band roughly 0.1-0.5 (notes N102)
};

// Everything about the attempt in progress.
struct PlayState {
  LevelEntry entry;
  std::shared_ptr<const core::Scalp> scalp;
  core::Attempt attempt;
  int session = 0;                      // 1-based once a session starts
  std::int64_t session_elapsed_ms = 0;  // session clock (stops while paused)
  std::size_t session_first_dot = 0;    // undo never reaches into earlier sessions
  std::vector<core::HealedDot> healed;  // dots of finished sessions as healed
  std::unique_ptr<sim::Pen> pen;
  int palette_index = -1;  // chosen pigment
  MockupState mockup;
  ToolState tool;
  std::optional<core::Report> report;
  std::filesystem::path save_path;
  std::string save_error;
  bool time_up = false;
};

// UI-only state: overlays and toggles that are not part of the attempt.
struct UiState {
  Screen screen = Screen::LevelSelect;
  int selected_level = 0;
  std::string trainee = "trainee";
  bool help_open = false;
  bool paused = false;
  bool heat_map = false;
  bool show_spots = true;
  int selected_metric = 0;
  render::View view;        // current chart view in canvas pixels
  bool view_valid = false;  // false: fit the whole head on the next frame
  std::string status;       // one-line message in the status bar
  // Canvas area of the window in logical points (set by the layout each frame).
  float canvas_x = 0, canvas_y = 0, canvas_w = 0, canvas_h = 0;
  float dpi_scale = 1.0f;  // framebuffer px per logical point
};

}  // namespace smp::app
