#include "core/scalp/chart.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <glm/common.hpp>
#include <glm/geometric.hpp>

namespace smp::core {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDefaultHalfArcMm = 175.0;  // half of the default 350 mm arcs
constexpr int kSamplesPerSpan = 6;

// The default head's right half (x >= 0), in chart mm with the vertex at (0, 175). Shapes are
// our design (grade D) around the sourced landmarks: ear canal on the bimeatal arc (x = 175),
// nape hairline at y = 350, hair above the ear about 4 cm above the canal.
// Hair boundary after the right temporal peak: temple front edge, sideburn, around the ear,
// mastoid, nape; ends just right of the midline.
constexpr std::array<Vec2, 14> kHairSideAndBack{{{120.0, 94.0},
                                                 {163.0, 120.0},
                                                 {170.0, 138.0},
                                                 {150.0, 148.0},
                                                 {132.0, 165.0},
                                                 {131.0, 185.0},
                                                 {145.0, 205.0},
                                                 {165.0, 215.0},
                                                 {170.0, 232.0},
                                                 {158.0, 262.0},
                                                 {128.0, 297.0},
                                                 {88.0, 326.0},
                                                 {45.0, 348.0},
                                                 {0.0, 348.0}}};
// Edge of the skin shown, right half from the glabella: brow line, temple in front of the
// sideburn, around the ear, neck about 2.5 cm below the nape hairline.
constexpr std::array<Vec2, 16> kOutlineRight{{{0.0, 0.0},
                                              {25.0, 2.0},
                                              {50.0, 6.0},
                                              {75.0, 6.0},
                                              {100.0, 18.0},
                                              {130.0, 55.0},
                                              {160.0, 100.0},
                                              {178.0, 132.0},
                                              {160.0, 150.0},
                                              {143.0, 170.0},
                                              {142.0, 185.0},
                                              {150.0, 203.0},
                                              {182.0, 215.0},
                                              {195.0, 245.0},
                                              {175.0, 300.0},
                                              {110.0, 365.0}}};
constexpr Vec2 kOutlineBackMid{0.0, 375.0};
constexpr Vec2 kDefaultVertex{0.0, kDefaultHalfArcMm};

struct HeadScale {
  Vec2 vertex;
  double side = 1.0;   // x scale from the bitragal arc
  double front = 1.0;  // y scale in front of the vertex
  double back = 1.0;   // y scale behind the vertex
};

Vec2 scaled(const HeadScale& s, Vec2 p) {
  const Vec2 d = p - kDefaultVertex;
  return s.vertex + Vec2(d.x * s.side, d.y * (d.y < 0.0 ? s.front : s.back));
}

Vec2 mirrored(Vec2 p) {
  return {-p.x, p.y};
}

// Centripetal Catmull-Rom through p1..p2 (no loops, no cusps), t in [0, 1].
Vec2 catmull_rom(Vec2 p0, Vec2 p1, Vec2 p2, Vec2 p3, double u) {
  auto knot = [](double t, Vec2 a, Vec2 b) {
    return t + std::sqrt(std::max(glm::length(b - a), 1e-6));
  };
  const double t0 = 0.0;
  const double t1 = knot(t0, p0, p1);
  const double t2 = knot(t1, p1, p2);
  const double t3 = knot(t2, p2, p3);
  const double t = t1 + (t2 - t1) * u;
  const Vec2 a1 = (t1 - t) / (t1 - t0) * p0 + (t - t0) / (t1 - t0) * p1;
  const Vec2 a2 = (t2 - t) / (t2 - t1) * p1 + (t - t1) / (t2 - t1) * p2;
  const Vec2 a3 = (t3 - t) / (t3 - t2) * p2 + (t - t2) / (t3 - t2) * p3;
  const Vec2 b1 = (t2 - t) / (t2 - t0) * a1 + (t - t0) / (t2 - t0) * a2;
  const Vec2 b2 = (t3 - t) / (t3 - t1) * a2 + (t - t1) / (t3 - t1) * a3;
  return (t2 - t) / (t2 - t1) * b1 + (t - t1) / (t2 - t1) * b2;
}

// Smooth closed curve through every control point, starting at ctrl[0].
Polyline smooth_closed(const Polyline& ctrl) {
  Polyline out;
  const std::size_t n = ctrl.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Vec2 p0 = ctrl[(i + n - 1) % n];
    const Vec2 p1 = ctrl[i];
    const Vec2 p2 = ctrl[(i + 1) % n];
    const Vec2 p3 = ctrl[(i + 2) % n];
    for (int k = 0; k < kSamplesPerSpan; ++k)
      out.push_back(catmull_rom(p0, p1, p2, p3, static_cast<double>(k) / kSamplesPerSpan));
  }
  return out;
}

}  // namespace

