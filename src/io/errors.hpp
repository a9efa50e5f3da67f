// Errors at the edges: bad files and bad arguments. Thrown by src/io and src/cli, caught once in
// main and turned into a message and an exit code (see kExit*).
#pragma once
#include <stdexcept>
#include <string>

namespace smp::io {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;       // the command ran, the answer is "no" (e.g. not passed)
inline constexpr int kExitBadInput = 2;     // a file or argument is wrong
inline constexpr int kExitEnvironment = 3;  // no display, cannot write, ...
inline constexpr int kExitInternal = 4;     // a bug: please report

// Something the user gave us is wrong. `where` names the file (and line or JSON path).
class InputError : public std::runtime_error {
 public:
  InputError(std::string file, std::string where, const std::string& what)
      : std::runtime_error(what), file_(std::move(file)), where_(std::move(where)) {}
  const std::string& file() const { return file_; }
  const std::string& where() const { return where_; }  // "$.client.fitzpatrick", "line 12", ""
  // "FILE: at WHERE: WHAT" in one line, as printed to stderr.
  std::string message() const {
    std::string m = file_.empty() ? std::string() : file_ + ": ";
    if (!where_.empty()) m += "at " + where_ + ": ";
    return m + what();
  }

 private:
  std::string file_;
  std::string where_;
};

// The environment cannot do what was asked (no display, read-only folder, ...).
class EnvironmentError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace smp::io
