// Screens worked on the scalp itself: the mockup, the treatment session, the results, and the
// overlays drawn over the canvas (guides, the planned curve, the needle reticle, spot markers).
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "app/engine.hpp"
#include "app/screens/labels.hpp"
#include "app/screens/screens.hpp"
#include "app/screens/widgets.hpp"
#include "core/needle.hpp"
#include "core/scoring/spot_kinds.hpp"
#include "render/overlays/overlays.hpp"
#include "sim/pen.hpp"
#include "sim/wax_pencil.hpp"

namespace smp::app {
namespace {

std::string clock(std::int64_t ms) {
  char buf[32];
  const std::int64_t s = ms / 1000;
  std::snprintf(buf, sizeof buf, "%02lld:%02lld", static_cast<long long>(s / 60),
                static_cast<long long>(s % 60));
  return buf;
}

ImVec2 to_screen(const UiState& ui, core::Vec2 p_mm) {
  const core::Vec2 local = ui.view.mm_to_px(p_mm);
  return ImVec2(static_cast<float>(local.x / ui.dpi_scale) + ui.canvas_x,
                static_cast<float>(local.y / ui.dpi_scale) + ui.canvas_y);
}

void polyline(ImDrawList* dl, const UiState& ui, const core::Polyline& line, ImU32 colour,
              float thickness) {
  if (line.size() < 2) return;
  std::vector<ImVec2> pts;
  pts.reserve(line.size());
  for (const auto& p : line) pts.push_back(to_screen(ui, p));
  dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), colour, 0, thickness);
}

void dashed_vertical(ImDrawList* dl, const UiState& ui, double x_mm, double y0_mm, double y1_mm,
                     ImU32 colour) {
  const double step = 4.0;
  for (double y = y0_mm; y < y1_mm; y += 2 * step)
    dl->AddLine(to_screen(ui, {x_mm, y}), to_screen(ui, {x_mm, std::min(y + step, y1_mm)}), colour,
                1.5f);
}

// Depth gauge: the band from surface to 1.5 mm, with the target layer (papillary dermis,
// ~0.1-0.5 mm) (notes N102) shaded and the current depth as a needle mark.
void depth_gauge(double depth_mm) {
  const float w = ImGui::GetContentRegionAvail().x;
  const float h = 22.0f * ImGui::GetIO().FontGlobalScale;
  const ImVec2 a = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const double max_mm = 1.5;
  auto x_of = [&](double d) { return a.x + static_cast<float>(d / max_mm) * w; };
  dl->AddRectFilled(a, ImVec2(a.x + w, a.y + h), IM_COL32(60, 50, 48, 255), 3.0f);
  dl->AddRectFilled(ImVec2(x_of(0.0), a.y), ImVec2(x_of(0.1), a.y + h),
                    IM_COL32(120, 100, 80, 255));
  dl->AddRectFilled(ImVec2(x_of(0.1), a.y), ImVec2(x_of(0.5), a.y + h), IM_COL32(70, 130, 90, 255));
  const float x = x_of(depth_mm);
  dl->AddTriangleFilled(ImVec2(x - 6, a.y - 2), ImVec2(x + 6, a.y - 2), ImVec2(x, a.y + h * 0.6f),
                        IM_COL32(240, 240, 245, 255));
  dl->AddLine(ImVec2(x, a.y), ImVec2(x, a.y + h), IM_COL32(240, 240, 245, 255), 2.0f);
  const float ty = a.y + h + 3.0f;
  dl->AddText(ImVec2(x_of(0.0), ty), IM_COL32(160, 160, 165, 255), "0");
  dl->AddText(ImVec2(x_of(0.12), ty), IM_COL32(110, 200, 130, 255), "target 0.1-0.5");
  dl->AddText(ImVec2(x_of(0.85), ty), IM_COL32(240, 120, 100, 255), "blowout");
  dl->AddText(ImVec2(x_of(1.5) - 36.0f, ty), IM_COL32(160, 160, 165, 255), "1.5mm");
  ImGui::Dummy(ImVec2(w, h + ImGui::GetTextLineHeight() + 4.0f));
}

}  // namespace

