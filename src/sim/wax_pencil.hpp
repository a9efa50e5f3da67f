// The wax-pencil mockup tool: a freehand hairline stroke becomes a smooth curve through a few
// draggable control points, with a mirror guide. Not the scoring of the hairline (scoring/).
#pragma once
#include <vector>

#include "core/base/geometry.hpp"

namespace smp::sim {

struct WaxPencilParams {
  int control_points = 9;        // enough for a widow's peak and two temple recessions
  int samples_per_segment = 12;  // smoothness of the drawn curve
  double min_stroke_mm = 20.0;   // shorter strokes are treated as accidental
};

// Control points spaced evenly by arc length along the stroke (first and last kept).
// Returns an empty list for strokes shorter than params.min_stroke_mm.
core::Polyline fit_control_points(const core::Polyline& stroke_mm, const WaxPencilParams& params);

// Centripetal-free uniform Catmull-Rom curve through every control point (ends clamped).
core::Polyline smooth_curve(const core::Polyline& control_mm, const WaxPencilParams& params);

// The curve reflected across the midline (x -> -x), for the mirror guide.
core::Polyline mirror_x(const core::Polyline& line_mm);

// Index of the control point within radius_mm of p, or -1.
int pick_control_point(const core::Polyline& control_mm, core::Vec2 p_mm, double radius_mm);

}  // namespace smp::sim
