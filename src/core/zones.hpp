// The named regions of the scalp that density targets, scoring and overlays refer to.
#pragma once
#include <array>
#include <optional>
#include <string_view>

#include "core/chart.hpp"

namespace smp::core {

enum class Zone {
  Forehead,          // skin in front of the hairline transition band; never dotted
  HairlineBand,      // the transition zone, first ~10 mm behind the (natural or planned) hairline
  Frontal,
  MidScalp,
  Crown,
  TemporalLeft,
  TemporalRight,
  ParietalLeft,
  ParietalRight,
  Occipital,         // includes the donor band
  OffHead,
};
inline constexpr std::size_t kZoneCount = 11;
inline constexpr std::array<Zone, kZoneCount> kAllZones{
    Zone::Forehead,     Zone::HairlineBand, Zone::Frontal,       Zone::MidScalp,
    Zone::Crown,        Zone::TemporalLeft, Zone::TemporalRight, Zone::ParietalLeft,
    Zone::ParietalRight, Zone::Occipital,   Zone::OffHead};

std::string_view zone_name(Zone z);  // snake_case id used in files: "hairline_band", "crown", ...
std::optional<Zone> zone_from_name(std::string_view name);
Zone zone_at(const Chart& chart, Vec2 p_mm);

}  // namespace smp::core
