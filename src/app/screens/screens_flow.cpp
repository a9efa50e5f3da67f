// Screens without hands-on canvas work: theme, bars, level select, brief, colour, healing, help.
#include <imgui.h>

#include <cstdio>
#include <string>

#include "app/engine.hpp"
#include "app/input.hpp"
#include "app/screens/labels.hpp"
#include "app/screens/screens.hpp"
#include "app/screens/widgets.hpp"
#include "core/needle.hpp"
#include "core/pigment.hpp"

namespace smp::app {
namespace {

constexpr ImGuiWindowFlags kPanelFlags =
    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

ImU32 col(core::Srgb8 c, int a = 255) {
  return IM_COL32(c.r, c.g, c.b, a);
}

}  // namespace

void begin_side_panel(const Layout& layout, const char* name) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0.0f, layout.top_bar_h));
  ImGui::SetNextWindowSize(
      ImVec2(layout.side_panel_w, io.DisplaySize.y - layout.top_bar_h - layout.status_bar_h));
  ImGui::Begin(name, nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar);
}

void apply_theme(float scale) {
  ImGui::StyleColorsDark();
  ImGuiStyle& s = ImGui::GetStyle();
  s.WindowRounding = 0.0f;
  s.FrameRounding = 4.0f;
  s.GrabRounding = 4.0f;
  s.WindowBorderSize = 0.0f;
  s.FramePadding = ImVec2(8.0f, 5.0f);
  s.ItemSpacing = ImVec2(8.0f, 7.0f);
  s.WindowPadding = ImVec2(14.0f, 12.0f);
  ImVec4* c = s.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.125f, 0.135f, 0.15f, 1.0f);
  c[ImGuiCol_ChildBg] = ImVec4(0.10f, 0.11f, 0.12f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.20f, 0.30f, 0.42f, 1.0f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.24f, 0.38f, 0.54f, 1.0f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.26f, 0.44f, 0.64f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.22f, 0.24f, 0.27f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.30f, 0.33f, 0.37f, 1.0f);
  c[ImGuiCol_FrameBg] = ImVec4(0.18f, 0.19f, 0.21f, 1.0f);
  c[ImGuiCol_PlotHistogram] = ImVec4(0.36f, 0.66f, 0.93f, 1.0f);
  s.ScaleAllSizes(scale);
}

void draw_top_bar(const PlayState& play, const UiState& ui, const Layout& layout) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, layout.top_bar_h));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.09f, 0.10f, 0.11f, 1.0f));
  ImGui::Begin("##top", nullptr,
               kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  ImGui::TextColored(kAccent, "smpsim");
  ImGui::SameLine();
  ImGui::TextColored(kMuted, "scalp micropigmentation trainer");
  if (ui.screen != Screen::LevelSelect) {
    ImGui::SameLine(layout.side_panel_w);
    ImGui::Text("%s", play.entry.level.title.c_str());
    // The procedure's steps, the current one highlighted.
    const core::TaskSpec& task = play.entry.level.task;
    std::vector<std::pair<std::string, bool>> steps;
    steps.push_back({"Brief", ui.screen == Screen::Brief});
    if (task.mockup_required) steps.push_back({"Mockup", ui.screen == Screen::Mockup});
    if (task.colour_choice) steps.push_back({"Colour", ui.screen == Screen::Colour});
    for (int s = 1; s <= task.sessions; ++s) {
      steps.push_back(
          {"Session " + std::to_string(s), ui.screen == Screen::Session && play.session == s});
      steps.push_back({"Heal", ui.screen == Screen::Healing && play.session == s});
    }
    steps.push_back({"Results", ui.screen == Screen::Results});
    float w = 0.0f;
    for (const auto& st : steps) w += ImGui::CalcTextSize(st.first.c_str()).x + 22.0f;
    ImGui::SameLine(std::max(io.DisplaySize.x - w - 90.0f, layout.side_panel_w + 320.0f));
    for (std::size_t i = 0; i < steps.size(); ++i) {
      if (i > 0) {
        ImGui::SameLine(0, 4);
        ImGui::TextColored(kMuted, ">");
        ImGui::SameLine(0, 4);
      }
      ImGui::TextColored(steps[i].second ? kAccent : kMuted, "%s", steps[i].first.c_str());
    }
  }
  ImGui::SameLine(io.DisplaySize.x - 70.0f);
  ImGui::TextColored(kMuted, "F1 help");
  ImGui::End();
  ImGui::PopStyleColor();
}

