// The controller's procedure: Commands, the flow brief -> mockup -> colour -> sessions ->
// results, and the per-frame step. Keys and canvas mouse input are in controller_input.cpp.
#include "app/controller.hpp"

#include <algorithm>

#include "core/needle.hpp"
#include "core/pigment.hpp"
#include "io/errors.hpp"
#include "sim/pen.hpp"
#include "sim/pen_params.hpp"
#include "sim/wax_pencil.hpp"

namespace smp::app {

const char* screen_title(Screen s) {
  switch (s) {
    case Screen::LevelSelect:
      return "Levels";
    case Screen::Brief:
      return "Consultation";
    case Screen::Mockup:
      return "Hairline mockup";
    case Screen::Colour:
      return "Colour";
    case Screen::Session:
      return "Treatment";
    case Screen::Healing:
      return "Healing";
    case Screen::Results:
      return "Results";
  }
  return "";
}

Controller::Controller(std::vector<LevelEntry> levels, ControllerOptions options)
    : levels_(std::move(levels)), options_(std::move(options)) {
  ui_.trainee = options_.trainee;
  scene_.set_refine_options(options_.refine);
  if (levels_.size() > 1) fill_best_scores(levels_, options_.saves_dir, ui_.trainee);
}

void Controller::set_canvas_size(int width_px, int height_px) {
  if (width_px == canvas_w_px_ && height_px == canvas_h_px_) return;
  const bool had = canvas_w_px_ > 0;
  canvas_w_px_ = std::max(width_px, 1);
  canvas_h_px_ = std::max(height_px, 1);
  if (had && ui_.view_valid) {
    ui_.view.width_px = canvas_w_px_;
    ui_.view.height_px = canvas_h_px_;
  } else {
    ui_.view_valid = false;
  }
  scene_dirty_ = true;
}

core::Vec2 Controller::px_to_mm(core::Vec2 p) const {
  const core::Vec2 local((p.x - ui_.canvas_x) * ui_.dpi_scale,
                         (p.y - ui_.canvas_y) * ui_.dpi_scale);
  return ui_.view.px_to_mm(local);
}

core::Vec2 Controller::mm_to_px(core::Vec2 p_mm) const {
  const core::Vec2 local = ui_.view.mm_to_px(p_mm);
  return {local.x / ui_.dpi_scale + ui_.canvas_x, local.y / ui_.dpi_scale + ui_.canvas_y};
}

std::int64_t Controller::session_time(std::int64_t t_ms) const {
  return std::max<std::int64_t>(t_ms - session_offset_ms_, 0);
}

void Controller::set_preset(const char* name) {
  if (!play_.scalp) return;
  ui_.view = preset_view(*play_.scalp, name, canvas_w_px_, canvas_h_px_);
  ui_.view_valid = true;
  scene_dirty_ = true;
}

// ---------------------------------------------------------------------------------- commands

void Controller::apply(const Command& cmd, std::int64_t t_ms) {
  switch (cmd.kind) {
    case CommandKind::None:
      break;
    case CommandKind::StartLevel:
      start_level(cmd.index);
      break;
    case CommandKind::Treat:
      if (ui_.screen != Screen::Brief) break;
      play_.attempt.decision = core::Decision::Treat;
      if (play_.entry.level.task.mockup_required) {
        ui_.screen = Screen::Mockup;
        set_preset("front");
      } else if (play_.entry.level.task.colour_choice) {
        ui_.screen = Screen::Colour;
      } else {
        start_session(t_ms);
      }
      break;
    case CommandKind::Decline:
      if (ui_.screen != Screen::Brief) break;
      play_.attempt.decision = core::Decision::Decline;
      finish_attempt();
      break;
    case CommandKind::ClearMockup: {
      MockupState cleared;
      cleared.mirror_guide = play_.mockup.mirror_guide;
      cleared.landmark_guides = play_.mockup.landmark_guides;
      play_.mockup = cleared;
      break;
    }
    case CommandKind::AcceptMockup: {
      if (ui_.screen != Screen::Mockup) break;
      if (play_.mockup.control_mm.size() < 2) {
        ui_.status = "Draw the hairline first: drag across the forehead with the wax pencil.";
        break;
      }
      play_.attempt.mockup_hairline_mm = sim::smooth_curve(play_.mockup.control_mm, {});
      if (play_.entry.level.task.colour_choice)
        ui_.screen = Screen::Colour;
      else
        start_session(t_ms);
      break;
    }
    case CommandKind::ChooseColour: {
      const auto palette = core::default_palette();
      if (cmd.index >= 0 && cmd.index < static_cast<int>(palette.size()))
        play_.palette_index = cmd.index;
      break;
    }
    case CommandKind::AcceptColour:
      if (ui_.screen != Screen::Colour) break;
      if (play_.palette_index < 0) {
        ui_.status = "Choose a pigment dilution first.";
        break;
      }
      start_session(t_ms);
      break;
    case CommandKind::EndSession:
      if (ui_.screen == Screen::Session) end_session(t_ms);
      break;
    case CommandKind::Continue:
      if (ui_.screen != Screen::Healing) break;
      if (!play_.time_up && play_.session < play_.entry.level.task.sessions)
        start_session(t_ms);
      else
        finish_attempt();
      break;
    case CommandKind::Retry:
      if (ui_.screen == Screen::Results) start_level(ui_.selected_level);
      break;
    case CommandKind::NextLevel:
      if (ui_.screen == Screen::Results &&
          ui_.selected_level + 1 < static_cast<int>(levels_.size()))
        start_level(ui_.selected_level + 1);
      break;
    case CommandKind::LevelSelect:
      ui_.screen = Screen::LevelSelect;
      play_.pen.reset();
      break;
    case CommandKind::ZoomTo: {
      render::View v = ui_.view;
      v.centre_mm = cmd.pos_mm;
      v.px_per_mm = std::max(v.px_per_mm, 12.0);
      ui_.view = v;
      ui_.view_valid = true;
      scene_dirty_ = true;
      break;
    }
    case CommandKind::Undo: {
      if (ui_.screen != Screen::Session || !play_.entry.level.rules.undo_allowed ||
          play_.entry.level.rules.mode == core::Mode::Exam)
        break;
      if (play_.attempt.dots.size() > play_.session_first_dot) {
        play_.attempt.dots.pop_back();
        scene_dirty_ = true;
      }
      break;
    }
    case CommandKind::TogglePause:
      if (ui_.screen != Screen::Session) break;
      if (!ui_.paused) {
        ui_.paused = true;
        paused_at_ms_ = t_ms;
        if (play_.pen && play_.pen->pressed()) play_.pen->release(session_time(t_ms));
      } else {
        ui_.paused = false;
        session_offset_ms_ += t_ms - paused_at_ms_;
      }
      break;
    case CommandKind::ToggleHelp:
      ui_.help_open = !ui_.help_open;
      break;
    case CommandKind::Quit:
      quit_ = true;
      break;
  }
}

void Controller::start_level(int index) {
  if (index < 0 || index >= static_cast<int>(levels_.size())) return;
  ui_.selected_level = index;
  play_ = PlayState{};
  play_.entry = levels_[static_cast<std::size_t>(index)];
  const core::Level& level = play_.entry.level;
  play_.scalp = make_scalp(level);
  play_.attempt.level_id = level.id;
  play_.attempt.trainee = ui_.trainee;
  play_.attempt.seed = level.client.seed;
  play_.attempt.mode = level.rules.mode;
  if (!level.task.mockup_required) play_.attempt.mockup_hairline_mm = level.task.given_hairline_mm;
  ui_.screen = Screen::Brief;
  ui_.paused = false;
  ui_.heat_map = false;
  ui_.status.clear();
  scene_.set_scalp(play_.scalp, level);
  set_preset("head");
}

void Controller::start_session(std::int64_t t_ms) {
  const core::Level& level = play_.entry.level;
  play_.session += 1;
  play_.session_elapsed_ms = 0;
  play_.session_first_dot = play_.attempt.dots.size();
  const auto palette = core::default_palette();
  core::Pigment pigment = level.task.given_pigment.value_or(core::Pigment{});
  if (level.task.colour_choice && play_.palette_index >= 0)
    pigment = palette[static_cast<std::size_t>(play_.palette_index)];
  play_.attempt.session_pigments.push_back(pigment);
  session_offset_ms_ = t_ms;
  // A different tremor stream per session, still fixed by the attempt's seed.
  sim::PenParams params = sim::pen_params_for_difficulty(level.difficulty);
  play_.pen = std::make_unique<sim::Pen>(
      params, play_.attempt.seed * 1000003u + static_cast<unsigned>(play_.session),
      ui_.view.centre_mm, 0);
  ui_.screen = Screen::Session;
  ui_.paused = false;
  ui_.status = "Session " + std::to_string(play_.session) + " of " +
               std::to_string(level.task.sessions) +
               ": click to place, hold to fire at the machine's cadence.";
  scene_dirty_ = true;
}

void Controller::end_session(std::int64_t t_ms) {
  if (play_.pen) {
    const std::int64_t ts = ui_.paused ? session_time(paused_at_ms_) : session_time(t_ms);
    if (play_.pen->pressed()) play_.pen->release(ts);
    play_.session_elapsed_ms = ts;
  }
  play_.pen.reset();
  ui_.paused = false;
  play_.attempt.session_duration_ms.push_back(play_.session_elapsed_ms);
  play_.healed = heal_attempt(play_.entry.level, *play_.scalp, play_.attempt);
  ui_.screen = Screen::Healing;
  ui_.heat_map = false;
  ui_.status = "Session " + std::to_string(play_.session) + " ended after " +
               std::to_string(play_.session_elapsed_ms / 1000) + " s; the dots have healed.";
  scene_dirty_ = true;
}

void Controller::finish_attempt() {
  play_.report = score(play_.entry.level, *play_.scalp, play_.attempt);
  try {
    const std::filesystem::path explicit_path =
        finished_ == 0 ? options_.save_path : std::filesystem::path();
    play_.save_path = save_attempt(play_.entry.level, play_.attempt, play_.report,
                                   options_.saves_dir, explicit_path);
    play_.save_error.clear();
  } catch (const io::InputError& e) {
    play_.save_error = e.message();
  } catch (const std::exception& e) {
    play_.save_error = e.what();
  }
  ++finished_;
  auto& entry = levels_[static_cast<std::size_t>(ui_.selected_level)];
  if (play_.report && (!entry.best_score || play_.report->overall_score > *entry.best_score)) {
    entry.best_score = play_.report->overall_score;
    entry.best_passed = play_.report->passed;
  }
  ui_.status = play_.save_path.empty() ? "The attempt could not be saved."
                                       : "Saved " + play_.save_path.string();
  set_preset("head");
  ui_.screen = Screen::Results;
  ui_.selected_metric = 0;
  scene_dirty_ = true;
}

// -------------------------------------------------------------------------------- per frame

void Controller::update(std::int64_t t_ms) {
  now_ms_ = std::max(now_ms_, t_ms);
  if (!ui_.view_valid && play_.scalp && canvas_w_px_ > 0) set_preset("head");
  if (ui_.screen == Screen::Session && play_.pen && !ui_.paused) {
    const std::int64_t ts = session_time(t_ms);
    play_.pen->advance_to(ts);
    play_.session_elapsed_ms = ts;
    const auto needles = core::standard_needles();
    const core::Needle needle = needles[static_cast<std::size_t>(play_.tool.needle_index)];
    const double dilution = play_.attempt.session_pigments.back().dilution_water_parts;
    for (const auto& imp : play_.pen->take_impressions()) {
      if (!on_skin(*play_.scalp, imp.tip_mm)) continue;  // the needle fired in the air
      core::Dot d;
      d.pos_mm = imp.tip_mm;
      d.depth_mm = play_.tool.depth_mm;
      d.needle = needle;
      d.session = play_.session;
      d.dilution_water_parts = dilution;
      d.t_ms = imp.t_ms;
      play_.attempt.dots.push_back(d);
    }
    for (auto s : play_.pen->take_path()) {
      s.session = play_.session;
      play_.attempt.pen_path.push_back(s);
    }
    // Exam time limit: the whole attempt's treatment time.
    const int limit_s = play_.entry.level.rules.time_limit_s;
    if (limit_s > 0) {
      std::int64_t used = ts;
      for (auto d : play_.attempt.session_duration_ms) used += d;
      if (used >= static_cast<std::int64_t>(limit_s) * 1000) {
        play_.time_up = true;
        ui_.status = "Time is up: the session has ended.";
        end_session(t_ms);
      }
    }
  }
  sync_scene();
}

void Controller::sync_scene() {
  if (!play_.scalp) return;
  scene_.set_view(ui_.view, zoom_focus_y_px_);
  zoom_focus_y_px_ = -1.0;  // other view changes (keys, presets) redraw from the centre
  scene_.set_heat_map(ui_.heat_map && ui_.screen == Screen::Session, &play_.entry.level);
  const bool fresh_visible = ui_.screen == Screen::Session;
  std::span<const core::Dot> fresh;
  if (fresh_visible)
    fresh = std::span<const core::Dot>(play_.attempt.dots).subspan(play_.session_first_dot);
  // Healed dots: only the sessions before the current one (the healing screen shows them all).
  std::span<const core::HealedDot> healed(play_.healed);
  scene_.set_dots(healed, fresh);
  scene_.refine_step();
  scene_dirty_ = false;
}

}  // namespace smp::app