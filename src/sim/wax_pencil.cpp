#include "sim/wax_pencil.hpp"

#include <algorithm>

namespace smp::sim {

core::Polyline fit_control_points(const core::Polyline& stroke_mm, const WaxPencilParams& params) {
  const double length = core::polyline_length_mm(stroke_mm);
  const int n = std::max(params.control_points, 2);
  if (stroke_mm.size() < 2 || length < params.min_stroke_mm) return {};
  core::Polyline out;
  out.push_back(stroke_mm.front());
  double walked = 0.0;
  std::size_t seg = 0;
  for (int i = 1; i < n - 1; ++i) {
    const double want = length * i / (n - 1);
    while (seg + 1 < stroke_mm.size()) {
      const double l = core::distance_mm(stroke_mm[seg], stroke_mm[seg + 1]);
      if (walked + l >= want && l > 0.0) {
        out.push_back(stroke_mm[seg] +
                      (stroke_mm[seg + 1] - stroke_mm[seg]) * ((want - walked) / l));
        break;
      }
      walked += l;
      ++seg;
    }
  }
  out.push_back(stroke_mm.back());
  return out;
}

core::Polyline smooth_curve(const core::Polyline& c, const WaxPencilParams& params) {
  if (c.size() < 3) return c;
  const int per = std::max(params.samples_per_segment, 1);
  core::Polyline out;
  auto at = [&](long i) {
    return c[static_cast<std::size_t>(std::clamp<long>(i, 0, static_cast<long>(c.size()) - 1))];
  };
  for (long i = 0; i + 1 < static_cast<long>(c.size()); ++i) {
    const core::Vec2 p0 = at(i - 1), p1 = at(i), p2 = at(i + 1), p3 = at(i + 2);
    for (int s = 0; s < per; ++s) {
      const double t = static_cast<double>(s) / per;
      const double t2 = t * t, t3 = t2 * t;
      out.push_back(0.5 *
                    ((2.0 * p1) + (-p0 + p2) * t + (2.0 * p0 - 5.0 * p1 + 4.0 * p2 - p3) * t2 +
                     (-p0 + 3.0 * p1 - 3.0 * p2 + p3) * t3));
    }
  }
  out.push_back(c.back());
  return out;
}

core::Polyline mirror_x(const core::Polyline& line_mm) {
  core::Polyline out;
  out.reserve(line_mm.size());
  for (auto it = line_mm.rbegin(); it != line_mm.rend(); ++it) out.emplace_back(-it->x, it->y);
  return out;
}

int pick_control_point(const core::Polyline& control_mm, core::Vec2 p_mm, double radius_mm) {
  int best = -1;
  double best_d = radius_mm;
  for (std::size_t i = 0; i < control_mm.size(); ++i) {
    const double d = core::distance_mm(control_mm[i], p_mm);
    if (d <= best_d) {
      best_d = d;
      best = static_cast<int>(i);
    }
  }
  return best;
}

}  // namespace smp::sim
