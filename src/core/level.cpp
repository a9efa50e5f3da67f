#include "core/level.hpp"

namespace smp::core {

std::string metric_name(MetricId id) {
  switch (id) {
    case MetricId::DensityUniformity:
      return "density_uniformity";
    case MetricId::HairlineNaturalness:
      return "hairline_naturalness";
    case MetricId::ScarCoverage:
      return "scar_coverage";
    case MetricId::ColourMatch:
      return "colour_match";
    case MetricId::DepthControl:
      return "depth_control";
  }
  return "unknown";
}

}  // namespace smp::core
