#include "core/scalp/zones.hpp"

#include <algorithm>
#include <cmath>

namespace smp::core {
namespace {
constexpr double kDegToRad = 3.14159265358979323846 / 180.0;

bool near_hairline(const Chart& chart, Vec2 p, double within_mm) {
  const Polyline& b = chart.natural_hair_boundary_mm;
  const std::size_t n = std::min(chart.hairline_point_count, b.size());
  for (std::size_t i = 0; i + 1 < n; ++i)
    if (distance_to_segment_mm(p, b[i], b[i + 1]) <= within_mm) return true;
  return false;
}
}  // namespace

std::string_view zone_name(Zone z) {
  for (const auto& [zone, name] : kZoneNames)
    if (zone == z) return name;
  return "off_head";
}

std::optional<Zone> zone_from_name(std::string_view name) {
  for (const auto& [zone, zone_id] : kZoneNames)
    if (zone_id == name) return zone;
  return std::nullopt;
}

Zone zone_at(const Chart& chart, Vec2 p_mm) {
  return zone_at(chart, p_mm, ZoneParams{});
}

Zone zone_at(const Chart& chart, Vec2 p_mm, const ZoneParams& params) {
  if (!on_head(chart, p_mm)) return Zone::OffHead;
  return zone_at_classified(chart, p_mm, true, in_natural_hair_region(chart, p_mm), params);
}

Zone zone_at_classified(const Chart& chart, Vec2 p_mm, bool is_on_head, bool in_hair,
                        const ZoneParams& params) {
  if (!is_on_head) return Zone::OffHead;
  const Landmarks& lm = chart.landmarks;
  const VertexPolar q = to_vertex_polar(chart, p_mm);
  const double abs_theta = std::abs(q.theta_rad);
  if (!in_hair) {
    // Bare skin: in front of the ears it is face/forehead, behind them the neck.
    return abs_theta < 90.0 * kDegToRad ? Zone::Forehead : Zone::Occipital;
  }
  // The band follows the frontal hairline only, not the sideburns or the nape.
  if (abs_theta < 90.0 * kDegToRad && near_hairline(chart, p_mm, params.hairline_band_mm))
    return Zone::HairlineBand;
  if (distance_mm(p_mm, lm.crown_whorl_mm) <= params.crown_radius_mm) return Zone::Crown;
  if (abs_theta >= params.occipital_min_theta_deg * kDegToRad &&
      q.r_mm >= params.occipital_min_r_mm)
    return Zone::Occipital;
  const bool right = p_mm.x >= 0.0;
  if (std::abs(p_mm.x) <= params.top_half_width_mm) {
    if (p_mm.y < lm.vertex_mm.y - params.frontal_depth_mm) return Zone::Frontal;
    if (p_mm.y <= lm.crown_whorl_mm.y) return Zone::MidScalp;
    // Behind the whorl but outside the crown disc and still near the top.
    return Zone::Occipital;
  }
  if (abs_theta < params.temporal_max_theta_deg * kDegToRad)
    return right ? Zone::TemporalRight : Zone::TemporalLeft;
  return right ? Zone::ParietalRight : Zone::ParietalLeft;
}

std::array<double, kZoneCount> zone_areas_cm2(const Chart& chart) {
  const double step_mm = 2.0;
  const RectMm& b = chart.bounds_mm;
  const ZoneParams params;
  std::array<double, kZoneCount> areas{};
  const double cell_cm2 = step_mm * step_mm / 100.0;
  for (double y = b.min_mm.y + step_mm * 0.5; y < b.max_mm.y; y += step_mm)
    for (double x = b.min_mm.x + step_mm * 0.5; x < b.max_mm.x; x += step_mm)
      areas[static_cast<std::size_t>(zone_at(chart, {x, y}, params))] += cell_cm2;
  return areas;
}

double zone_area_cm2(const Chart& chart, Zone zone) {
  return zone_areas_cm2(chart)[static_cast<std::size_t>(zone)];
}

}  // namespace smp::core
