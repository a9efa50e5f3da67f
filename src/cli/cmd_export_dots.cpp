// `smpsim export-dots SAVE -o D.csv`: every impression of a saved attempt as a dots CSV.
#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>
#include <string>

#include "cli/command.hpp"
#include "io/atomic_file.hpp"
#include "io/attempt/attempt_io.hpp"
#include "io/attempt/dots_csv.hpp"
#include "io/errors.hpp"

namespace {

smp::cli::CommandRegistrar reg{
    "export-dots", "Write a save's impressions as a dots CSV", [](CLI::App& sub) {
      auto save_path = std::make_shared<std::string>();
      auto out = std::make_shared<std::string>();
      sub.add_option("SAVE", *save_path, "A saved attempt")->required();
      sub.add_option("-o,--output", *out, "The CSV to write (replaced atomically)")->required();
      sub.footer(
          "Columns: x_mm,y_mm,depth_mm,session,needle,pigment,t_ms (pigment = parts of water per\n"
          "part of pigment). `smpsim grade --level L --dots D.csv` grades it again.\n"
          "Exit codes: 0 written, 2 bad save, 3 cannot write.");
      return std::function<int()>([save_path, out] {
        using namespace smp;
        const io::SaveFile save = io::load_save(*save_path);
        io::write_file_atomic(*out, io::dots_to_csv(save.attempt.dots));
        std::cout << "wrote " << *out << ": " << save.attempt.dots.size() << " dots\n";
        return io::kExitOk;
      });
    }};

}  // namespace
