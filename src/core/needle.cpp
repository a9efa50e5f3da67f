#include "core/needle.hpp"

#include <cstdio>
#include <cstdlib>

namespace smp::core {

std::string needle_name(const Needle& n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s-%.2f", n.config == NeedleConfig::RL1 ? "1RL" : "3RL",
                n.diameter_mm);
  return buf;
}

bool parse_needle(const std::string& name, Needle& out) {
  if (name.size() < 5 || name[3] != '-') return false;
  const std::string cfg = name.substr(0, 3);
  Needle n;
  if (cfg == "1RL" || cfg == "1rl")
    n.config = NeedleConfig::RL1;
  else if (cfg == "3RL" || cfg == "3rl")
    n.config = NeedleConfig::RL3;
  else
    return false;
  const std::string num = name.substr(4);
  char* end = nullptr;
  const double d = std::strtod(num.c_str(), &end);
  if (end == num.c_str() || *end != '\0' || !(d >= 0.1 && d <= 0.5)) return false;
  n.diameter_mm = d;
  out = n;
  return true;
}

std::vector<Needle> standard_needles() {
  return {{NeedleConfig::RL1, 0.18}, {NeedleConfig::RL1, 0.20}, {NeedleConfig::RL1, 0.25},
          {NeedleConfig::RL1, 0.30}, {NeedleConfig::RL3, 0.25}, {NeedleConfig::RL3, 0.30}};
}

}  // namespace smp::core
