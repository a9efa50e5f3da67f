// Plane geometry on the skin chart: every length is millimetres of skin.
// Not for rendering transforms (src/render) or spatial queries over many dots (spatial_index).
#pragma once
#include <glm/vec2.hpp>
#include <vector>

namespace smp::core {

using Vec2 = glm::dvec2;  // a position or offset on the chart, in mm

// Open polyline (hairline, FUT strip) or closed polygon (irregular scar), points in mm.
using Polyline = std::vector<Vec2>;

double distance_mm(Vec2 a, Vec2 b);
double distance_to_segment_mm(Vec2 p, Vec2 a, Vec2 b);
double distance_to_polyline_mm(Vec2 p, const Polyline& line);
double polyline_length_mm(const Polyline& line);
// Height of a polyline (x strictly increasing) at x_mm; NaN outside its x range.
double polyline_y_at(const Polyline& line, double x_mm);
// Shoelace area of a closed polygon, in mm^2, always >= 0.
double polygon_area_mm2(const Polyline& polygon);
bool point_in_polygon(Vec2 p, const Polyline& polygon);

// Axis-aligned rectangle in chart mm.
struct RectMm {
  Vec2 min_mm{0.0, 0.0};
  Vec2 max_mm{0.0, 0.0};
  double width_mm() const { return max_mm.x - min_mm.x; }
  double height_mm() const { return max_mm.y - min_mm.y; }
  bool contains(Vec2 p) const {
    return p.x >= min_mm.x && p.x <= max_mm.x && p.y >= min_mm.y && p.y <= max_mm.y;
  }
};

}  // namespace smp::core
