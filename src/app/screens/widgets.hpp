// The small Dear ImGui building blocks every screen shares: the palette, section headings,
// name/value rows and the full-width buttons. Not the screens themselves (screens.hpp).
#pragma once
#include <imgui.h>

#include <string>

namespace smp::app {

inline const ImVec4 kAccent{0.36f, 0.66f, 0.93f, 1.0f};
inline const ImVec4 kMuted{0.62f, 0.64f, 0.68f, 1.0f};
inline const ImVec4 kGood{0.40f, 0.80f, 0.50f, 1.0f};
inline const ImVec4 kBad{0.95f, 0.45f, 0.40f, 1.0f};

// An accent-coloured title with a rule under it.
void heading(const char* text);
// A muted name and its value on one line, the values aligned in a column.
void field(const char* name, const std::string& value);
// A full-width button; `primary` ones are blue. True when pressed.
bool big_button(const char* label, bool primary = true);

}  // namespace smp::app
