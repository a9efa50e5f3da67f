// `smpsim play LEVEL [--script FILE] [--screenshot-at T:OUT.png ...] [--save OUT.json]`: opens the
// simulator on one level; with a script, replays it on a virtual clock and exits.
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/command.hpp"
#include "cli/window_entry.hpp"
#include "io/atomic_file.hpp"
#include "io/errors.hpp"
#ifdef SMP_HAVE_APP
#include "app/app.hpp"
#include "app/script.hpp"
#endif

namespace {

struct PlayArgs {
  std::string level;
  std::string script;
  std::vector<std::string> screenshots;
  std::string save;
  std::string trainee = "trainee";
  std::string saves_dir = "saves";
  int width = 1600;
  int height = 1000;
};

smp::cli::CommandRegistrar reg{
    "play", "Play one level in the window; --script replays timed input for tests and demos",
    [](CLI::App& sub) {
      auto a = std::make_shared<PlayArgs>();
      sub.add_option("LEVEL", a->level, "Level file")->required();
      sub.add_option("--script", a->script,
                     "Timed input events to replay (format: see the README)");
      sub.add_option("--screenshot-at", a->screenshots,
                     "T_MS:OUT.png - write the window at virtual time T_MS (with --script)");
      sub.add_option("--save", a->save,
                     "Write the finished attempt to this file (never overwrites)");
      sub.add_option("--trainee", a->trainee, "Trainee name recorded on the attempt")
          ->capture_default_str();
      sub.add_option("--saves", a->saves_dir, "Folder for attempts when --save is not given")
          ->capture_default_str();
      sub.add_option("--size", a->width, "Window width in points")->capture_default_str();
      return std::function<int()>([a] {
#ifdef SMP_HAVE_APP
        smp::app::AppOptions o;
        o.level = a->level;
        o.trainee = a->trainee;
        o.saves_dir = a->saves_dir;
        o.save_path = a->save;
        o.width = a->width;
        o.height = a->width * 10 / 16;
        for (const auto& s : a->screenshots)
          o.screenshots.push_back(smp::app::parse_screenshot_request(s));
        if (!a->screenshots.empty() && a->script.empty())
          throw smp::io::InputError("", "--screenshot-at",
                                    "screenshots need --script (a virtual clock)");
        if (!a->script.empty()) {
          o.scripted = true;
          o.script = smp::app::parse_script(smp::io::read_text_file(a->script, 16u * 1024u * 1024u),
                                            a->script);
        }
        if (!smp::cli::have_display()) return smp::cli::explain_no_display();
        return smp::app::run_app(o);
#else
        return smp::cli::explain_no_display();
#endif
      });
    }};

}  // namespace