void draw_status_bar(const PlayState& play, const UiState& ui, const Layout& layout) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, io.DisplaySize.y - layout.status_bar_h));
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, layout.status_bar_h));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10, 5));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.09f, 0.10f, 0.11f, 1.0f));
  ImGui::Begin("##status", nullptr,
               kPanelFlags | ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  ImGui::TextUnformatted(ui.status.c_str());
  if (ui.screen != Screen::LevelSelect && play.scalp) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "zoom %.1f px/mm   trainee %s", ui.view.px_per_mm,
                  ui.trainee.c_str());
    ImGui::SameLine(io.DisplaySize.x - ImGui::CalcTextSize(buf).x - 16.0f);
    ImGui::TextColored(kMuted, "%s", buf);
  }
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
}

Command draw_level_select(const std::vector<LevelEntry>& levels, UiState& ui,
                          const Layout& layout) {
  Command cmd;
  const ImGuiIO& io = ImGui::GetIO();
  begin_side_panel(layout, "##levels_side");
  heading("Trainee");
  char name[64];
  std::snprintf(name, sizeof name, "%s", ui.trainee.c_str());
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputText("##trainee", name, sizeof name)) ui.trainee = name;
  ImGui::Spacing();
  if (!levels.empty()) {
    const LevelEntry& e = levels[static_cast<std::size_t>(
        std::clamp(ui.selected_level, 0, static_cast<int>(levels.size()) - 1))];
    heading(e.level.title.c_str());
    ImGui::TextWrapped("%s", e.level.brief.c_str());
    ImGui::Spacing();
    field("Client", e.level.client.profile.name);
    field("Pattern", pattern_label(e.level.client.loss));
    field("Sessions", session_plan_line(e.level));
    field("Mode", e.level.rules.mode == core::Mode::Exam ? "exam: no undo, no hints" : "practice");
    if (e.level.rules.time_limit_s > 0)
      field("Time limit", std::to_string(e.level.rules.time_limit_s / 60) + " min");
    ImGui::Spacing();
    if (big_button("Start level  (Enter)")) cmd = {CommandKind::StartLevel, ui.selected_level, {}};
  }
  ImGui::End();

  ImGui::SetNextWindowPos(ImVec2(layout.side_panel_w, layout.top_bar_h));
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x - layout.side_panel_w,
                                  io.DisplaySize.y - layout.top_bar_h - layout.status_bar_h));
  ImGui::Begin("##levels", nullptr, kPanelFlags | ImGuiWindowFlags_NoTitleBar);
  heading("Choose a level");
  if (levels.empty()) ImGui::TextColored(kBad, "No levels were found.");
  if (ImGui::BeginTable("levels", 7,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                            ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, 30.0f);
    ImGui::TableSetupColumn("Level");
    ImGui::TableSetupColumn("Client");
    ImGui::TableSetupColumn("Difficulty", ImGuiTableColumnFlags_WidthFixed, 90.0f);
    ImGui::TableSetupColumn("Mode", ImGuiTableColumnFlags_WidthFixed, 80.0f);
    ImGui::TableSetupColumn("Sessions", ImGuiTableColumnFlags_WidthFixed, 70.0f);
    ImGui::TableSetupColumn("Best", ImGuiTableColumnFlags_WidthFixed, 90.0f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < levels.size(); ++i) {
      const core::Level& l = levels[i].level;
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Text("%zu", i + 1);
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(
              l.title.c_str(), ui.selected_level == static_cast<int>(i),
              ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
        ui.selected_level = static_cast<int>(i);
        if (ImGui::IsMouseDoubleClicked(0))
          cmd = {CommandKind::StartLevel, static_cast<int>(i), {}};
      }
      ImGui::PopID();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(pattern_label(l.client.loss).c_str());
      ImGui::TableNextColumn();
      std::string stars;
      for (int s = 1; s <= 5; ++s) stars += s <= l.difficulty ? "#" : ".";
      ImGui::TextUnformatted(stars.c_str());
      ImGui::TableNextColumn();
      ImGui::TextColored(l.rules.mode == core::Mode::Exam ? kBad : kGood, "%s",
                         l.rules.mode == core::Mode::Exam ? "exam" : "practice");
      ImGui::TableNextColumn();
      ImGui::Text("%d", l.task.sessions);
      ImGui::TableNextColumn();
      if (levels[i].best_score)
        ImGui::TextColored(levels[i].best_passed ? kGood : kBad, "%.0f %s", *levels[i].best_score,
                           levels[i].best_passed ? "pass" : "fail");
      else
        ImGui::TextColored(kMuted, "-");
    }
    ImGui::EndTable();
  }
  ImGui::End();
  return cmd;
}

