// smpsim: no arguments opens the simulator window; sub-commands run headless for scripts.
// Every error at the edges is caught here, once, and turned into a message and an exit code.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "cli/window_entry.hpp"
#include "io/errors.hpp"
#include "io/version.hpp"

int main(int argc, char** argv) {
  using namespace smp;
  CLI::App app{
      "smpsim: a training simulator for scalp micropigmentation (SMP).\n"
      "Without a sub-command it opens the simulator window on the default track.",
      "smpsim"};
  app.set_version_flag("--version", std::string("smpsim ") + io::smpsim_version());
  app.require_subcommand(0, 1);
  cli::WindowOptions window_options;
  cli::add_window_options(app, window_options);

  std::function<int()> runner;
  std::vector<std::pair<CLI::App*, std::function<int()>>> subs;
  for (auto& cmd : cli::command_table()) {
    CLI::App* sub = app.add_subcommand(cmd.name, cmd.summary);
    subs.emplace_back(sub, cmd.setup(*sub));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    // CLI11 uses 0 for --help/--version and its own numbers for parse errors; scripts get 2.
    return code == 0 ? io::kExitOk : io::kExitBadInput;
  }

  try {
    for (auto& [sub, run] : subs)
      if (sub->parsed()) return run();
    return cli::run_window(window_options);
  } catch (const io::InputError& e) {
    std::cerr << "smpsim: " << e.message() << "\n";
    return io::kExitBadInput;
  } catch (const io::EnvironmentError& e) {
    std::cerr << "smpsim: " << e.what() << "\n";
    return io::kExitEnvironment;
  } catch (const std::bad_alloc&) {
    std::cerr << "smpsim: out of memory\n";
    return io::kExitEnvironment;
  } catch (const std::exception& e) {
    std::cerr << "smpsim: internal error: " << e.what() << "\n"
              << "This is a bug in smpsim; please report it with the command you ran.\n";
    return io::kExitInternal;
  }
}
