#include "cli/window_entry.hpp"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "io/errors.hpp"

namespace smp::cli {

void add_window_options(CLI::App& app, WindowOptions& options) {
  app.add_option("--track", options.track, "Track file to open (default: levels/tracks/foundation.json)");
  app.add_option("--trainee", options.trainee, "Trainee name recorded on attempts");
  app.add_option("--saves", options.saves_dir, "Folder where attempts are saved")
      ->capture_default_str();
}

int run_window(const WindowOptions& options) {
  (void)options;
  const char* display = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  if ((display == nullptr || *display == '\0') && (wayland == nullptr || *wayland == '\0')) {
    std::cerr << "smpsim: there is no display to open the simulator window on.\n"
                 "  Run it under a virtual display:   xvfb-run -a -s '-screen 0 1600x1000x24' smpsim\n"
                 "  or use the headless sub-commands: smpsim --help  (validate, render, grade, ...)\n";
    return io::kExitEnvironment;
  }
  std::cerr << "smpsim: the simulator window is not built yet; see smpsim --help\n";
  return io::kExitEnvironment;
}

}  // namespace smp::cli
