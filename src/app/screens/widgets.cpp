#include "app/screens/widgets.hpp"

namespace smp::app {

void heading(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
  ImGui::Separator();
}

void field(const char* name, const std::string& value) {
  ImGui::TextColored(kMuted, "%s", name);
  ImGui::SameLine(130.0f * ImGui::GetIO().FontGlobalScale);
  ImGui::TextWrapped("%s", value.c_str());
}

bool big_button(const char* label, bool primary) {
  if (primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.20f, 0.45f, 0.75f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.26f, 0.54f, 0.86f, 1.0f));
  }
  const bool pressed = ImGui::Button(label, ImVec2(-1.0f, 34.0f * ImGui::GetIO().FontGlobalScale));
  if (primary) ImGui::PopStyleColor(2);
  return pressed;
}

}  // namespace smp::app
