// Needle cartridges: configuration and diameter (notes N7-N9), and the fresh footprint.
#pragma once
#include <string>
#include <vector>

namespace smp::core {

enum class NeedleConfig { RL1, RL3 };

struct Needle {
  NeedleConfig config = NeedleConfig::RL1;
  double diameter_mm = 0.20;
};

std::string needle_name(const Needle& n);                 // "1RL-0.20"
bool parse_needle(const std::string& name, Needle& out);  // inverse of needle_name
std::vector<Needle> standard_needles();                   // 1RL 0.18/0.20/0.25/0.30, 3RL 0.25/0.30
// Diameter of the cluster on the skin: one needle, or three touching ones, which fit in a circle
// of ~2.155 d (grade D) (notes N101). Inline: healing calls it for every dot.
inline double cluster_diameter_mm(const Needle& n) {
  constexpr double kThreeNeedleCluster = 2.155;
  return n.config == NeedleConfig::RL1 ? n.diameter_mm : kThreeNeedleCluster * n.diameter_mm;
}

}  // namespace smp::core