Command draw_brief(const PlayState& play, UiState& ui, const Layout& layout) {
  (void)ui;
  Command cmd;
  const core::Level& l = play.entry.level;
  const core::ClientProfile& p = l.client.profile;
  begin_side_panel(layout, "##brief");
  heading("Consultation");
  ImGui::TextWrapped("%s", l.brief.c_str());
  ImGui::Spacing();
  heading("Client card");
  field("Name", p.name);
  field("Age / sex",
        std::to_string(p.age_years) + ", " + (p.sex == core::Sex::Male ? "male" : "female"));
  field("Pattern", pattern_label(l.client.loss));
  field("Skin", std::string("Fitzpatrick ") + fitzpatrick_label(p.fitzpatrick) + ", " +
                    skin_condition_label(p.skin_condition));
  ImGui::TextColored(kMuted, "Skin / hair");
  ImGui::SameLine(130.0f * ImGui::GetIO().FontGlobalScale);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float sz = ImGui::GetTextLineHeight();
  ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + sz * 1.6f, at.y + sz),
                                            col(core::skin_colour_srgb(p.fitzpatrick)), 3.0f);
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x + sz * 1.9f, at.y),
                                            ImVec2(at.x + sz * 3.5f, at.y + sz),
                                            col(core::hair_colour_srgb(p.hair_colour)), 3.0f);
  ImGui::Dummy(ImVec2(sz * 3.7f, sz));
  ImGui::SameLine();
  ImGui::TextUnformatted(hair_colour_label(p.hair_colour));
  field("Scars", scar_summary(l.client));
  std::string conditions;
  for (auto c : p.contraindications)
    conditions += (conditions.empty() ? "" : "; ") + std::string(contraindication_label(c));
  field("Conditions", conditions.empty() ? "none reported" : conditions);
  ImGui::Spacing();
  heading("Plan");
  field("Sessions", session_plan_line(l));
  field("Hairline", l.task.mockup_required ? "you design it (mockup)" : "given");
  field("Pigment", l.task.colour_choice
                       ? "you choose it"
                       : (l.task.given_pigment ? l.task.given_pigment->name : "given"));
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextWrapped("Treat this client, or decline if anything on the card rules SMP out.");
  if (big_button("Treat  (T)")) cmd.kind = CommandKind::Treat;
  if (big_button("Decline  (D)", false)) cmd.kind = CommandKind::Decline;
  ImGui::End();
  return cmd;
}

