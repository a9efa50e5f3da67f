#include "core/scoring/density_uniformity/density_uniformity.hpp"

#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <string>

#include "core/base/text_format.hpp"
#include "core/scoring/density_uniformity/density_zone_internal.hpp"
#include "core/scoring/score.hpp"
#include "core/spatial/spatial_index.hpp"
#include "core/stats/clark_evans.hpp"
#include "core/stats/empty_space.hpp"
#include "core/stats/merged_pairs.hpp"
#include "core/stats/region_mask.hpp"

namespace smp::core {

MetricResult score_density_uniformity(const ScoringContext& ctx) {
  if (!density_uniformity_applies(ctx.level)) return score_density_uniformity(ctx, ZoneRaster{});
  return score_density_uniformity(ctx,
                                  make_zone_raster(ctx.scalp, ctx.params.uniformity.zone_cell_mm));
}

MetricResult score_density_uniformity(const ScoringContext& ctx, const ZoneRaster& zr) {
  const UniformityParams& p = ctx.params.uniformity;
  MetricResult res;
  res.id = MetricId::DensityUniformity;
  const MetricWeight mark = metric_weight(ctx.level, res.id);
  if (!density_uniformity_applies(ctx.level)) {
    res.applicable = false;
    res.feedback.push_back("No zone is to be filled with dots in this level.");
    return res;
  }
  // kept_index input i is the i-th kept dot of ctx.healed (see ScoringContext). One pass over the
  // healed dots reads what is needed of them (diameter, session) into compact arrays.
  const SpatialIndex& all = ctx.kept_index;
  std::vector<double> diam_all;
  std::vector<int> session_in;
  diam_all.reserve(all.size());
  session_in.reserve(all.size());
  int sessions_done = 1;
  for (const HealedDot& h : ctx.healed) {
    sessions_done = std::max(sessions_done, h.session);
    if (!h.kept) continue;
    diam_all.push_back(h.diameter_mm);
    session_in.push_back(h.session);
  }
  const int sessions_total = std::max(1, ctx.level.task.sessions);
  const double plan_share = planned_density_share(sessions_done, sessions_total, p);

  // One pass over every kept dot: which target zone (slot) it falls in, on the zone raster.
  struct ZoneSlot {
    Zone zone;
    double target;
    RegionMask mask;
    double area;
    std::vector<std::uint32_t> ks;  // canonical positions in kept_index
  };
  std::vector<ZoneSlot> slots;
  std::vector<std::int8_t> slot_of_cell(zr.zone.size(), -1);
  for (const auto& [zone, target] : ctx.level.task.target_density_per_cm2) {
    if (zone == Zone::Forehead || zone == Zone::OffHead || !(target > 0.0)) continue;
    RegionMask mask =
        treatable_mask(zr, zone, p.treat_min_loss_fraction, p.treat_min_share_of_zone);
    const double area = mask.area_mm2();
    if (area < p.min_zone_area_mm2) continue;
    int c0, c1, r0, r1;
    mask.scan_range(c0, c1, r0, r1);
    for (int r = r0; r <= r1; ++r)
      for (int c = c0; c <= c1; ++c) {
        const std::size_t i = static_cast<std::size_t>(r) * static_cast<std::size_t>(mask.cols) +
                              static_cast<std::size_t>(c);
        if (mask.inside[i]) slot_of_cell[i] = static_cast<std::int8_t>(slots.size());
      }
    slots.push_back({zone, target, std::move(mask), area, {}});
  }
  std::vector<std::int8_t> slot_of_k(all.size(), -1);
  std::vector<std::size_t> slot_dots(slots.size(), 0);
  const BinQuotient in_cells(zr.cell_mm);
  for (std::size_t k = 0; k < all.size(); ++k) {
    const std::ptrdiff_t c = zr.cell_of(all.canonical_point(k), in_cells);
    if (c < 0) continue;
    const std::int8_t s = slot_of_cell[static_cast<std::size_t>(c)];
    slot_of_k[k] = s;
    if (s >= 0) ++slot_dots[static_cast<std::size_t>(s)];
  }
  for (std::size_t s = 0; s < slots.size(); ++s) slots[s].ks.reserve(slot_dots[s]);
  for (std::size_t k = 0; k < all.size(); ++k)
    if (slot_of_k[k] >= 0)
      slots[static_cast<std::size_t>(slot_of_k[k])].ks.push_back(static_cast<std::uint32_t>(k));
  // Nearest neighbours inside the same zone (spatstat: the pattern restricted to its window):
  // the global neighbour when it is in the same zone, else a search restricted to the zone.
  std::vector<double> nn_all;
  std::vector<std::uint32_t> nn_which;
  all.nearest_all_canonical(nn_all, nn_which);
  // Blotches: every merged pair once over all kept dots, attributed to the zone of its midpoint
  // (the zone masks are cells of the raster, so the raster cell names the zone).
  const MergedPairs merged_all = find_merged_pairs(all, diam_all, nn_all, p.merge_gap_mm);
  // Then the same-zone distances overwrite nn_all in place (merged pairs above read it first).
  std::vector<double>& nn_zone = nn_all;
  for (std::size_t k = 0; k < all.size(); ++k) {
    const std::int8_t s = slot_of_k[k];
    if (s < 0 || (nn_which[k] < all.size() && slot_of_k[nn_which[k]] == s)) continue;
    double d = 0.0;
    all.nearest_canonical_if(
        all.canonical_point(k), k, [&](std::size_t j) { return slot_of_k[j] == s; }, &d);
    nn_zone[k] = d;
  }
  std::vector<std::vector<Vec2>> merged_where(slots.size());
  for (const Vec2& w : merged_all.where_mm) {
    const std::ptrdiff_t c = zr.cell_of(w);
    const std::int8_t s = c < 0 ? std::int8_t{-1} : slot_of_cell[static_cast<std::size_t>(c)];
    if (s >= 0) merged_where[static_cast<std::size_t>(s)].push_back(w);
  }
  // The session of every kept dot in canonical order (one gather, not one per zone).
  std::vector<int> session_of_k(all.size());
  for (std::size_t k = 0; k < all.size(); ++k)
    session_of_k[k] = std::clamp(session_in[all.canonical_index(k)], 1, sessions_done);
  // Empty space: one distance field for all zones, at the finest spacing any zone asks for.
  double min_spacing = 0.0;
  RectMm field_area{Vec2(1e300), Vec2(-1e300)};
  for (const ZoneSlot& z : slots) {
    const double lam = z.target * plan_share / 100.0;
    const double s_mm = d_hex_mm(lam > 0.0 ? lam : 0.01);
    min_spacing = min_spacing == 0.0 ? s_mm : std::min(min_spacing, s_mm);
    const RectMm b = z.mask.bounds_mm();
    field_area.min_mm = glm::min(field_area.min_mm, b.min_mm - Vec2(p.hole_factor * s_mm));
    field_area.max_mm = glm::max(field_area.max_mm, b.max_mm + Vec2(p.hole_factor * s_mm));
  }
  // Holes are only looked for inside the scored zones: the field is needed only there.
  RegionMask scored;
  scored.origin_mm = zr.origin_mm;
  scored.cell_mm = zr.cell_mm;
  scored.cols = zr.cols;
  scored.rows = zr.rows;
  scored.inside.resize(slot_of_cell.size());
  for (std::size_t i = 0; i < slot_of_cell.size(); ++i) scored.inside[i] = slot_of_cell[i] >= 0;
  const EmptySpaceField field =
      slots.empty()
          ? EmptySpaceField{}
          : empty_space_field(all, field_area, p.hole_grid_fraction * min_spacing,
                              std::clamp<std::size_t>(3 * all.size(), 250'000, 4'000'000), &scored);

  double area_total = 0.0, score_area = 0.0;
  std::size_t dots_total = 0;
  const uniformity_detail::SharedInput shared{ctx,   all,           nn_zone,        session_of_k,
                                              field, sessions_done, sessions_total, plan_share};
  uniformity_detail::ScratchBuffers scratch;
  for (std::size_t s = 0; s < slots.size(); ++s) {
    ZoneSlot& slot = slots[s];
    uniformity_detail::ZoneInput zone_in{slot.zone, slot.target, slot.mask,
                                         slot.area, slot.ks,     std::move(merged_where[s])};
    std::vector<Stat> g = uniformity_detail::score_zone(shared, zone_in, scratch, res);
    const double zone_score = g.back().value;  // score_zone ends its stats with the score
    res.groups[std::string(zone_name(slot.zone))] = std::move(g);
    area_total += slot.area;
    dots_total += slot.ks.size();
    score_area += zone_score * slot.area;
  }
  if (area_total <= 0.0) {
    res.applicable = false;
    res.feedback.push_back("The targeted zones have no treatable area on this client.");
    return res;
  }
  res.score = score_area / area_total;
  res.passed = res.score >= mark.pass_mark;
  res.stats = {{"zones", static_cast<double>(res.groups.size())},
               {"area_mm2", area_total},
               {"dots", static_cast<double>(dots_total)},
               {"density_per_cm2", static_cast<double>(dots_total) / area_total * 100.0},
               {"planned_share", plan_share},
               {"sessions_done", static_cast<double>(sessions_done)}};
  if (res.feedback.empty())
    res.feedback.push_back(fmt("Even, natural-looking density across %zu zone%s.",
                               res.groups.size(), res.groups.size() == 1 ? "" : "s"));
  return res;
}

}  // namespace smp::core
