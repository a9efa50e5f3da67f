// The screens, one function each, drawn every frame from plain state (Dear ImGui immediate
// mode). They return what the trainee asked for; the controller (controller.hpp) does it.
#pragma once
#include <vector>

#include "app/command.hpp"
#include "app/state.hpp"

namespace smp::app {

// Layout constants in logical points (scaled by the font scale on HiDPI).
struct Layout {
  float top_bar_h = 44.0f;
  float side_panel_w = 380.0f;
  float status_bar_h = 30.0f;
};

void apply_theme(float scale);
void begin_side_panel(const Layout& layout, const char* name);
void draw_top_bar(const PlayState& play, const UiState& ui, const Layout& layout);
void draw_status_bar(const PlayState& play, const UiState& ui, const Layout& layout);
Command draw_level_select(const std::vector<LevelEntry>& levels, UiState& ui, const Layout& layout);
Command draw_brief(const PlayState& play, UiState& ui, const Layout& layout);
Command draw_mockup(PlayState& play, UiState& ui, const Layout& layout);
Command draw_colour(const PlayState& play, UiState& ui, const Layout& layout);
Command draw_session(const PlayState& play, UiState& ui, const Layout& layout);
Command draw_healing(const PlayState& play, UiState& ui, const Layout& layout);
Command draw_results(const PlayState& play, UiState& ui, const Layout& layout);
Command draw_help(UiState& ui);
// Chart-space overlays over the canvas (guides, curve, pointer, spots), in window points.
void draw_canvas_overlays(const PlayState& play, const UiState& ui);

}  // namespace smp::app