Command draw_colour(const PlayState& play, UiState& ui, const Layout& layout) {
  (void)ui;
  Command cmd;
  const auto palette = core::default_palette();
  const core::ClientProfile& p = play.entry.level.client.profile;
  begin_side_panel(layout, "##colour");
  heading("Pigment dilution");
  ImGui::TextWrapped(
      "Each swatch shows a fresh dot of the dilution on %s's skin (Fitzpatrick %s), beside their "
      "%s hair. Match the stubble, not the scalp.",
      p.name.c_str(), fitzpatrick_label(p.fitzpatrick), hair_colour_label(p.hair_colour));
  ImGui::Spacing();
  const float row_h = 40.0f * ImGui::GetIO().FontGlobalScale;
  const core::Srgb8 skin = core::skin_colour_srgb(p.fitzpatrick);
  const core::Srgb8 hair = core::hair_colour_srgb(p.hair_colour);
  for (std::size_t i = 0; i < palette.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const bool chosen = play.palette_index == static_cast<int>(i);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##sw", chosen, 0, ImVec2(0, row_h)))
      cmd = {CommandKind::ChooseColour, static_cast<int>(i), {}};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a(at.x + 6, at.y + 4);
    const ImVec2 b(at.x + 6 + row_h * 2.2f, at.y + row_h - 4);
    dl->AddRectFilled(a, b, col(skin), 3.0f);
    const core::Srgb8 ink =
        play.scalp ? pigment_on_skin(*play.scalp, play.entry.level, palette[i]) : core::Srgb8{};
    for (int d = 0; d < 7; ++d) {  // a few dots in a loose cluster, as stubble would read
      const float fx = a.x + (b.x - a.x) * (0.12f + 0.13f * static_cast<float>(d));
      const float fy = a.y + (b.y - a.y) * ((d % 2) ? 0.35f : 0.65f);
      dl->AddCircleFilled(ImVec2(fx, fy), row_h * 0.09f, col(ink));
    }
    dl->AddRectFilled(ImVec2(b.x + 6, a.y), ImVec2(b.x + 6 + row_h * 0.8f, b.y), col(hair), 3.0f);
    dl->AddText(
        ImVec2(b.x + row_h * 1.0f + 12, at.y + row_h * 0.5f - ImGui::GetTextLineHeight() * 0.5f),
        IM_COL32(230, 232, 235, 255),
        (std::to_string(i + 1) + "   " + palette[i].name +
         (palette[i].dilution_water_parts == 0 ? "" : "  water : pigment"))
            .c_str());
    ImGui::PopID();
  }
  ImGui::Spacing();
  if (big_button("Use this pigment  (Enter)")) cmd.kind = CommandKind::AcceptColour;
  ImGui::End();
  return cmd;
}

Command draw_healing(const PlayState& play, UiState& ui, const Layout& layout) {
  (void)ui;
  Command cmd;
  const core::Level& l = play.entry.level;
  begin_side_panel(layout, "##healing");
  heading("Healing");
  const bool last = play.time_up || play.session >= l.task.sessions;
  ImGui::TextWrapped(
      "%d days later. The scabs have shed and taken some pigment with them: the dots are smaller "
      "and lighter, shallow ones are gone, deep ones have spread and turned blue-grey.",
      l.task.days_between_sessions);
  ImGui::Spacing();
  const core::HealingTally t = healing_tally(l, play.attempt, play.healed);
  field("Placed", std::to_string(t.placed));
  field("Healed", std::to_string(t.kept));
  field("Shed in healing", std::to_string(t.shed_in_healing) + " (healing luck)");
  field("Too shallow", std::to_string(t.lost_too_shallow) + " (lost: placed too shallow)");
  field("Blown out", std::to_string(t.blown_out) + " (too deep)");
  ImGui::Spacing();
  if (big_button(last ? "See the results  (Enter)" : "Start the next session  (Enter)"))
    cmd.kind = CommandKind::Continue;
  ImGui::End();
  return cmd;
}

Command draw_help(UiState& ui) {
  Command cmd;
  if (!ui.help_open) return cmd;
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowBgAlpha(0.96f);
  bool open = true;
  ImGui::Begin("Keyboard and mouse", &open,
               ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoCollapse);
  if (ImGui::BeginTable("keys", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn("Keys");
    ImGui::TableSetupColumn("Does");
    ImGui::TableSetupColumn("Where");
    ImGui::TableHeadersRow();
    for (const auto& s : shortcuts()) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextColored(kAccent, "%s", s.keys);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(s.what);
      ImGui::TableNextColumn();
      ImGui::TextColored(kMuted, "%s", s.screen);
    }
    ImGui::EndTable();
  }
  ImGui::End();
  if (!open) cmd.kind = CommandKind::ToggleHelp;
  return cmd;
}

}  // namespace smp::app
