#include "cli/window_entry.hpp"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "io/errors.hpp"
#ifdef SMP_HAVE_APP
#include "app/app.hpp"
#endif

namespace smp::cli {

void add_window_options(CLI::App& app, WindowOptions& options) {
  app.add_option("--track", options.track,
                 "Track file to open (default: levels/tracks/foundation.json)");
  app.add_option("--trainee", options.trainee, "Trainee name recorded on attempts");
  app.add_option("--saves", options.saves_dir, "Folder where attempts are saved")
      ->capture_default_str();
}

bool have_display() {
  const char* display = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  return !((display == nullptr || *display == '\0') && (wayland == nullptr || *wayland == '\0'));
}

int explain_no_display() {
  std::cerr
      << "smpsim: there is no display to open the simulator window on.\n"
         "  Run it under a virtual display:   xvfb-run -a -s '-screen 0 1600x1000x24' smpsim\n"
         "  or use the headless sub-commands: smpsim --help  (validate, render, grade, ...)\n";
  return io::kExitEnvironment;
}

int run_window(const WindowOptions& options) {
  if (!have_display()) return explain_no_display();
#ifdef SMP_HAVE_APP
  app::AppOptions a;
  a.track = options.track;
  if (a.track.empty()) {
    // Started from outside the checkout: fall back to the tracks shipped with this build.
    const std::filesystem::path relative = "levels/tracks/foundation.json";
    const std::filesystem::path shipped = std::filesystem::path(SMP_SOURCE_DIR) / relative;
    a.track =
        !std::filesystem::exists(relative) && std::filesystem::exists(shipped) ? shipped : relative;
  }
  if (!options.trainee.empty()) a.trainee = options.trainee;
  a.saves_dir = options.saves_dir;
  return app::run_app(a);
#else
  (void)options;
  std::cerr << "smpsim: this build has no window (configured with SMP_BUILD_APP=OFF); see smpsim "
               "--help\n";
  return io::kExitEnvironment;
#endif
}

}  // namespace smp::cli
