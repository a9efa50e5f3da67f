// The bridge from the command line to the window: options of the no-sub-command form and the
// call that opens the simulator (or explains why it cannot, e.g. without a display).
#pragma once
#include <string>

namespace CLI {
class App;
}

namespace smp::cli {

struct WindowOptions {
  std::string track;    // track file; empty = the default track
  std::string trainee;  // name recorded on attempts
  std::string saves_dir = "saves";
};

void add_window_options(CLI::App& app, WindowOptions& options);
int run_window(const WindowOptions& options);
// True when DISPLAY or WAYLAND_DISPLAY is set; otherwise explain_no_display() says what to do.
bool have_display();
int explain_no_display();

}  // namespace smp::cli
