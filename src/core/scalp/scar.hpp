// Scars on the scalp: what a level asks for (ScarSpec) and how the tissue takes pigment.
// Generated geometry is deterministic from the client's seed.
#pragma once
#include <vector>

#include "core/base/geometry.hpp"

namespace smp::core {

enum class ScarKind { FutStrip, FuePunctures, SurgicalLine, IrregularArea };

// How scar tissue changes pigment take-up (values are grade D) (notes N66-N67, N131).
struct TissueProps {
  double retention_factor = 0.8;  // multiplies the probability a healed dot is kept
  double spread_factor = 1.2;     // multiplies the healed dot's diameter
  double hypopigmentation = 0.5;  // 0 = skin coloured, 1 = white scar
};

struct ScarSpec {
  ScarKind kind = ScarKind::FutStrip;
  // FutStrip / SurgicalLine: centre line in chart mm (FutStrip may leave it empty: generated
  // across the occipital band from length_mm), and the scar's width.
  Polyline path_mm;
  double length_mm = 200.0;
  double width_mm = 2.0;
  // FuePunctures: how many, and punch diameters (0.7-1.0 mm) (notes N64).
  int puncture_count = 0;
  double punch_min_diameter_mm = 0.7;
  double punch_max_diameter_mm = 1.0;
  // IrregularArea (burn, acne): closed outline in chart mm.
  Polyline outline_mm;
  TissueProps tissue;
};

// A scar as generated on a particular scalp.
struct Scar {
  ScarKind kind = ScarKind::FutStrip;
  Polyline path_mm;                // line scars: centre line
  double width_mm = 0.0;           // line scars
  std::vector<Vec2> punctures_mm;  // FUE: centres
  std::vector<double> puncture_diameters_mm;
  Polyline outline_mm;  // irregular area
  TissueProps tissue;
  RectMm bounds_mm;  // tight box around the scar
  double area_mm2 = 0.0;
};

// True if p lies on scar tissue.
bool on_scar(const Scar& scar, Vec2 p_mm);

}  // namespace smp::core
