// The table of headless sub-commands. Each src/cli/cmd_*.cpp registers one with a static
// CommandRegistrar, so adding a command touches one file (like Box2D's samples registry).
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace smp::cli {

// Declares the sub-command's options on `sub` and returns the function that runs it, which
// returns the process exit code (io/errors.hpp kExit*) or throws an InputError.
using CommandSetup = std::function<std::function<int()>(CLI::App& sub)>;

struct CommandInfo {
  std::string name;
  std::string summary;
  CommandSetup setup;
};

std::vector<CommandInfo>& command_table();

struct CommandRegistrar {
  CommandRegistrar(std::string name, std::string summary, CommandSetup setup);
};

}  // namespace smp::cli
