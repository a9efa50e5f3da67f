// Overlays composited over the scalp on request: zone outlines and labels, landmarks, the
// planned hairline, a density heat map (dots vs target) and problem-spot markers.
#pragma once
#include <map>
#include <span>
#include <string>
#include <vector>

#include "core/dot.hpp"
#include "core/grid.hpp"
#include "core/metric.hpp"
#include "core/scalp.hpp"
#include "core/zones.hpp"
#include "render/view.hpp"

namespace smp::render {

struct OverlaySet {
  bool zones = false;
  bool landmarks = false;
  bool hairline = false;
  bool density = false;
  bool spots = false;
  core::Polyline hairline_mm;                           // the plan, drawn when `hairline`
  std::map<core::Zone, double> target_density_per_cm2;  // density: zones without a target are
                                                        // compared with 0 (should stay empty)
  std::vector<core::Spot> spots_list;
  bool any() const { return zones || landmarks || hairline || density || spots; }
};

// Kernel estimate of kept-dot density per cm^2 on a grid over `area`.
struct DensityParams {
  double cell_mm = 2.0;
  double kernel_sigma_mm = 5.0;  // about 5 dot spacings: smooth but local
  float opacity = 0.55f;
  double untreated_flag_per_cm2 = 15.0;  // below this, a zone without a target stays clear
};
core::FieldGrid dot_density_per_cm2(std::span<const core::HealedDot> dots, const core::RectMm& area,
                                    const DensityParams& params);

// Zone of each cell of a grid over the chart (cached per scalp by the canvas: zone_at is slow).
struct ZoneMap {
  core::Vec2 origin_mm;
  double cell_mm = 1.0;
  int cols = 0, rows = 0;
  std::vector<unsigned char> zone;  // static_cast<unsigned char>(core::Zone)
  core::Zone at(core::Vec2 p_mm) const;
};
ZoneMap make_zone_map(const core::Scalp& scalp, double cell_mm);

void draw_zones(Image& img, const View& view, const ZoneMap& zones);
void draw_landmarks(Image& img, const View& view, const core::Scalp& scalp);
void draw_hairline(Image& img, const View& view, const core::Polyline& hairline_mm);
void draw_density(Image& img, const View& view, const core::Scalp& scalp, const ZoneMap& zones,
                  const core::FieldGrid& density_per_cm2, const OverlaySet& overlays,
                  const DensityParams& params);
void draw_spots(Image& img, const View& view, const std::vector<core::Spot>& spots);
// Colour of a spot kind ("gap", "clump", "blowout", ...), stable for unknown kinds.
Rgb spot_colour(const std::string& kind);

}  // namespace smp::render
