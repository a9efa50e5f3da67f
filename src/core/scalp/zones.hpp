// The named regions of the scalp that density targets, scoring and overlays refer to.
#pragma once
#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "core/scalp/chart.hpp"

namespace smp::core {

enum class Zone {
  Forehead,      // skin in front of the hairline transition band; never dotted
  HairlineBand,  // the transition zone, first ~10 mm behind the (natural or planned) hairline
  Frontal,
  MidScalp,
  Crown,
  TemporalLeft,
  TemporalRight,
  ParietalLeft,
  ParietalRight,
  Occipital,  // includes the donor band
  OffHead,
};
inline constexpr std::size_t kZoneCount = 11;
inline constexpr std::array<Zone, kZoneCount> kAllZones{
    Zone::Forehead,      Zone::HairlineBand, Zone::Frontal,       Zone::MidScalp,
    Zone::Crown,         Zone::TemporalLeft, Zone::TemporalRight, Zone::ParietalLeft,
    Zone::ParietalRight, Zone::Occipital,    Zone::OffHead};

// The snake_case ids used in files, one table shared by core, the level reader and writer.
inline constexpr std::array<std::pair<Zone, std::string_view>, kZoneCount> kZoneNames{{
    {Zone::Forehead, "forehead"},
    {Zone::HairlineBand, "hairline_band"},
    {Zone::Frontal, "frontal"},
    {Zone::MidScalp, "mid_scalp"},
    {Zone::Crown, "crown"},
    {Zone::TemporalLeft, "temporal_left"},
    {Zone::TemporalRight, "temporal_right"},
    {Zone::ParietalLeft, "parietal_left"},
    {Zone::ParietalRight, "parietal_right"},
    {Zone::Occipital, "occipital"},
    {Zone::OffHead, "off_head"},
}};

std::string_view zone_name(Zone z);  // snake_case id used in files: "hairline_band", "crown", ...
std::optional<Zone> zone_from_name(std::string_view name);
// The zone at p, from the natural (Norwood I) hairline; see ZoneParams for the partition.
Zone zone_at(const Chart& chart, Vec2 p_mm);

// Where the zones split; design choices (grade D) around sourced widths, see each row.
struct ZoneParams {
  double hairline_band_mm = 10.0;   // transition zone width behind the hairline (notes N41)
  double crown_radius_mm = 40.0;    // crown disc around the whorl (Norwood vertex) (notes N58)
  double top_half_width_mm = 60.0;  // frontal/mid-scalp/crown strip: |x| inside this
  double frontal_depth_mm = 50.0;   // frontal zone ends this far in front of the vertex
  double temporal_max_theta_deg =
      62.0;  // sides: temporal in front of this direction, then parietal
  double occipital_min_theta_deg = 118.0;  // back: occipital behind this direction...
  double occipital_min_r_mm = 100.0;       // ...and at least this far from the vertex
};
Zone zone_at(const Chart& chart, Vec2 p_mm, const ZoneParams& params);
// zone_at when on_head(chart, p) and in_natural_hair_region(chart, p) are already known (a
// raster classifies whole rows against the polygons at once); the same result as zone_at.
Zone zone_at_classified(const Chart& chart, Vec2 p_mm, bool on_head, bool in_hair,
                        const ZoneParams& params);

// Skin area of a zone in cm^2, integrated on a 2 mm grid over the chart bounds (error < 1%
// for any zone but off_head). zone_areas_cm2 does all zones in one pass, indexed by the enum.
double zone_area_cm2(const Chart& chart, Zone zone);
std::array<double, kZoneCount> zone_areas_cm2(const Chart& chart);

}  // namespace smp::core
