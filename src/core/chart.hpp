// The unwrapped skin chart: forehead from the brow line up plus the whole scalp, in mm of skin,
// with the facial and cranial landmarks that hairline and pattern geometry are measured against.
// Origin at the glabella; +x toward the client's right; +y back along the midline over the head
// (arc length), so the vertex is near y = 175 and the nape near y = 350. Seen from above, face up.
#pragma once
#include "core/geometry.hpp"

namespace smp::core {

// Head dimensions; defaults are an average adult head (DOMAIN rows 47-58). A level may override.
struct ChartParams {
  double nasion_inion_arc_mm = 350.0;      // glabella to nape hairline along the midline
  double bitragal_arc_mm = 350.0;          // ear canal to ear canal over the vertex
  double mid_frontal_height_mm = 80.0;     // mature natural hairline above the glabella (row 47)
  double lateral_canthus_x_mm = 55.0;      // lateral-canthus line on the curved forehead (row 46)
  double crown_whorl_behind_vertex_mm = 63.0;  // Park 2014: 6.25 cm behind bimeatal line (row 58)
  double occipital_band_top_mm = 270.0;    // donor band start, y (rows 62-64)
  double occipital_band_bottom_mm = 330.0; // donor band end, y
};

// Named points in chart mm. Left/right are the client's.
struct Landmarks {
  Vec2 glabella_mm{0.0, 0.0};
  Vec2 mid_frontal_point_mm{0.0, 80.0};   // natural (Norwood I) mature hairline midpoint
  Vec2 left_fta_mm{0.0, 0.0};             // fronto-temporal angle, on the lateral-canthus line
  Vec2 right_fta_mm{0.0, 0.0};
  Vec2 left_temporal_peak_mm{0.0, 0.0};
  Vec2 right_temporal_peak_mm{0.0, 0.0};
  Vec2 vertex_mm{0.0, 175.0};             // top of the bimeatal (ear-canal) coronal arc
  Vec2 crown_whorl_mm{0.0, 238.0};
  Vec2 left_ear_mm{0.0, 0.0};
  Vec2 right_ear_mm{0.0, 0.0};
  double lateral_canthus_x_mm = 55.0;     // the lines x = +/- this
  double occipital_band_top_mm = 270.0;
  double occipital_band_bottom_mm = 330.0;
};

struct Chart {
  ChartParams params;
  Landmarks landmarks;
  RectMm bounds_mm;          // everything drawn or scored lies inside
  Polyline head_outline_mm;  // closed: the edge of skin shown (forehead + scalp)
  Polyline natural_hair_boundary_mm;  // closed: where hair grows on a Norwood I head
};

Chart make_chart(const ChartParams& params);
bool on_head(const Chart& chart, Vec2 p_mm);
// True inside the natural hair-bearing region (Norwood I), i.e. behind the natural hairline.
bool in_natural_hair_region(const Chart& chart, Vec2 p_mm);

}  // namespace smp::core
