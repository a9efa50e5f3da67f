#include "app/input.hpp"

namespace smp::app {

const std::vector<Shortcut>& shortcuts() {
  static const std::vector<Shortcut> table = {
      {"F1 or ?", "show / hide this help", "everywhere"},
      {"Up / Down, Enter", "choose a level, start it", "level select"},
      {"T / D", "treat the client / decline (contraindicated)", "brief"},
      {"drag on the scalp", "draw the hairline with the wax pencil", "mockup"},
      {"drag a handle", "adjust the curve", "mockup"},
      {"M / G / C", "mirror guide / landmark guides / clear", "mockup"},
      {"Left / Right or 1-9", "choose a pigment dilution", "colour"},
      {"click", "one impression at the needle tip", "session"},
      {"hold + move", "impressions at the machine's cadence", "session"},
      {"1 / 3", "1RL / 3RL needle", "session"},
      {"[ / ]", "smaller / larger needle diameter", "session"},
      {"Up / Down, Ctrl+wheel", "deeper / shallower", "session"},
      {"wheel, + / -", "zoom about the pointer / centre", "session, mockup"},
      {"right or middle drag", "pan", "session, mockup"},
      {"F T L R B, 0", "view: front, top, left, right, back, whole head", "session, mockup"},
      {"H", "density heat map (practice only)", "session"},
      {"Ctrl+Z", "undo the last impression (practice only)", "session"},
      {"P or Pause", "pause / resume the session clock", "session"},
      {"Enter", "accept / end the session / continue", "every step"},
      {"R / N / Esc", "retry / next level / level list", "results"},
  };
  return table;
}

}  // namespace smp::app