Command draw_mockup(PlayState& play, UiState& ui, const Layout& layout) {
  (void)ui;
  Command cmd;
  begin_side_panel(layout, "##mockup");
  heading("Hairline mockup");
  ImGui::TextWrapped(
      "Draw the new hairline with the wax pencil: drag across the forehead from one temple to the "
      "other. Then drag the handles to refine the curve.");
  ImGui::Spacing();
  ImGui::Bullet();
  ImGui::TextWrapped("Keep the front well above the glabella: too low is the worst fault.");
  ImGui::Bullet();
  ImGui::TextWrapped("Leave the fronto-temporal angles open on the lateral-canthus lines.");
  ImGui::Bullet();
  ImGui::TextWrapped("Irregular, never a ruler line.");
  ImGui::Spacing();
  ImGui::Checkbox("Mirror guide  (M)", &play.mockup.mirror_guide);
  ImGui::Checkbox("Landmark guides  (G)", &play.mockup.landmark_guides);
  ImGui::Spacing();
  ImGui::Text("Control points: %zu", play.mockup.control_mm.size());
  if (ImGui::Button("Clear  (C)", ImVec2(-1, 0))) cmd.kind = CommandKind::ClearMockup;
  if (big_button("Accept the plan  (Enter)")) cmd.kind = CommandKind::AcceptMockup;
  ImGui::End();
  return cmd;
}

Command draw_session(const PlayState& play, UiState& ui, const Layout& layout) {
  Command cmd;
  const core::Level& l = play.entry.level;
  const bool exam = l.rules.mode == core::Mode::Exam;
  begin_side_panel(layout, "##session");
  heading(("Session " + std::to_string(play.session) + " of " + std::to_string(l.task.sessions))
              .c_str());
  // The always-visible counters.
  const std::size_t session_dots = play.attempt.dots.size() - play.session_first_dot;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(14, 4));
  ImGui::BeginGroup();
  ImGui::TextColored(kMuted, "impressions");
  ImGui::Text("%zu", session_dots);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::TextColored(kMuted, "elapsed");
  ImGui::Text("%s", clock(play.session_elapsed_ms).c_str());
  ImGui::EndGroup();
  if (l.rules.time_limit_s > 0) {
    std::int64_t used = play.session_elapsed_ms;
    for (auto d : play.attempt.session_duration_ms) used += d;
    ImGui::SameLine();
    ImGui::BeginGroup();
    ImGui::TextColored(kMuted, "time left");
    ImGui::TextColored(
        kBad, "%s", clock(std::max<std::int64_t>(l.rules.time_limit_s * 1000LL - used, 0)).c_str());
    ImGui::EndGroup();
  }
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::TextColored(kMuted, "total");
  ImGui::Text("%zu", play.attempt.dots.size());
  ImGui::EndGroup();
  ImGui::PopStyleVar();
  if (ui.paused) ImGui::TextColored(kBad, "PAUSED  (P to resume)");
  ImGui::Spacing();

  heading("Needle");
  const auto needles = core::standard_needles();
  const core::Needle& n = needles[static_cast<std::size_t>(play.tool.needle_index)];
  ImGui::Text("%s", core::needle_name(n).c_str());
  ImGui::SameLine();
  ImGui::TextColored(kMuted, n.config == core::NeedleConfig::RL1 ? "single: hairline, fine detail"
                                                                 : "triple: fill and density");
  ImGui::TextColored(kMuted, "1 / 3 config,  [ ] diameter");
  ImGui::Spacing();
  heading("Depth");
  ImGui::Text("%.2f mm", play.tool.depth_mm);
  ImGui::SameLine();
  ImGui::TextColored(kMuted, "Up/Down or Ctrl+wheel");
  depth_gauge(play.tool.depth_mm);
  ImGui::Spacing();
  if (play.attempt.session_pigments.size() > 0) {
    heading("Pigment");
    ImGui::Text("%s", play.attempt.session_pigments.back().name.c_str());
  }
  ImGui::Spacing();
  heading("View");
  ImGui::TextWrapped(
      "F T L R B: front, top, left, right, back. 0: whole head. Wheel: zoom. Right-drag: pan.");
  if (!exam && l.rules.live_hints) {
    bool heat = ui.heat_map;
    if (ImGui::Checkbox("Density heat map  (H)", &heat)) ui.heat_map = heat;
  } else {
    ImGui::TextColored(kMuted,
                       exam ? "Exam: no heat map, no undo." : "No live hints on this level.");
  }
  if (!exam && l.rules.undo_allowed) {
    if (ImGui::Button("Undo last impression  (Ctrl+Z)", ImVec2(-1, 0)))
      cmd.kind = CommandKind::Undo;
  }
  ImGui::Spacing();
  if (ImGui::Button(ui.paused ? "Resume  (P)" : "Pause  (P)", ImVec2(-1, 0)))
    cmd.kind = CommandKind::TogglePause;
  if (big_button("End session and heal  (Enter)")) cmd.kind = CommandKind::EndSession;
  ImGui::End();
  return cmd;
}

