// `smpsim validate FILE...`: checks level and track files and reports every bad one in one line.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "io/atomic_file.hpp"
#include "io/errors.hpp"
#include "io/level/level_io.hpp"
#include "io/level/track_io.hpp"

namespace {

// Returns the error line for `file`, or "" when it is valid.
std::string validate_one(const std::string& file) {
  try {
    const std::string text = smp::io::read_text_file(file, smp::io::kMaxLevelFileBytes);
    if (smp::io::detect_file_kind(text, file) == smp::io::FileKind::Level)
      smp::io::parse_level_json(text, file);
    else
      smp::io::load_track(file);
    return "";
  } catch (const smp::io::InputError& e) {
    return e.message();
  }
}

smp::cli::CommandRegistrar reg{
    "validate", "Check level and track files; print `ok FILE` or the problem", [](CLI::App& sub) {
      auto files = std::make_shared<std::vector<std::string>>();
      sub.add_option("FILE", *files, "Level or track JSON files (\"kind\": \"level\" / \"track\")")
          ->required();
      sub.footer(
          "Every file is checked. Prints `ok FILE` on stdout for each valid file and one line\n"
          "`smpsim: FILE: at $.json.path: what is wrong` on stderr for each bad one. A track is\n"
          "valid only if every level it lists is.\n"
          "Exit codes: 0 all valid, 2 at least one file is bad.\n"
          "Example:\n"
          "  smpsim validate levels/*.json levels/tracks/*.json");
      return std::function<int()>([files] {
        int code = smp::io::kExitOk;
        for (const auto& f : *files) {
          const std::string err = validate_one(f);
          if (err.empty()) {
            std::cout << "ok " << f << "\n";
          } else {
            std::cerr << "smpsim: " << err << "\n";
            code = smp::io::kExitBadInput;
          }
        }
        std::cout.flush();
        return code;
      });
    }};

}  // namespace
