#include "app/app.hpp"

#include <SDL.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>

#include <algorithm>
#include <iostream>

#include "app/controller.hpp"
#include "app/platform/gl_texture.hpp"
#include "app/platform/platform.hpp"
#include "app/screens/screens.hpp"
#include "io/errors.hpp"
#include "render/image/png.hpp"

namespace smp::app {
namespace {

InputEvent from_script(const ScriptEvent& s, const Controller& c) {
  InputEvent e;
  e.t_ms = s.t_ms;
  e.button = s.button;
  e.ctrl = s.ctrl;
  e.shift = s.shift;
  switch (s.kind) {
    case ScriptKind::Move:
      e.kind = InputKind::Move;
      e.exact_mm = s.pos;
      e.pos_px = c.mm_to_px(s.pos);
      break;
    case ScriptKind::MovePx:
      e.kind = InputKind::Move;
      e.pos_px = s.pos;
      break;
    case ScriptKind::Press:
      e.kind = InputKind::Press;
      break;
    case ScriptKind::Release:
      e.kind = InputKind::Release;
      break;
    case ScriptKind::Wheel:
      e.kind = InputKind::Wheel;
      e.wheel = s.wheel;
      break;
    case ScriptKind::Key:
      e.kind = InputKind::Key;
      e.key = SDL_GetKeyFromName(s.key.c_str());
      break;
    case ScriptKind::Quit:
      break;
  }
  return e;
}

bool from_sdl(const SDL_Event& ev, std::int64_t t_ms, InputEvent& e) {
  e = InputEvent{};
  e.t_ms = t_ms;
  const SDL_Keymod mods = SDL_GetModState();
  e.ctrl = (mods & KMOD_CTRL) != 0;
  e.shift = (mods & KMOD_SHIFT) != 0;
  auto btn = [](Uint8 b) { return b == SDL_BUTTON_LEFT ? 0 : b == SDL_BUTTON_RIGHT ? 1 : 2; };
  switch (ev.type) {
    case SDL_MOUSEMOTION:
      e.kind = InputKind::Move;
      e.pos_px = {static_cast<double>(ev.motion.x), static_cast<double>(ev.motion.y)};
      return true;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
      e.kind = ev.type == SDL_MOUSEBUTTONDOWN ? InputKind::Press : InputKind::Release;
      e.button = btn(ev.button.button);
      e.pos_px = {static_cast<double>(ev.button.x), static_cast<double>(ev.button.y)};
      return true;
    case SDL_MOUSEWHEEL: {
      int x = 0, y = 0;
      SDL_GetMouseState(&x, &y);
      e.kind = InputKind::Wheel;
      e.wheel = static_cast<double>(ev.wheel.y);
      e.pos_px = {static_cast<double>(x), static_cast<double>(y)};
      return true;
    }
    case SDL_KEYDOWN:
      if (ImGui::GetIO().WantTextInput) return false;  // typing the trainee name
      e.kind = InputKind::Key;
      e.key = ev.key.keysym.sym;
      return true;
    default:
      return false;
  }
}

}  // namespace

int run_app(const AppOptions& options) {
  std::vector<LevelEntry> levels;
  if (!options.level.empty())
    levels.push_back(load_level_entry(options.level));
  else
    levels = load_track_entries(options.track);

  PlatformOptions popts;
  popts.width = options.width;
  popts.height = options.height;
  popts.vsync = !options.scripted;
  popts.title = "smpsim - scalp micropigmentation trainer";
  Platform platform(popts);

  ControllerOptions copts;
  copts.saves_dir = options.saves_dir;
  copts.save_path = options.save_path;
  copts.trainee = options.trainee;
  // A scripted run's screenshots must not depend on this machine's speed: a zoom settles by a
  // fixed amount of redrawing per frame (926 canvas rows in 15 frames) instead of a time budget.
  if (options.scripted) copts.refine.fixed_bands = 8;  // of RefineOptions::band_rows
  Controller ctl(std::move(levels), copts);

  // HiDPI: fonts and sizes follow the framebuffer/window ratio.
  int ww = 0, wh = 0, dw = 0, dh = 0;
  platform.window_size(ww, wh);
  platform.drawable_size(dw, dh);
  const float dpi = ww > 0 ? static_cast<float>(dw) / static_cast<float>(ww) : 1.0f;
  ImGuiIO& io = ImGui::GetIO();
  ImFontConfig font;
  font.SizePixels = 15.0f * dpi;
  io.Fonts->AddFontDefault(&font);
  io.FontGlobalScale = 1.0f / dpi;
  apply_theme(1.0f);

  GlTexture texture;
  Layout layout;
  if (!options.level.empty()) ctl.apply({CommandKind::StartLevel, 0, {}}, 0);

  std::size_t next_event = 0;
  std::vector<ScreenshotRequest> shots = options.screenshots;
  std::sort(shots.begin(), shots.end(),
            [](const auto& a, const auto& b) { return a.t_ms < b.t_ms; });
  std::size_t next_shot = 0;
  std::int64_t end_ms = 0;
  if (options.scripted) {
    end_ms = options.script.empty() ? 1000 : options.script.back().t_ms + 1000;
    if (!shots.empty()) end_ms = std::max(end_ms, shots.back().t_ms + kScriptFrameMs);
  }
  const Uint64 start_ticks = SDL_GetTicks64();
  std::int64_t now_ms = 0;
  // Scripted mouse state for ImGui, which otherwise reads the real pointer.
  core::Vec2 script_mouse{-1.0, -1.0};
  bool script_down[3] = {false, false, false};
  std::int64_t frame_index = 0;
  constexpr std::int64_t kScriptPresentEvery = 15;

  for (bool running = true; running;) {
    std::vector<InputEvent> events;
    SDL_Event ev;
    while (SDL_PollEvent(&ev)) {
      if (ev.type == SDL_QUIT) running = false;
      if (options.scripted) continue;  // the script is the only input
      ImGui_ImplSDL2_ProcessEvent(&ev);
      InputEvent e;
      if (from_sdl(ev, now_ms, e)) events.push_back(e);
    }
    if (options.scripted) {
      for (; next_event < options.script.size() && options.script[next_event].t_ms <= now_ms;
           ++next_event) {
        const ScriptEvent& s = options.script[next_event];
        if (s.kind == ScriptKind::Quit) {
          running = false;
          break;
        }
        InputEvent e = from_script(s, ctl);
        if (e.kind == InputKind::Move) script_mouse = e.pos_px;
        if (e.kind != InputKind::Move) e.pos_px = script_mouse;
        if (e.kind == InputKind::Press) script_down[e.button] = true;
        if (e.kind == InputKind::Release) script_down[e.button] = false;
        if (e.kind == InputKind::Key && e.key == SDLK_UNKNOWN) {
          std::cerr << "smpsim: script line " << s.line << ": unknown key '" << s.key << "'\n";
          return io::kExitBadInput;
        }
        events.push_back(e);
      }
    } else {
      now_ms = static_cast<std::int64_t>(SDL_GetTicks64() - start_ticks);
    }

    // Layout in logical points; the canvas is rendered at framebuffer pixels.
    platform.window_size(ww, wh);
    platform.drawable_size(dw, dh);
    UiState& ui = ctl.ui();
    ui.dpi_scale = ww > 0 ? static_cast<float>(dw) / static_cast<float>(ww) : 1.0f;
    ui.canvas_x = layout.side_panel_w;
    ui.canvas_y = layout.top_bar_h;
    ui.canvas_w = std::max(static_cast<float>(ww) - layout.side_panel_w, 1.0f);
    ui.canvas_h = std::max(static_cast<float>(wh) - layout.top_bar_h - layout.status_bar_h, 1.0f);
    ctl.set_canvas_size(static_cast<int>(ui.canvas_w * ui.dpi_scale),
                        static_cast<int>(ui.canvas_h * ui.dpi_scale));

    const bool ui_wants_mouse = io.WantCaptureMouse;
    for (const auto& e : events) ctl.handle(e, ui_wants_mouse);
    ctl.update(now_ms);

    platform.begin_frame();
    if (options.scripted) {
      io.DeltaTime = static_cast<float>(kScriptFrameMs) / 1000.0f;
      io.MousePos = ImVec2(static_cast<float>(script_mouse.x), static_cast<float>(script_mouse.y));
      for (int b = 0; b < 3; ++b) io.MouseDown[b] = script_down[b];
    }
    ImGui::NewFrame();

    const Screen screen = ui.screen;
    const bool canvas_screen = screen != Screen::LevelSelect && screen != Screen::Colour;
    if (canvas_screen && ctl.scene().available()) {
      const render::Image& img = ctl.scene().image();
      texture.upload(img, ctl.scene().take_dirty());
      ImGui::GetBackgroundDrawList()->AddImage(
          reinterpret_cast<ImTextureID>(texture.id()), ImVec2(ui.canvas_x, ui.canvas_y),
          ImVec2(ui.canvas_x + static_cast<float>(img.width) / ui.dpi_scale,
                 ui.canvas_y + static_cast<float>(img.height) / ui.dpi_scale));
      draw_canvas_overlays(ctl.play(), ui);
    }
    if (screen == Screen::Colour && ctl.play().scalp && ctl.scene().available()) {
      // The client's scalp stays in view behind the palette.
      const render::Image& img = ctl.scene().image();
      texture.upload(img, ctl.scene().take_dirty());
      ImGui::GetBackgroundDrawList()->AddImage(
          reinterpret_cast<ImTextureID>(texture.id()), ImVec2(ui.canvas_x, ui.canvas_y),
          ImVec2(ui.canvas_x + static_cast<float>(img.width) / ui.dpi_scale,
                 ui.canvas_y + static_cast<float>(img.height) / ui.dpi_scale));
    }

    draw_top_bar(ctl.play(), ui, layout);
    Command cmd;
    switch (screen) {
      case Screen::LevelSelect:
        cmd = draw_level_select(ctl.levels(), ui, layout);
        break;
      case Screen::Brief:
        cmd = draw_brief(ctl.play(), ui, layout);
        break;
      case Screen::Mockup:
        cmd = draw_mockup(ctl.play(), ui, layout);
        break;
      case Screen::Colour:
        cmd = draw_colour(ctl.play(), ui, layout);
        break;
      case Screen::Session:
        cmd = draw_session(ctl.play(), ui, layout);
        break;
      case Screen::Healing:
        cmd = draw_healing(ctl.play(), ui, layout);
        break;
      case Screen::Results:
        cmd = draw_results(ctl.play(), ui, layout);
        break;
    }
    draw_status_bar(ctl.play(), ui, layout);
    const Command help_cmd = draw_help(ui);
    ImGui::Render();

    const bool shoot =
        options.scripted && next_shot < shots.size() && shots[next_shot].t_ms <= now_ms;
    render::Image shot;
    // Software GL under xvfb costs ~50 ms a frame at 1600x1000; a scripted run only shows every
    // kScriptPresentEvery-th frame (and every screenshot). ImGui's frame logic runs every frame.
    ++frame_index;
    if (!options.scripted || shoot || frame_index % kScriptPresentEvery == 0)
      platform.end_frame_and_present(shoot, &shot);
    if (shoot) {
      render::write_png(shots[next_shot].path, shot);
      std::cerr << "smpsim: screenshot at " << now_ms << " ms -> " << shots[next_shot].path << "\n";
      ++next_shot;
    }

    ctl.apply(cmd, now_ms);
    ctl.apply(help_cmd, now_ms);
    if (ctl.quit_requested()) running = false;
    if (options.scripted) {
      now_ms += kScriptFrameMs;
      if (now_ms > end_ms) running = false;
    }
  }
  // Failures (a screenshot that cannot be written, ...) leave as exceptions, turned into a
  // message and an exit code in main.
  return io::kExitOk;
}

}  // namespace smp::app