Command draw_results(const PlayState& play, UiState& ui, const Layout& layout) {
  Command cmd;
  begin_side_panel(layout, "##results");
  heading("Results");
  // finish_attempt scores the attempt before the results screen shows.
  const core::Report& r = *play.report;
  ImGui::SetWindowFontScale(1.8f);
  ImGui::TextColored(r.passed ? kGood : kBad, "%.0f", r.overall_score);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::SameLine();
  ImGui::TextColored(r.passed ? kGood : kBad, r.passed ? "PASSED" : "NOT PASSED");
  ImGui::SameLine();
  ImGui::TextColored(kMuted, "pass mark %.0f", play.entry.level.scoring.pass_mark);
  for (const auto& s : r.summary) ImGui::TextWrapped("%s", s.c_str());
  ImGui::Spacing();
  for (std::size_t i = 0; i < r.metrics.size(); ++i) {
    const core::MetricResult& m = r.metrics[i];
    ImGui::PushID(static_cast<int>(i));
    const auto w = play.entry.level.scoring.metrics.find(m.id);
    const double mark = w != play.entry.level.scoring.metrics.end() ? w->second.pass_mark : 0.0;
    const std::string label = std::string(metric_label(m.id));
    if (ImGui::Selectable(label.c_str(), ui.selected_metric == static_cast<int>(i)))
      ui.selected_metric = static_cast<int>(i);
    if (!m.applicable) {
      ImGui::TextColored(kMuted, "   not applicable to this level");
    } else {
      ImGui::PushStyleColor(ImGuiCol_PlotHistogram, m.passed ? ImVec4(0.30f, 0.65f, 0.40f, 1.0f)
                                                             : ImVec4(0.80f, 0.35f, 0.30f, 1.0f));
      char buf[48];
      std::snprintf(buf, sizeof buf, "%.0f  (pass %.0f)", m.score, mark);
      ImGui::ProgressBar(static_cast<float>(m.score / 100.0), ImVec2(-1, 0), buf);
      ImGui::PopStyleColor();
    }
    ImGui::PopID();
  }
  if (ui.selected_metric >= 0 && ui.selected_metric < static_cast<int>(r.metrics.size())) {
    const core::MetricResult& m = r.metrics[static_cast<std::size_t>(ui.selected_metric)];
    ImGui::Spacing();
    heading("Feedback");
    for (const auto& f : m.feedback) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", f.c_str());
    }
    if (m.feedback.empty()) ImGui::TextColored(kMuted, "Nothing to correct here.");
    if (!m.spots.empty()) {
      // The legend of the rings on the scalp, in their colours.
      for (const render::SpotLegendEntry& e : render::spot_legend(m.spots))
        ImGui::TextColored(ImVec4(e.colour.r, e.colour.g, e.colour.b, 1.0f), "o  %s",
                           render::spot_legend_text(e).c_str());
      ImGui::TextColored(kMuted, "%zu marked spot(s): click one to zoom there", m.spots.size());
      int shown = 0;
      for (const auto& s : m.spots) {
        if (++shown > 12) {
          ImGui::TextColored(kMuted, "and %zu more on the scalp", m.spots.size() - 12);
          break;
        }
        char buf[128];
        std::snprintf(buf, sizeof buf, "%s%s at (%.0f, %.0f) mm##%d",
                      core::spot_label(s.kind).c_str(),
                      s.count > 1 ? (" x" + std::to_string(s.count)).c_str() : "", s.pos_mm.x,
                      s.pos_mm.y, shown);
        if (ImGui::SmallButton(buf)) cmd = {CommandKind::ZoomTo, 0, s.pos_mm};
      }
    }
  }
  ImGui::Spacing();
  heading("Saved attempt");
  if (!play.save_path.empty())
    ImGui::TextWrapped("%s", play.save_path.string().c_str());
  else
    ImGui::TextColored(kBad, "%s", play.save_error.c_str());
  ImGui::Spacing();
  if (big_button("Retry  (R)", false)) cmd.kind = CommandKind::Retry;
  if (big_button("Next level  (N)")) cmd.kind = CommandKind::NextLevel;
  if (ImGui::Button("Level list  (Esc)", ImVec2(-1, 0))) cmd.kind = CommandKind::LevelSelect;
  ImGui::End();
  return cmd;
}

