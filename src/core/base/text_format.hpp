// printf-style formatting into a std::string, for feedback sentences and reports.
// Not for parsing or locale-aware output: numbers always use '.' as the decimal point.
#pragma once
#include <cstdio>
#include <string>

namespace smp::core {

template <class... A>
std::string fmt(const char* format, A... args) {
  const int n = std::snprintf(nullptr, 0, format, args...);
  if (n <= 0) return {};
  std::string out(static_cast<std::size_t>(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), format, args...);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace smp::core
