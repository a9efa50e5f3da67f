#include "core/scalp/scar.hpp"

namespace smp::core {

bool on_scar(const Scar& scar, Vec2 p_mm) {
  if (!scar.bounds_mm.contains(p_mm)) return false;
  switch (scar.kind) {
    case ScarKind::FutStrip:
    case ScarKind::SurgicalLine:
      return distance_to_polyline_mm(p_mm, scar.path_mm) <= 0.5 * scar.width_mm;
    case ScarKind::FuePunctures:
      for (std::size_t i = 0; i < scar.punctures_mm.size(); ++i) {
        const double d =
            i < scar.puncture_diameters_mm.size() ? scar.puncture_diameters_mm[i] : 0.0;
        if (distance_mm(p_mm, scar.punctures_mm[i]) <= 0.5 * d) return true;
      }
      return false;
    case ScarKind::IrregularArea:
      return point_in_polygon(p_mm, scar.outline_mm);
  }
  return false;
}

}  // namespace smp::core
