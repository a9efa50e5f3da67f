// Overlays composited over the scalp on request: zone outlines and labels, landmarks, the
// planned hairline, a density heat map (dots vs target) and problem-spot markers.
#pragma once
#include <map>
#include <span>
#include <string>
#include <vector>

#include "core/dot.hpp"
#include "core/report.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scalp/zone_raster.hpp"
#include "core/scalp/zones.hpp"
#include "render/overlays/density_map.hpp"
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

void draw_zones(Image& img, const View& view, const core::ZoneRaster& zones);
void draw_landmarks(Image& img, const View& view, const core::Scalp& scalp);
void draw_hairline(Image& img, const View& view, const core::Polyline& hairline_mm);
// A ring per spot (its count beside it when it stands for several) and the legend of the kinds
// drawn in the top-left corner.
void draw_spots(Image& img, const View& view, const std::vector<core::Spot>& spots);

// One legend line: a kind drawn, in its colour, with the places it stands for.
struct SpotLegendEntry {
  std::string kind;
  std::string label;  // core::spot_label
  Rgb colour;
  int count = 0;  // places marked: the sum of the spots' counts
};
// Every kind among `spots`, in the order of core::spot_kinds() (unknown kinds last, in the order
// first seen): what draw_spots and the results screen list.
std::vector<SpotLegendEntry> spot_legend(const std::vector<core::Spot>& spots);
// The legend line's text: "blotch (merged dots)" or "gap in the fill  x4".
std::string spot_legend_text(const SpotLegendEntry& e);
// Colour of a spot kind ("gap", "clump", "blowout", ...), stable for unknown kinds.
Rgb spot_colour(const std::string& kind);

}  // namespace smp::render
