#include "core/base/geometry.hpp"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>
#include <limits>

namespace smp::core {

double distance_mm(Vec2 a, Vec2 b) {
  return glm::length(a - b);
}

double distance_to_segment_mm(Vec2 p, Vec2 a, Vec2 b) {
  const Vec2 ab = b - a;
  const double len2 = glm::dot(ab, ab);
  if (len2 <= 0.0) return distance_mm(p, a);
  const double t = std::clamp(glm::dot(p - a, ab) / len2, 0.0, 1.0);
  return distance_mm(p, a + t * ab);
}

double distance_to_polyline_mm(Vec2 p, const Polyline& line) {
  if (line.empty()) return std::numeric_limits<double>::infinity();
  if (line.size() == 1) return distance_mm(p, line.front());
  double best = std::numeric_limits<double>::infinity();
  for (std::size_t i = 0; i + 1 < line.size(); ++i)
    best = std::min(best, distance_to_segment_mm(p, line[i], line[i + 1]));
  return best;
}

double polyline_length_mm(const Polyline& line) {
  double total = 0.0;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) total += distance_mm(line[i], line[i + 1]);
  return total;
}

double polyline_y_at(const Polyline& line, double x) {
  if (line.size() < 2 || x < line.front().x || x > line.back().x)
    return std::numeric_limits<double>::quiet_NaN();
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    const Vec2 a = line[i], b = line[i + 1];
    if (x >= a.x && x <= b.x) return b.x > a.x ? a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x) : a.y;
  }
  return std::numeric_limits<double>::quiet_NaN();
}

double polygon_area_mm2(const Polyline& polygon) {
  double twice = 0.0;
  const std::size_t n = polygon.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Vec2 a = polygon[i];
    const Vec2 b = polygon[(i + 1) % n];
    twice += a.x * b.y - b.x * a.y;
  }
  return std::abs(twice) * 0.5;
}

bool point_in_polygon(Vec2 p, const Polyline& polygon) {
  bool inside = false;
  const std::size_t n = polygon.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const Vec2 a = polygon[i];
    const Vec2 b = polygon[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
      inside = !inside;
  }
  return inside;
}

}  // namespace smp::core
