#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "io/errors.hpp"

namespace smp::io {
namespace fs = std::filesystem;

namespace {

std::string errno_text() {
  return std::strerror(errno);
}

// Writes the bytes to a fresh temporary file in the target's folder and returns its path.
fs::path write_temp(const fs::path& path, std::string_view bytes) {
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  // Appended piecewise: g++ 12 at -O3 warns falsely (-Wrestrict) on "." + name + suffix.
  std::string hidden_name = ".";
  hidden_name += path.filename().string();
  hidden_name += ".tmpXXXXXX";
  std::string templ = (dir / hidden_name).string();
  const int fd = ::mkstemp(templ.data());
  if (fd < 0)
    throw EnvironmentError("cannot create a file in " + dir.string() + ": " + errno_text());
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string why = errno_text();
      ::close(fd);
      ::unlink(templ.c_str());
      throw EnvironmentError("cannot write " + path.string() + ": " + why);
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const std::string why = errno_text();
    ::unlink(templ.c_str());
    throw EnvironmentError("cannot flush " + path.string() + ": " + why);
  }
  ::chmod(templ.c_str(), 0644);
  return templ;
}

}  // namespace

void write_file_atomic(const fs::path& path, std::string_view bytes) {
  const fs::path tmp = write_temp(path, bytes);
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = errno_text();
    ::unlink(tmp.c_str());
    throw EnvironmentError("cannot write " + path.string() + ": " + why);
  }
}

void write_new_file_atomic(const fs::path& path, std::string_view bytes) {
  const fs::path tmp = write_temp(path, bytes);
  // link() fails with EEXIST if the target exists, so an existing file is never replaced, even
  // when two writers race for the same name.
  if (::link(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    if (err == EEXIST)
      throw EnvironmentError("refusing to overwrite existing file " + path.string());
    throw EnvironmentError("cannot write " + path.string() + ": " + std::strerror(err));
  }
  ::unlink(tmp.c_str());
}

std::string read_text_file(const fs::path& path, std::size_t max_bytes) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw InputError(path.string(), "", "no such file");
  if (fs::is_directory(status)) throw InputError(path.string(), "", "is a directory, not a file");
  if (!fs::is_regular_file(status)) throw InputError(path.string(), "", "is not a regular file");
  const auto size = fs::file_size(path, ec);
  if (ec) throw InputError(path.string(), "", "cannot read: " + ec.message());
  if (size > max_bytes)
    throw InputError(
        path.string(), "",
        "file is " + std::to_string(size) + " bytes; the limit is " + std::to_string(max_bytes));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), "", "cannot open for reading");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace smp::io
