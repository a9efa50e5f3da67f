#include "cli/command.hpp"

#include <algorithm>

namespace smp::cli {

std::vector<CommandInfo>& command_table() {
  static std::vector<CommandInfo> table;
  return table;
}

CommandRegistrar::CommandRegistrar(std::string name, std::string summary, CommandSetup setup) {
  auto& table = command_table();
  table.push_back({std::move(name), std::move(summary), std::move(setup)});
  // Registration order follows static-initialisation order; sort so --help is stable.
  std::sort(table.begin(), table.end(),
            [](const CommandInfo& a, const CommandInfo& b) { return a.name < b.name; });
}

}  // namespace smp::cli