Chart make_chart(const ChartParams& params) {
  Chart chart;
  chart.params = params;
  HeadScale s;
  s.vertex = {0.0, params.nasion_inion_arc_mm * 0.5};
  s.side = params.lateral_scale * params.bitragal_arc_mm * 0.5 / kDefaultHalfArcMm;
  s.front = s.vertex.y / kDefaultHalfArcMm;
  s.back = (params.nasion_inion_arc_mm - s.vertex.y) / kDefaultHalfArcMm;

  Landmarks& lm = chart.landmarks;
  const double h = params.mid_frontal_height_mm;
  const double cx = params.lateral_canthus_x_mm;
  lm.glabella_mm = {0.0, 0.0};
  lm.mid_frontal_point_mm = {0.0, h};
  // Mature corners sit ~2 cm further back than the midline (notes N51); FTA on the canthus line
  // (notes N46); the temporal peak ~5 cm from the FTA, ahead of and lateral to it (notes N50, N52).
  lm.right_fta_mm = {cx, h + 20.0};
  lm.left_fta_mm = mirrored(lm.right_fta_mm);
  lm.right_temporal_peak_mm = {cx + 14.0, h + 10.0};
  lm.left_temporal_peak_mm = mirrored(lm.right_temporal_peak_mm);
  lm.vertex_mm = s.vertex;
  lm.crown_whorl_mm = s.vertex + Vec2(0.0, params.crown_whorl_behind_vertex_mm);
  lm.right_ear_mm = {s.side * kDefaultHalfArcMm, s.vertex.y};
  lm.left_ear_mm = mirrored(lm.right_ear_mm);
  lm.lateral_canthus_x_mm = cx;
  lm.occipital_band_top_mm = params.occipital_band_top_mm;
  lm.occipital_band_bottom_mm = params.occipital_band_bottom_mm;

  // Frontal hairline control points, right half from the midline out to the temporal peak:
  // convex mature line, FTA corner, temporal recess, peak.
  const std::array<Vec2, 6> front_right{{{0.0, h},
                                         {0.36 * cx, h + 2.0},
                                         {0.7 * cx, h + 8.0},
                                         lm.right_fta_mm,
                                         {cx + 8.0, h + 21.0},
                                         lm.right_temporal_peak_mm}};
  Polyline ctrl;
  for (std::size_t i = front_right.size(); i-- > 1;) ctrl.push_back(mirrored(front_right[i]));
  for (const Vec2& p : front_right) ctrl.push_back(p);
  const std::size_t right_peak_index = ctrl.size() - 1;
  for (const Vec2& p : kHairSideAndBack) ctrl.push_back(scaled(s, p));
  for (std::size_t i = kHairSideAndBack.size() - 1; i-- > 0;)
    ctrl.push_back(mirrored(scaled(s, kHairSideAndBack[i])));
  chart.natural_hair_boundary_mm = smooth_closed(ctrl);
  chart.hairline_point_count = right_peak_index * kSamplesPerSpan + 1;

  Polyline outline_ctrl;
  for (const Vec2& p : kOutlineRight) outline_ctrl.push_back(scaled(s, p));
  outline_ctrl.front() = lm.glabella_mm;
  outline_ctrl.push_back(scaled(s, kOutlineBackMid));
  for (std::size_t i = kOutlineRight.size(); i-- > 1;)
    outline_ctrl.push_back(mirrored(scaled(s, kOutlineRight[i])));
  chart.head_outline_mm = smooth_closed(outline_ctrl);

  RectMm box{chart.head_outline_mm.front(), chart.head_outline_mm.front()};
  for (const Vec2& p : chart.head_outline_mm) {
    box.min_mm = glm::min(box.min_mm, p);
    box.max_mm = glm::max(box.max_mm, p);
  }
  const double margin_mm = 5.0;
  box.min_mm -= Vec2(margin_mm);
  box.max_mm += Vec2(margin_mm);
  chart.bounds_mm = box;
  return chart;
}

bool on_head(const Chart& chart, Vec2 p_mm) {
  return chart.bounds_mm.contains(p_mm) && point_in_polygon(p_mm, chart.head_outline_mm);
}

bool in_natural_hair_region(const Chart& chart, Vec2 p_mm) {
  return chart.bounds_mm.contains(p_mm) && point_in_polygon(p_mm, chart.natural_hair_boundary_mm);
}

Polyline natural_hairline_mm(const Chart& chart) {
  const std::size_t n = std::min(chart.hairline_point_count, chart.natural_hair_boundary_mm.size());
  Polyline line(chart.natural_hair_boundary_mm.begin(),
                chart.natural_hair_boundary_mm.begin() + static_cast<std::ptrdiff_t>(n));
  return line;
}

VertexPolar to_vertex_polar(const Chart& chart, Vec2 p_mm) {
  const Vec2 d = p_mm - chart.landmarks.vertex_mm;
  return {glm::length(d), std::atan2(d.x, -d.y)};
}

Vec2 from_vertex_polar(const Chart& chart, double r_mm, double theta_rad) {
  return chart.landmarks.vertex_mm + r_mm * Vec2(std::sin(theta_rad), -std::cos(theta_rad));
}

bool in_occipital_band(const Chart& chart, Vec2 p_mm) {
  const VertexPolar q = to_vertex_polar(chart, p_mm);
  const double vy = chart.landmarks.vertex_mm.y;
  const double behind_ears_rad = 100.0 * kPi / 180.0;
  return std::abs(q.theta_rad) >= behind_ears_rad &&
         q.r_mm >= chart.landmarks.occipital_band_top_mm - vy &&
         q.r_mm <= chart.landmarks.occipital_band_bottom_mm - vy &&
         in_natural_hair_region(chart, p_mm);
}

}  // namespace smp::core