void draw_canvas_overlays(const PlayState& play, const UiState& ui) {
  if (!play.scalp) return;
  ImDrawList* dl = ImGui::GetBackgroundDrawList();
  dl->PushClipRect(ImVec2(ui.canvas_x, ui.canvas_y),
                   ImVec2(ui.canvas_x + ui.canvas_w, ui.canvas_y + ui.canvas_h), true);
  const core::Landmarks& lm = play.scalp->chart.landmarks;
  if (ui.screen == Screen::Mockup) {
    const MockupState& m = play.mockup;
    if (m.landmark_guides) {
      const ImU32 g = IM_COL32(80, 200, 255, 170);
      dashed_vertical(dl, ui, lm.lateral_canthus_x_mm, -10.0, lm.vertex_mm.y * 0.6, g);
      dashed_vertical(dl, ui, -lm.lateral_canthus_x_mm, -10.0, lm.vertex_mm.y * 0.6, g);
      dashed_vertical(dl, ui, 0.0, -10.0, lm.vertex_mm.y * 0.6, IM_COL32(255, 255, 255, 90));
      dl->AddCircle(to_screen(ui, lm.glabella_mm), 5.0f, g, 0, 2.0f);
      dl->AddText(to_screen(ui, lm.glabella_mm + core::Vec2(2.0, -6.0)), g, "glabella");
      // Distance marks above the glabella every 10 mm, to judge the mid-frontal height.
      for (int mm = 60; mm <= 110; mm += 10) {
        const ImVec2 a = to_screen(ui, {-3.0, static_cast<double>(mm)});
        const ImVec2 b = to_screen(ui, {3.0, static_cast<double>(mm)});
        dl->AddLine(a, b, g, 1.5f);
        dl->AddText(ImVec2(b.x + 4, b.y - 7), g, (std::to_string(mm / 10) + " cm").c_str());
      }
      dl->AddText(to_screen(ui, {lm.lateral_canthus_x_mm + 2.0, 4.0}), g, "lateral canthus");
      dl->AddText(to_screen(ui, {-lm.lateral_canthus_x_mm + 2.0, 4.0}), g, "lateral canthus");
    }
    const ImU32 wax = IM_COL32(235, 70, 60, 235);
    if (m.drawing) polyline(dl, ui, m.stroke_mm, wax, 2.5f);
    if (m.control_mm.size() >= 2) {
      const core::Polyline curve = sim::smooth_curve(m.control_mm, {});
      polyline(dl, ui, curve, wax, 3.0f);
      if (m.mirror_guide) polyline(dl, ui, sim::mirror_x(curve), IM_COL32(255, 200, 80, 150), 1.5f);
      for (std::size_t i = 0; i < m.control_mm.size(); ++i) {
        const ImVec2 c = to_screen(ui, m.control_mm[i]);
        dl->AddCircleFilled(c, 6.0f, IM_COL32(255, 255, 255, 230));
        dl->AddCircle(c, 6.0f, wax, 0, 2.0f);
      }
    }
  }
  if ((ui.screen == Screen::Session || ui.screen == Screen::Healing ||
       ui.screen == Screen::Results) &&
      play.attempt.mockup_hairline_mm.size() >= 2)
    polyline(dl, ui, play.attempt.mockup_hairline_mm, IM_COL32(235, 70, 60, 90), 1.5f);
  if (ui.screen == Screen::Session && play.pen) {
    // Where the trainee aims (ring) and where the needle actually is (cross): the drag shows.
    const ImVec2 aim = to_screen(ui, play.pen->pointer_mm());
    const ImVec2 tip = to_screen(ui, play.pen->tip_mm());
    dl->AddCircle(aim, 9.0f, IM_COL32(255, 255, 255, 140), 0, 1.5f);
    dl->AddLine(aim, tip, IM_COL32(255, 255, 255, 80), 1.0f);
    const ImU32 c = play.pen->pressed() ? IM_COL32(255, 90, 70, 255) : IM_COL32(120, 220, 255, 255);
    dl->AddLine(ImVec2(tip.x - 6, tip.y), ImVec2(tip.x + 6, tip.y), c, 2.0f);
    dl->AddLine(ImVec2(tip.x, tip.y - 6), ImVec2(tip.x, tip.y + 6), c, 2.0f);
  }
  if (ui.screen == Screen::Results && play.report && ui.show_spots) {
    for (const auto& m : play.report->metrics) {
      const bool selected =
          &m == &play.report->metrics[static_cast<std::size_t>(std::clamp(
                    ui.selected_metric, 0, static_cast<int>(play.report->metrics.size()) - 1))];
      for (const auto& s : m.spots) {
        // In the kind's colour (the legend's), the selected metric's bolder.
        const render::Rgb k = render::spot_colour(s.kind);
        const ImU32 col = IM_COL32(static_cast<int>(k.r * 255.0f), static_cast<int>(k.g * 255.0f),
                                   static_cast<int>(k.b * 255.0f), selected ? 255 : 140);
        const ImVec2 c = to_screen(ui, s.pos_mm);
        dl->AddCircle(c, selected ? 11.0f : 7.0f, col, 0, selected ? 2.5f : 1.5f);
        if (selected && s.count > 1)
          dl->AddText(ImVec2(c.x + 12.0f, c.y - 12.0f), col, std::to_string(s.count).c_str());
      }
    }
  }
  dl->PopClipRect();
}

}  // namespace smp::app
