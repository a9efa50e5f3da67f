// score_density_uniformity(): the passes shared by every zone (which zone each dot is in, the
// nearest same-zone neighbours, merged pairs, one empty-space field), then each zone through
// score_zone (density_zone.cpp), then the area-weighted result.
#include "core/scoring/density_uniformity/density_uniformity.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <glm/common.hpp>
#include <string>
#include <utility>

#include "core/base/assert.hpp"
#include "core/base/text_format.hpp"
#include "core/exemplar/exemplar.hpp"
#include "core/scoring/density_uniformity/density_zone_internal.hpp"
#include "core/scoring/hairline_naturalness/hairline_naturalness.hpp"
#include "core/scoring/score.hpp"
#include "core/spatial/spatial_index.hpp"
#include "core/stats/clark_evans.hpp"
#include "core/stats/empty_space.hpp"
#include "core/stats/merged_pairs.hpp"
#include "core/stats/region_mask.hpp"

namespace smp::core {
namespace {

using SlotId = std::int8_t;  // a zone's position in ZoneSlots::slots; -1: no scored zone
constexpr std::size_t kMaxSlots = 127;

// What the zones need of the kept dots, read in one pass over the healed dots.
// kept_index input i is the i-th kept dot of ctx.healed (see ScoringContext).
struct KeptDots {
  std::vector<double> diameter_mm;  // per kept_index input
  std::vector<int> session;         // per kept_index input
  std::vector<double> ink;          // per kept_index input: darkness x visible area (mm^2)
  int latest_session = 1;           // the latest session of any dot, kept or not
};

KeptDots read_kept_dots(const ScoringContext& ctx) {
  KeptDots kept;
  kept.diameter_mm.reserve(ctx.kept_index.size());
  kept.session.reserve(ctx.kept_index.size());
  for (const HealedDot& h : ctx.healed) {
    kept.latest_session = std::max(kept.latest_session, h.session);
    if (!h.kept) continue;
    kept.diameter_mm.push_back(h.diameter_mm);
    kept.session.push_back(h.session);
    kept.ink.push_back(h.darkness * h.diameter_mm * h.diameter_mm);
  }
  SMP_ASSERT(kept.diameter_mm.size() == ctx.kept_index.size());
  return kept;
}

struct ZoneSlot {
  Zone zone;
  double target;
  RegionMask mask;
  double area;
  std::vector<std::uint32_t> ks;  // canonical positions in kept_index
};

// The target zones with treatable area, and which raster cell belongs to which of them.
struct ZoneSlots {
  std::vector<ZoneSlot> slots;
  std::vector<SlotId> slot_of_cell;  // per zone-raster cell
};

ZoneSlots make_zone_slots(const ScoringContext& ctx, const ZoneRaster& zr) {
  const UniformityParams& p = ctx.params.uniformity;
  ZoneSlots zs;
  zs.slot_of_cell.assign(zr.zone.size(), SlotId{-1});
  for (const auto& [zone, target] : ctx.level.task.target_density_per_cm2) {
    if (zone == Zone::Forehead || zone == Zone::OffHead || !(target > 0.0)) continue;
    RegionMask mask =
        treatable_mask(zr, zone, p.treat_min_loss_fraction, p.treat_min_share_of_zone);
    SMP_ASSERT(mask.inside.size() == zs.slot_of_cell.size());
    const double area = mask.area_mm2();
    if (area < p.min_zone_area_mm2) continue;
    SMP_ASSERT(zs.slots.size() < kMaxSlots);
    const auto id = static_cast<SlotId>(zs.slots.size());
    int c0, c1, r0, r1;
    mask.scan_range(c0, c1, r0, r1);
    for (int r = r0; r <= r1; ++r)
      for (int c = c0; c <= c1; ++c) {
        const std::size_t i = mask.index(c, r);
        if (mask.inside[i]) zs.slot_of_cell[i] = id;
      }
    zs.slots.push_back({zone, target, std::move(mask), area, {}});
  }
  return zs;
}

// Which zone each kept dot is in (per canonical position); fills every slot's ks in canonical
// order.
std::vector<SlotId> assign_dots_to_zones(const SpatialIndex& all, const ZoneRaster& zr,
                                         ZoneSlots& zs) {
  std::vector<SlotId> slot_of_k(all.size(), SlotId{-1});
  std::vector<std::size_t> slot_dots(zs.slots.size(), 0);
  const BinQuotient in_cells(zr.cell_mm);
  for (std::size_t k = 0; k < all.size(); ++k) {
    const std::ptrdiff_t c = zr.cell_of(all.canonical_point(k), in_cells);
    if (c < 0) continue;
    const SlotId s = zs.slot_of_cell[static_cast<std::size_t>(c)];
    slot_of_k[k] = s;
    if (s >= 0) ++slot_dots[static_cast<std::size_t>(s)];
  }
  for (std::size_t s = 0; s < zs.slots.size(); ++s) zs.slots[s].ks.reserve(slot_dots[s]);
  for (std::size_t k = 0; k < all.size(); ++k)
    if (slot_of_k[k] >= 0)
      zs.slots[static_cast<std::size_t>(slot_of_k[k])].ks.push_back(static_cast<std::uint32_t>(k));
  return slot_of_k;
}

struct Neighbours {
  std::vector<double> nn_zone;  // nearest same-zone neighbour, per canonical position
  MergedPairs merged;           // over all kept dots
};

// Nearest neighbours inside the same zone (spatstat: the pattern restricted to its window): the
// global neighbour when it is in the same zone, else a search restricted to the zone. Blotches:
// every merged pair once over all kept dots, from the global distances.
Neighbours measure_neighbours(const SpatialIndex& all, std::span<const double> diameter_mm,
                              std::span<const SlotId> slot_of_k, double merge_gap_mm) {
  Neighbours out;
  std::vector<double>& nn = out.nn_zone;
  std::vector<std::uint32_t> nn_which;
  all.nearest_all_canonical(nn, nn_which);
  // Merged pairs read the global distances before the same-zone ones overwrite them in place.
  out.merged = find_merged_pairs(all, diameter_mm, nn, merge_gap_mm);
  for (std::size_t k = 0; k < all.size(); ++k) {
    const SlotId s = slot_of_k[k];
    if (s < 0 || (nn_which[k] < all.size() && slot_of_k[nn_which[k]] == s)) continue;
    double d = 0.0;
    all.nearest_canonical_if(
        all.canonical_point(k), k, [&](std::size_t j) { return slot_of_k[j] == s; }, &d);
    nn[k] = d;
  }
  return out;
}

// Every merged pair goes to the zone of its midpoint (the zone masks are cells of the raster,
// so the raster cell names the zone).
std::vector<std::vector<Vec2>> merged_by_zone(const MergedPairs& merged, const ZoneRaster& zr,
                                              const ZoneSlots& zs) {
  std::vector<std::vector<Vec2>> where(zs.slots.size());
  for (const Vec2& w : merged.where_mm) {
    const std::ptrdiff_t c = zr.cell_of(w);
    const SlotId s = c < 0 ? SlotId{-1} : zs.slot_of_cell[static_cast<std::size_t>(c)];
    if (s >= 0) where[static_cast<std::size_t>(s)].push_back(w);
  }
  return where;
}

// The session of every kept dot in canonical order (one gather, not one per zone).
std::vector<int> sessions_in_canonical_order(const SpatialIndex& all, const KeptDots& kept,
                                             int sessions_total) {
  std::vector<int> session_of_k(all.size());
  for (std::size_t k = 0; k < all.size(); ++k)
    session_of_k[k] = std::clamp(kept.session[all.canonical_index(k)], 1, sessions_total);
  return session_of_k;
}

// The ink of every kept dot in canonical order.
std::vector<double> ink_in_canonical_order(const SpatialIndex& all, const KeptDots& kept) {
  std::vector<double> ink_of_k(all.size());
  for (std::size_t k = 0; k < all.size(); ++k) ink_of_k[k] = kept.ink[all.canonical_index(k)];
  return ink_of_k;
}

// Empty space: one distance field for all zones, at the finest spacing any zone asks for, and
// only inside the scored zones (holes are looked for nowhere else).
EmptySpaceField empty_space_for_zones(const SpatialIndex& all, const ZoneRaster& zr,
                                      const ZoneSlots& zs, double plan_share,
                                      const UniformityParams& p) {
  if (zs.slots.empty()) return EmptySpaceField{};
  double min_spacing = 0.0;
  RectMm field_area{Vec2(1e300), Vec2(-1e300)};
  for (const ZoneSlot& z : zs.slots) {
    const double lam = z.target * plan_share / 100.0;
    const double s_mm = d_hex_mm(lam > 0.0 ? lam : 0.01);
    min_spacing = min_spacing == 0.0 ? s_mm : std::min(min_spacing, s_mm);
    const RectMm b = z.mask.bounds_mm();
    field_area.min_mm = glm::min(field_area.min_mm, b.min_mm - Vec2(p.hole_factor * s_mm));
    field_area.max_mm = glm::max(field_area.max_mm, b.max_mm + Vec2(p.hole_factor * s_mm));
  }
  RegionMask scored;
  scored.origin_mm = zr.origin_mm;
  scored.cell_mm = zr.cell_mm;
  scored.cols = zr.cols;
  scored.rows = zr.rows;
  scored.inside.resize(zs.slot_of_cell.size());
  for (std::size_t i = 0; i < zs.slot_of_cell.size(); ++i)
    scored.inside[i] = zs.slot_of_cell[i] >= 0;
  return empty_space_field(all, field_area, p.hole_grid_fraction * min_spacing,
                           std::clamp<std::size_t>(3 * all.size(), 250'000, 4'000'000), &scored);
}

struct ZoneTotals {
  double area_mm2 = 0.0;
  std::size_t dots = 0;
  double score_times_area = 0.0;
  double worst_zone = 100.0;
};

// Every zone through score_zone: its stats into res.groups, its words and spots into res.
ZoneTotals score_zones(const uniformity_detail::SharedInput& shared, ZoneSlots& zs,
                       std::vector<std::vector<Vec2>>& merged_where, MetricResult& res) {
  SMP_ASSERT(merged_where.size() == zs.slots.size());
  ZoneTotals totals;
  uniformity_detail::ScratchBuffers scratch;
  for (std::size_t s = 0; s < zs.slots.size(); ++s) {
    ZoneSlot& slot = zs.slots[s];
    uniformity_detail::ZoneInput zone_in{slot.zone, slot.target, slot.mask,
                                         slot.area, slot.ks,     std::move(merged_where[s])};
    std::vector<Stat> g = uniformity_detail::score_zone(shared, zone_in, scratch, res);
    const double zone_score = g.back().value;  // score_zone ends its stats with the score
    res.groups[std::string(zone_name(slot.zone))] = std::move(g);
    totals.area_mm2 += slot.area;
    totals.dots += slot.ks.size();
    totals.score_times_area += zone_score * slot.area;
    // Not the hairline band: it follows the natural hairline, not the plan, and on a lowered
    // plan even the expert's band reads short (issue 10 part 3); hairline_naturalness judges it.
    if (slot.zone != Zone::HairlineBand)
      totals.worst_zone = std::min(totals.worst_zone, zone_score);
  }
  return totals;
}

// The area-weighted score, the metric's stats, and the praise when nothing needed a word.
void finish_result(const ZoneTotals& t, double plan_share, int latest_session, int sessions_total,
                   double pass_mark, double worst_zone_margin, MetricResult& res) {
  res.score = std::min(t.score_times_area / t.area_mm2, t.worst_zone + worst_zone_margin);
  res.passed = res.score >= pass_mark;
  res.stats = {{"zones", static_cast<double>(res.groups.size())},
               {"area_mm2", t.area_mm2},
               {"dots", static_cast<double>(t.dots)},
               {"density_per_cm2", static_cast<double>(t.dots) / t.area_mm2 * 100.0},
               {"planned_share", plan_share},
               {"sessions_planned", static_cast<double>(sessions_total)},
               {"latest_session_with_dots", static_cast<double>(latest_session)}};
  // First: it explains the shortfalls the zones' sentences name.
  if (t.dots > 0 && latest_session < sessions_total)
    res.feedback.insert(
        res.feedback.begin(),
        latest_session + 1 == sessions_total
            ? fmt("Session %d placed no dots: the plan asks for the full density by the last "
                  "session, and the zones are judged against it.",
                  sessions_total)
            : fmt("Sessions %d-%d placed no dots: the plan asks for the full density by the last "
                  "session, and the zones are judged against it.",
                  latest_session + 1, sessions_total));
  if (res.feedback.empty())
    res.feedback.push_back(fmt("Even, natural-looking density across %zu zone%s.",
                               res.groups.size(), res.groups.size() == 1 ? "" : "s"));
}

}  // namespace

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
  const SpatialIndex& all = ctx.kept_index;
  const KeptDots kept = read_kept_dots(ctx);
  // A graded attempt is a finished one (the window grades after the last session or when the
  // exam's time is up): it is judged against the level's whole plan, however many of its sessions
  // placed dots. Reading the plan share from the latest session with a dot let one session of work
  // and empty later sessions pass at a third of the density.
  const int sessions_total = std::max(1, ctx.level.task.sessions);
  const double plan_share = planned_density_share(sessions_total, sessions_total, p);

  ZoneSlots zs = make_zone_slots(ctx, zr);
  const std::vector<SlotId> slot_of_k = assign_dots_to_zones(all, zr, zs);
  const Neighbours nb = measure_neighbours(all, kept.diameter_mm, slot_of_k, p.merge_gap_mm);
  std::vector<std::vector<Vec2>> merged_where = merged_by_zone(nb.merged, zr, zs);
  const std::vector<int> session_of_k = sessions_in_canonical_order(all, kept, sessions_total);
  const std::vector<double> ink_of_k = ink_in_canonical_order(all, kept);
  const EmptySpaceField field = empty_space_for_zones(all, zr, zs, plan_share, p);

  // The shade is read against the expert's plan for the hairline the work is judged against.
  const FieldGrid plan =
      planned_density_map(ctx.level, ctx.scalp, ctx.params, zr,
                          planned_hairline(ctx.level, ctx.scalp, ctx.attempt), p.edge_band_mm);
  const uniformity_detail::SharedInput shared{ctx,   all,   nb.nn_zone,     session_of_k, ink_of_k,
                                              field, &plan, sessions_total, plan_share};
  const ZoneTotals totals = score_zones(shared, zs, merged_where, res);
  if (totals.area_mm2 <= 0.0) {
    res.applicable = false;
    res.feedback.push_back("The targeted zones have no treatable area on this client.");
    return res;
  }
  finish_result(totals, plan_share, kept.latest_session, sessions_total, mark.pass_mark,
                p.worst_zone_margin, res);
  return res;
}

}  // namespace smp::core
