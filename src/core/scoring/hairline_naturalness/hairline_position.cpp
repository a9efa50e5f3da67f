// The hairline's height (notes R11): the mid-frontal point against the band for this client;
// too low is the worst fault (notes N54), a little high only a note. Part of hairline_naturalness.
#include <algorithm>
#include <string>

#include "core/base/assert.hpp"
#include "core/base/text_format.hpp"
#include "core/scoring/hairline_naturalness/hairline_internal.hpp"
#include "core/stats/summary.hpp"

namespace smp::core::hairline_detail {

HairlinePosition measure_position(const HairlineEdge& e, double glabella_y_mm, HairlineBand band) {
  HairlinePosition pos;
  pos.band = band;
  std::vector<double> mid;
  for (std::size_t i = 0; i < e.edge_y_mm.size(); ++i)
    if (std::abs(e.x_of(i)) <= kMidHalfWidthMm && std::isfinite(e.edge_y_mm[i]))
      mid.push_back(e.edge_y_mm[i]);
  if (mid.empty()) return pos;
  pos.found = true;
  pos.height_mm = median(mid) - glabella_y_mm;
  pos.mid_spot_mm = Vec2{0.0, pos.height_mm + glabella_y_mm};
  return pos;
}

AspectScore score_position(const HairlinePosition& pos, const HairlineParams& p) {
  SMP_ASSERT(pos.found);
  const HairlineBand& band = pos.band;
  double s_pos = 100.0;
  bool fatal = false;
  if (pos.height_mm < band.min_mm) {
    s_pos = std::max(0.0, 100.0 - (band.min_mm - pos.height_mm) * p.low_points_per_mm);
    fatal = pos.height_mm < band.fatal_below_mm;
  } else if (pos.height_mm > band.max_mm) {
    s_pos = std::max(40.0, 100.0 - (pos.height_mm - band.max_mm) * p.high_points_per_mm);
  }
  return {ScorePart{"position", s_pos, p.w_position}, fatal};
}

void write_position_feedback(const HairlinePosition& pos, const ClientProfile& client,
                             MetricResult& res) {
  const HairlineBand& band = pos.band;
  const bool low = pos.height_mm < band.min_mm, high = !low && pos.height_mm > band.max_mm;
  if (!low && !high) return;
  const char* who = client.sex == Sex::Female ? "woman" : "man";
  const std::string aim =
      band.from_given_hairline
          ? fmt("the level's hairline asks for %.0f-%.0f mm", band.min_mm, band.max_mm)
          : fmt("for a %d-year-old %s aim for %.0f-%.0f mm", client.age_years, who, band.min_mm,
                band.max_mm);
  if (low) {
    res.spots.push_back({pos.mid_spot_mm, "too_low"});
    res.feedback.push_back(
        fmt("Your hairline sits %.0f mm above the glabella; %s. Too low is the "
            "worst hairline fault: it looks unnatural and cannot be raised.",
            pos.height_mm, aim.c_str()));
  } else {
    res.spots.push_back({pos.mid_spot_mm, "too_high"});
    res.feedback.push_back(
        fmt("Your hairline sits %.0f mm above the glabella; %s. A little high "
            "is safe (it can be lowered later) but frames the face less.",
            pos.height_mm, aim.c_str()));
  }
}

}  // namespace smp::core::hairline_detail
