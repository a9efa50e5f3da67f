// The controller's raw input: keys per screen and mouse on the canvas (pan, zoom, mockup
// drawing, the pen), turned into Commands or view and tool changes. Not the flow itself.
#include "app/controller.hpp"

#include <SDL_keycode.h>

#include <algorithm>
#include <cmath>

#include "core/needle.hpp"
#include "core/pigment.hpp"
#include "sim/pen.hpp"
#include "sim/wax_pencil.hpp"

namespace smp::app {
namespace {
constexpr double kWheelZoomStep = 1.25;  // per wheel notch
constexpr double kDepthStepMm = 0.05;
constexpr double kMinDepthMm = 0.05;
constexpr double kMaxDepthMm = 1.5;
constexpr double kHandleRadiusPx = 10.0;  // grab radius of a mockup control point
}  // namespace

void Controller::handle(const InputEvent& e, bool ui_wants_mouse) {
  now_ms_ = std::max(now_ms_, e.t_ms);
  if (e.kind == InputKind::Key) {
    handle_key(e);
    return;
  }
  if (e.kind == InputKind::Move) pointer_px_ = e.pos_px;
  handle_canvas(e, ui_wants_mouse);
}

void Controller::handle_key(const InputEvent& e) {
  const int k = e.key;
  const Screen s = ui_.screen;
  auto cmd = [&](CommandKind kind, int index = 0) { apply(Command{kind, index, {}}, e.t_ms); };
  if (k == SDLK_F1 || k == SDLK_QUESTION || (k == SDLK_SLASH && e.shift))
    return cmd(CommandKind::ToggleHelp);
  if (k == SDLK_ESCAPE && ui_.help_open) return cmd(CommandKind::ToggleHelp);
  switch (s) {
    case Screen::LevelSelect:
      if (k == SDLK_UP) ui_.selected_level = std::max(ui_.selected_level - 1, 0);
      if (k == SDLK_DOWN)
        ui_.selected_level = std::min(ui_.selected_level + 1, static_cast<int>(levels_.size()) - 1);
      if (k == SDLK_RETURN || k == SDLK_KP_ENTER) cmd(CommandKind::StartLevel, ui_.selected_level);
      if (k == SDLK_ESCAPE) cmd(CommandKind::Quit);
      return;
    case Screen::Brief:
      if (k == SDLK_t) cmd(CommandKind::Treat);
      if (k == SDLK_d) cmd(CommandKind::Decline);
      if (k == SDLK_ESCAPE) cmd(CommandKind::LevelSelect);
      return;
    case Screen::Colour: {
      const int n = static_cast<int>(core::default_palette().size());
      if (k == SDLK_LEFT) cmd(CommandKind::ChooseColour, std::max(play_.palette_index - 1, 0));
      if (k == SDLK_RIGHT) cmd(CommandKind::ChooseColour, std::min(play_.palette_index + 1, n - 1));
      if (k >= SDLK_1 && k <= SDLK_9) cmd(CommandKind::ChooseColour, k - SDLK_1);
      if (k == SDLK_RETURN || k == SDLK_KP_ENTER) cmd(CommandKind::AcceptColour);
      return;
    }
    case Screen::Healing:
      if (k == SDLK_RETURN || k == SDLK_KP_ENTER) cmd(CommandKind::Continue);
      return;
    case Screen::Results:
      if (k == SDLK_r) cmd(CommandKind::Retry);
      if (k == SDLK_n) cmd(CommandKind::NextLevel);
      if (k == SDLK_ESCAPE || k == SDLK_RETURN) cmd(CommandKind::LevelSelect);
      return;
    case Screen::Mockup:
    case Screen::Session:
      break;
  }
  // Shared by the mockup and the session: the view.
  if (k == SDLK_f) set_preset("front");
  if (k == SDLK_t) set_preset("top");
  if (k == SDLK_l) set_preset("left");
  if (k == SDLK_r) set_preset("right");
  if (k == SDLK_b) set_preset("back");
  if (k == SDLK_0 || k == SDLK_HOME) set_preset("head");
  if (k == SDLK_PLUS || k == SDLK_EQUALS || k == SDLK_KP_PLUS || k == SDLK_MINUS ||
      k == SDLK_KP_MINUS) {
    const bool in = k == SDLK_PLUS || k == SDLK_EQUALS || k == SDLK_KP_PLUS;
    ui_.view = render::zoom_about(ui_.view, core::Vec2(canvas_w_px_ / 2.0, canvas_h_px_ / 2.0),
                                  in ? kWheelZoomStep : 1.0 / kWheelZoomStep);
    scene_dirty_ = true;
  }
  if (s == Screen::Mockup) {
    if (k == SDLK_m) play_.mockup.mirror_guide = !play_.mockup.mirror_guide;
    if (k == SDLK_g) play_.mockup.landmark_guides = !play_.mockup.landmark_guides;
    if (k == SDLK_c) cmd(CommandKind::ClearMockup);
    if (k == SDLK_RETURN || k == SDLK_KP_ENTER) cmd(CommandKind::AcceptMockup);
    return;
  }
  // Session.
  if (k == SDLK_p || k == SDLK_PAUSE) return cmd(CommandKind::TogglePause);
  if (k == SDLK_RETURN || k == SDLK_KP_ENTER) return cmd(CommandKind::EndSession);
  if (ui_.paused) return;
  const auto needles = core::standard_needles();
  const int n = static_cast<int>(needles.size());
  auto first_of = [&](core::NeedleConfig c) {
    for (int i = 0; i < n; ++i)
      if (needles[static_cast<std::size_t>(i)].config == c) return i;
    return 0;
  };
  if (k == SDLK_1) play_.tool.needle_index = first_of(core::NeedleConfig::RL1);
  if (k == SDLK_3) play_.tool.needle_index = first_of(core::NeedleConfig::RL3);
  if (k == SDLK_LEFTBRACKET || k == SDLK_RIGHTBRACKET) {
    const auto cfg = needles[static_cast<std::size_t>(play_.tool.needle_index)].config;
    const int step = k == SDLK_RIGHTBRACKET ? 1 : -1;
    for (int i = play_.tool.needle_index + step; i >= 0 && i < n; i += step)
      if (needles[static_cast<std::size_t>(i)].config == cfg) {
        play_.tool.needle_index = i;
        break;
      }
  }
  if (k == SDLK_UP) play_.tool.depth_mm = std::min(play_.tool.depth_mm + kDepthStepMm, kMaxDepthMm);
  if (k == SDLK_DOWN)
    play_.tool.depth_mm = std::max(play_.tool.depth_mm - kDepthStepMm, kMinDepthMm);
  play_.tool.depth_mm = std::round(play_.tool.depth_mm * 100.0) / 100.0;
  if (k == SDLK_h && play_.entry.level.rules.live_hints &&
      play_.entry.level.rules.mode != core::Mode::Exam) {
    ui_.heat_map = !ui_.heat_map;
    scene_dirty_ = true;
  }
  if (k == SDLK_z && e.ctrl) cmd(CommandKind::Undo);
}

void Controller::handle_canvas(const InputEvent& e, bool ui_wants_mouse) {
  const Screen s = ui_.screen;
  const bool chart_screen =
      s == Screen::Session || s == Screen::Mockup || s == Screen::Results || s == Screen::Healing;
  if (!chart_screen || !play_.scalp) return;
  const core::Vec2 p = e.pos_px;
  const bool inside = p.x >= ui_.canvas_x && p.y >= ui_.canvas_y &&
                      p.x < ui_.canvas_x + ui_.canvas_w && p.y < ui_.canvas_y + ui_.canvas_h &&
                      !ui_wants_mouse;
  const core::Vec2 mm = e.exact_mm.value_or(px_to_mm(p));

  // Pan (right/middle drag) and zoom (wheel) on every chart screen.
  if (e.kind == InputKind::Press && e.button != 0 && inside) {
    panning_ = true;
    pan_last_px_ = p;
    return;
  }
  if (e.kind == InputKind::Release && e.button != 0) {
    panning_ = false;
    return;
  }
  if (e.kind == InputKind::Move && panning_) {
    ui_.view = render::pan_by(ui_.view, (p - pan_last_px_) * static_cast<double>(ui_.dpi_scale));
    pan_last_px_ = p;
    scene_dirty_ = true;
  }
  if (e.kind == InputKind::Wheel && inside) {
    if (e.ctrl && s == Screen::Session) {
      play_.tool.depth_mm =
          std::clamp(std::round((play_.tool.depth_mm + kDepthStepMm * e.wheel) * 100.0) / 100.0,
                     kMinDepthMm, kMaxDepthMm);
    } else {
      const core::Vec2 anchor((p.x - ui_.canvas_x) * ui_.dpi_scale,
                              (p.y - ui_.canvas_y) * ui_.dpi_scale);
      ui_.view = render::zoom_about(ui_.view, anchor, std::pow(kWheelZoomStep, e.wheel));
      zoom_focus_y_px_ = anchor.y;
      ui_.view.px_per_mm = std::clamp(ui_.view.px_per_mm, 0.5, 400.0);
      scene_dirty_ = true;
    }
    return;
  }

  if (s == Screen::Results && play_.report && e.kind == InputKind::Press && e.button == 0 &&
      inside) {
    // Click a spot marker to zoom there.
    const double radius_mm = kHandleRadiusPx * ui_.dpi_scale / ui_.view.px_per_mm;
    for (const auto& m : play_.report->metrics)
      for (const auto& spot : m.spots)
        if (core::distance_mm(spot.pos_mm, mm) <= radius_mm)
          return apply(Command{CommandKind::ZoomTo, 0, spot.pos_mm}, e.t_ms);
    return;
  }
  if (s == Screen::Mockup) {
    MockupState& m = play_.mockup;
    if (e.kind == InputKind::Press && e.button == 0 && inside) {
      const double radius_mm = kHandleRadiusPx * ui_.dpi_scale / ui_.view.px_per_mm;
      m.dragging = sim::pick_control_point(m.control_mm, mm, radius_mm);
      if (m.dragging < 0) {
        m.drawing = true;
        m.stroke_mm = {mm};
      }
    } else if (e.kind == InputKind::Move) {
      if (m.dragging >= 0) m.control_mm[static_cast<std::size_t>(m.dragging)] = mm;
      if (m.drawing) m.stroke_mm.push_back(mm);
    } else if (e.kind == InputKind::Release && e.button == 0) {
      if (m.drawing) {
        m.drawing = false;
        auto fitted = sim::fit_control_points(m.stroke_mm, {});
        if (fitted.empty())
          ui_.status = "That stroke is too short for a hairline; drag from temple to temple.";
        else
          m.control_mm = std::move(fitted);
      }
      m.dragging = -1;
    }
    return;
  }

  if (s == Screen::Session && play_.pen && !ui_.paused) {
    const std::int64_t ts = session_time(e.t_ms);
    if (e.kind == InputKind::Move) {
      play_.pen->move(ts, mm);
      if (!inside && play_.pen->pressed()) play_.pen->release(ts);
    } else if (e.kind == InputKind::Press && e.button == 0 && inside) {
      play_.pen->move(ts, mm);
      play_.pen->press(ts);
    } else if (e.kind == InputKind::Release && e.button == 0) {
      play_.pen->release(ts);
    }
  }
}

}  // namespace smp::app
