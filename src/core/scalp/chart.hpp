// The unwrapped skin chart: forehead from the brow line up plus the whole scalp, in mm of skin,
// with the facial and cranial landmarks that hairline and pattern geometry are measured against.
// Origin at the glabella; +x toward the client's right; +y back along the midline over the head
// (arc length), so the vertex is near y = 175 and the nape near y = 350. Seen from above, face up.
// Around the vertex it is an azimuthal unwrap: distance from the vertex ~ arc over the skin,
// with the sides narrowed by ChartParams::lateral_scale (ears at x = +-bitragal/2 * scale).
#pragma once
#include <cstddef>

#include "core/base/geometry.hpp"

namespace smp::core {

// Head dimensions; defaults are an average adult head (notes N47-N58). A level may override.
struct ChartParams {
  double nasion_inion_arc_mm = 350.0;   // glabella to nape hairline along the midline
  double bitragal_arc_mm = 350.0;       // ear canal to ear canal over the vertex
  double mid_frontal_height_mm = 80.0;  // mature natural hairline above the glabella (notes N47)
  double lateral_canthus_x_mm = 55.0;   // lateral-canthus line on the curved forehead (notes N46)
  double crown_whorl_behind_vertex_mm = 63.0;  // Park 2014: 6.25 cm behind ear canals (notes N58)
  double occipital_band_top_mm = 270.0;        // donor band start, y (notes N62-N64)
  double occipital_band_bottom_mm = 330.0;     // donor band end, y
  // The unwrap is arc-true along the midline only; the sides and back are drawn narrower than
  // their arc so that chart areas stay close to skin areas (scalp ~500 cm^2 (notes N29); grade D).
  double lateral_scale = 0.75;
};

// Named points in chart mm. Left/right are the client's.
struct Landmarks {
  Vec2 glabella_mm{0.0, 0.0};
  Vec2 mid_frontal_point_mm{0.0, 80.0};  // natural (Norwood I) mature hairline midpoint
  Vec2 left_fta_mm{0.0, 0.0};            // fronto-temporal angle, on the lateral-canthus line
  Vec2 right_fta_mm{0.0, 0.0};
  Vec2 left_temporal_peak_mm{0.0, 0.0};
  Vec2 right_temporal_peak_mm{0.0, 0.0};
  Vec2 vertex_mm{0.0, 175.0};  // top of the bimeatal (ear-canal) coronal arc
  Vec2 crown_whorl_mm{0.0, 238.0};
  Vec2 left_ear_mm{0.0, 0.0};
  Vec2 right_ear_mm{0.0, 0.0};
  double lateral_canthus_x_mm = 55.0;  // the lines x = +/- this
  double occipital_band_top_mm = 270.0;
  double occipital_band_bottom_mm = 330.0;
};

struct Chart {
  ChartParams params;
  Landmarks landmarks;
  RectMm bounds_mm;                   // everything drawn or scored lies inside
  Polyline head_outline_mm;           // closed: the edge of skin shown (forehead + scalp)
  Polyline natural_hair_boundary_mm;  // closed: where hair grows on a Norwood I head
  // natural_hair_boundary_mm starts with the frontal hairline: its first hairline_point_count
  // points run from the left temporal peak over the mid-frontal point to the right one.
  std::size_t hairline_point_count = 0;
};

Chart make_chart(const ChartParams& params);
bool on_head(const Chart& chart, Vec2 p_mm);
// True inside the natural hair-bearing region (Norwood I), i.e. behind the natural hairline.
bool in_natural_hair_region(const Chart& chart, Vec2 p_mm);

// The leading edge of the natural mature (Norwood I) hairline: left temporal peak, left FTA,
// mid-frontal point, right FTA, right temporal peak; x strictly increasing.
Polyline natural_hairline_mm(const Chart& chart);

// Position relative to the vertex: the chart is an azimuthal unwrap around it, so r is the arc
// length from the vertex over the skin and theta the direction: 0 = toward the face (-y),
// +pi/2 = toward the client's right ear (+x), +-pi = toward the nape.
struct VertexPolar {
  double r_mm = 0.0;
  double theta_rad = 0.0;  // (-pi, pi]
};
VertexPolar to_vertex_polar(const Chart& chart, Vec2 p_mm);
Vec2 from_vertex_polar(const Chart& chart, double r_mm, double theta_rad);

// The occipital (donor) band: the horizontal band across the back of the head, i.e. arc distance
// from the vertex between occipital_band_top_mm and occipital_band_bottom_mm (measured on the
// midline from the glabella) and behind the ears (|theta| >= 100 deg) (notes N62-N64).
bool in_occipital_band(const Chart& chart, Vec2 p_mm);

}  // namespace smp::core
