#include "core/scoring/density_uniformity.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <string>

#include "core/rng.hpp"
#include "core/scoring/point_stats.hpp"
#include "core/scoring/score.hpp"
#include "core/scoring/spatial_index.hpp"
#include "core/text_format.hpp"

namespace smp::core {
namespace {

double clamp01(double v) {
  return std::clamp(v, 0.0, 1.0);
}
// 100 inside [good_lo, good_hi], falling linearly to 0 at zero_lo / zero_hi.
double band(double v, double zero_lo, double good_lo, double good_hi, double zero_hi) {
  if (v < good_lo)
    return good_lo > zero_lo ? 100.0 * clamp01((v - zero_lo) / (good_lo - zero_lo)) : 0.0;
  if (v > good_hi)
    return zero_hi > good_hi ? 100.0 * clamp01((zero_hi - v) / (zero_hi - good_hi)) : 0.0;
  return 100.0;
}
// 100 at or below good, 0 at or above zero.
double falling(double v, double good, double zero) {
  return zero > good ? 100.0 * clamp01((zero - v) / (zero - good)) : (v <= good ? 100.0 : 0.0);
}

std::string zone_label(Zone z) {
  std::string s(zone_name(z));
  std::replace(s.begin(), s.end(), '_', ' ');
  return "the " + s;
}

std::string place(Vec2 centre, Vec2 p) {
  const double d = glm::length(p - centre);
  if (d < 5.0) return "near its centre";
  return fmt("at %d o'clock, %.0f mm from its centre", clock_hour(centre, p), d);
}

struct Part {
  const char* key;
  double score;
  double weight;
  bool critical;
};

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
  for (std::size_t k = 0; k < all.size(); ++k) {
    const std::ptrdiff_t c = zr.cell_of(all.canonical_point(k));
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
  // One set of per-zone buffers for all zones: at a million dots, fresh ones per zone cost more
  // in page faults than their filling.
  std::vector<Vec2> pts;
  std::vector<double> nn;
  for (ZoneSlot& slot : slots) {
    const Zone zone = slot.zone;
    const double target = slot.target;
    const RegionMask& mask = slot.mask;
    const double area = slot.area;
    const std::string label = zone_label(zone);
    const Vec2 centre = mask.centroid_mm();
    pts.clear();
    nn.clear();
    pts.reserve(slot.ks.size());
    nn.reserve(slot.ks.size());
    std::vector<int> session_count(static_cast<std::size_t>(sessions_done) + 1, 0);
    for (std::uint32_t k : slot.ks) {
      pts.push_back(all.canonical_point(k));
      nn.push_back(nn_zone[k]);
      ++session_count[static_cast<std::size_t>(session_of_k[k])];
    }
    const std::size_t n = pts.size();
    const double n_d = static_cast<double>(n);
    const double density = n_d / area * 100.0;
    const double expected = target * plan_share;
    std::vector<Stat> g{{"area_mm2", area},
                        {"dots", n_d},
                        {"density_per_cm2", density},
                        {"target_density_per_cm2", target},
                        {"expected_density_per_cm2", expected}};
    std::vector<Part> parts;
    const double ratio = expected > 0.0 ? density / expected : 0.0;
    double density_score = band(ratio, 1.0 - p.density_zero, 1.0 - p.density_tolerance,
                                1.0 + p.density_tolerance, 1.0 + p.density_zero);
    if (density > p.density_cap_per_cm2)
      density_score = std::min(
          density_score, falling(density, p.density_cap_per_cm2, p.density_cap_per_cm2 * 1.3));
    parts.push_back({"density", density_score, p.w_density, true});
    if (density_score < 70.0) {
      const double missing = (expected - density) * area / 100.0;
      if (ratio < 1.0)
        res.feedback.push_back(
            fmt("%s has %.0f dots/cm2 after healing; aim for %.0f (+/-%.0f%%): add about %.0f dots "
                "spread evenly.",
                label.c_str(), density, expected, 100.0 * p.density_tolerance, missing));
      else
        res.feedback.push_back(
            fmt("%s is too dense: %.0f dots/cm2 against %.0f; the dots will merge into a solid "
                "shade. Use about %.0f fewer.",
                label.c_str(), density, expected, -missing));
    }
    // Session plan: the cumulative density after each earlier session (rule 5).
    if (sessions_done >= 2 && sessions_total >= 2) {
      double plan_sum = 0.0;
      int cum = 0;
      for (int s = 1; s < sessions_done; ++s) {
        cum += session_count[static_cast<std::size_t>(s)];
        const double want = target * planned_density_share(s, sessions_total, p);
        const double got = cum / area * 100.0;
        g.push_back({fmt("density_after_session_%d_per_cm2", s), got});
        const double sc =
            band(want > 0 ? got / want : 0.0, 1.0 - p.density_zero, 1.0 - p.density_tolerance,
                 1.0 + p.density_tolerance, 1.0 + p.density_zero);
        if (sc < 70.0)
          res.feedback.push_back(
              fmt("After session %d %s had %.0f%% of its final density; the plan is about %.0f%%: "
                  "build the density up over the sessions.",
                  s, label.c_str(), 100.0 * got / target, 100.0 * want / target));
        plan_sum += sc;
      }
      parts.push_back({"session_plan", plan_sum / (sessions_done - 1), p.w_plan, false});
    }

    if (n_d >= p.min_zone_dots) {
      const ClarkEvans ce = clark_evans(nn, area, mask.perimeter_mm());
      const double cv = coefficient_of_variation(nn);
      g.push_back({"perimeter_mm", ce.perimeter_mm});
      g.push_back({"mean_nn_mm", ce.mean_nn_mm});
      g.push_back({"clark_evans_r", ce.r});
      g.push_back({"clark_evans_r_donnelly", ce.r_donnelly});
      g.push_back({"nn_cv", cv});
      const double r_score = band(ce.r_donnelly, p.r_zero_low, p.r_min, p.r_max, p.r_zero_high);
      parts.push_back({"clark_evans", r_score, p.w_r, true});
      if (r_score < 70.0)
        res.feedback.push_back(
            ce.r_donnelly < p.r_min
                ? fmt("Dots in %s clump together (Clark-Evans R = %.2f; natural stubble is "
                      "%.2f-%.2f): keep an even gap to every neighbour.",
                      label.c_str(), ce.r_donnelly, p.r_min, p.r_max)
                : fmt("Dots in %s are spaced like a grid (R = %.2f; natural is %.2f-%.2f): "
                      "vary the spacing a little.",
                      label.c_str(), ce.r_donnelly, p.r_min, p.r_max));
      const double cv_score =
          band(cv, p.nn_cv_zero_low, p.nn_cv_min, p.nn_cv_max, p.nn_cv_zero_high);
      parts.push_back({"nn_cv", cv_score, p.w_nn_cv, true});
      if (cv_score < 70.0 && r_score >= 70.0)
        res.feedback.push_back(
            fmt("Gaps between neighbouring dots in %s vary too %s (NN-CV %.2f, natural %.2f-%.2f).",
                label.c_str(), cv > p.nn_cv_max ? "much" : "little", cv, p.nn_cv_min, p.nn_cv_max));

      const double lambda = n_d / area;
      const double side = std::sqrt(p.quadrat_expected_dots / lambda);
      Rng rng = Rng(ctx.attempt.seed).fork(0x0ad0 + static_cast<std::uint64_t>(zone));
      const double ox = rng.uniform(0.0, side), oy = rng.uniform(0.0, side);
      const QuadratStats qs = quadrat_stats(pts, mask, side, Vec2(ox, oy));
      g.push_back({"quadrat_cv", qs.cv});
      g.push_back({"quadrat_vmr", qs.vmr});
      // The hairline band ramps from sparse to full by design (rules 10, 13), so its quadrat counts
      // follow the ramp, and its few quadrats make the CV swing 0.2-0.4 with healing luck alone:
      // its evenness is judged by the NN statistics and holes, its ramp by hairline_naturalness.
      if (qs.quadrats >= 4 && zone != Zone::HairlineBand) {
        const double q_score = falling(qs.cv, p.quadrat_cv_good, p.quadrat_cv_zero);
        parts.push_back({"quadrat_cv", q_score, p.w_quadrat, true});
        if (q_score < 70.0) {
          const auto dense = std::max_element(
              qs.cells.begin(), qs.cells.end(),
              [](const QuadratCell& a, const QuadratCell& b) { return a.count < b.count; });
          const auto sparse = std::min_element(
              qs.cells.begin(), qs.cells.end(),
              [](const QuadratCell& a, const QuadratCell& b) { return a.count < b.count; });
          res.feedback.push_back(fmt(
              "Density in %s is patchy (quadrat CV %.2f, good <= %.2f): densest %s, sparsest %s.",
              label.c_str(), qs.cv, p.quadrat_cv_good, place(centre, dense->centre_mm).c_str(),
              place(centre, sparse->centre_mm).c_str()));
          res.spots.push_back({dense->centre_mm, "clump"});
          res.spots.push_back({sparse->centre_mm, "sparse"});
        }
      }

      const double dh = d_hex_mm(lambda);
      std::size_t close = 0;
      for (double d : nn) close += d < p.min_spacing_fraction * dh;
      const double close_share = static_cast<double>(close) / n_d;
      g.push_back({"min_nn_mm", quantile(nn, 0.0)});
      g.push_back({"min_spacing_ratio", quantile(nn, 0.05) / dh});
      g.push_back({"too_close_share", close_share});
      const double c_score = falling(close_share, p.too_close_share_good, p.too_close_share_zero);
      parts.push_back({"min_spacing", c_score, p.w_min_spacing, true});
      if (c_score < 70.0)
        res.feedback.push_back(
            fmt("%.0f%% of the dots in %s sit closer than %.2f mm to a neighbour (half the natural "
                "spacing): leave more room.",
                100.0 * close_share, label.c_str(), p.min_spacing_fraction * dh));

      MergedPairs mp;
      mp.where_mm = std::move(merged_where[static_cast<std::size_t>(&slot - slots.data())]);
      mp.pairs = static_cast<int>(mp.where_mm.size());
      const double merged_share = std::min(1.0, 2.0 * mp.pairs / n_d);
      g.push_back({"merged_pairs", static_cast<double>(mp.pairs)});
      g.push_back({"blotches_per_cm2", mp.pairs / area * 100.0});
      const double m_score = falling(merged_share, p.merged_share_good, p.merged_share_zero);
      parts.push_back({"merged", m_score, p.w_merged, true});
      if (mp.pairs > 0 && m_score < 70.0)
        res.feedback.push_back(fmt(
            "%d pairs of dots in %s touch or nearly touch (gap < %.1f mm) and heal as blotches.",
            mp.pairs, label.c_str(), p.merge_gap_mm));
      for (std::size_t i = 0; i < mp.where_mm.size() && i < 20; ++i)
        res.spots.push_back({mp.where_mm[i], "blotch"});

      // Tiles hold ~order_tile_dots of the points actually used (subsampled beyond the cap).
      const double used = std::min(1.0, p.order_max_points / n_d);
      const OrientationalOrder oo = orientational_order(
          all, slot.ks, mask.bounds_mm().min_mm, std::sqrt(p.order_tile_dots / (lambda * used)),
          static_cast<int>(p.order_min_tile_points), static_cast<std::size_t>(p.order_max_points));
      g.push_back({"psi2", oo.psi2});
      g.push_back({"psi4", oo.psi4});
      g.push_back({"psi6", oo.psi6});
      g.push_back({"row_order", oo.order});
      if (!oo.tiles.empty()) {
        const double o_score = falling(oo.order, p.order_good, p.order_zero);
        parts.push_back({"rows", o_score, p.w_rows, true});
        const OrderTile* worst = nullptr;
        for (const OrderTile& t : oo.tiles) {
          if (t.order > p.order_zero) res.spots.push_back({t.centre_mm, "grid_rows"});
          if (!worst || t.order > worst->order) worst = &t;
        }
        if (o_score < 70.0 && worst)
          res.feedback.push_back(
              fmt("Dots in %s line up in rows or a grid (order %.2f, natural < %.2f), most clearly "
                  "%s: place each dot off the line of its neighbours.",
                  label.c_str(), oo.order, p.order_good, place(centre, worst->centre_mm).c_str()));
      }
    }

    // Holes against the spacing the plan asks for at this stage (rule 10).
    const double spacing = d_hex_mm((expected > 0.0 ? expected : std::max(density, 1.0)) / 100.0);
    const double thr = p.hole_factor * spacing;
    const auto holes = find_holes(field, all, mask, thr);
    double excess = 0.0, largest = 0.0;
    for (const Hole& h : holes) {
      excess += (h.diameter_mm / thr) * (h.diameter_mm / thr) - 1.0;
      largest = std::max(largest, h.diameter_mm);
    }
    g.push_back({"holes", static_cast<double>(holes.size())});
    g.push_back({"largest_hole_mm", largest});
    const double h_score =
        std::min(falling(excess / area * 100.0, p.hole_rate_good, p.hole_rate_zero),
                 falling(largest / spacing, p.hole_largest_good, p.hole_largest_zero));
    parts.push_back({"holes", h_score, p.w_holes, true});
    for (std::size_t i = 0; i < holes.size(); ++i) {
      if (i < 50) res.spots.push_back({holes[i].centre_mm, "gap"});
      if (i < 3 && h_score < 90.0 && holes[i].diameter_mm > 1.5 * thr)
        res.feedback.push_back(fmt("%s has a %.1f mm gap %s.", label.c_str(), holes[i].diameter_mm,
                                   place(centre, holes[i].centre_mm).c_str()));
    }

    double wsum = 0.0, ssum = 0.0, worst = 100.0;
    for (const Part& part : parts) {
      wsum += part.weight;
      ssum += part.weight * part.score;
      if (part.critical) worst = std::min(worst, part.score);
      g.push_back({std::string("score_") + part.key, part.score});
    }
    const double zone_score = std::min(wsum > 0.0 ? ssum / wsum : 0.0, worst + p.critical_margin);
    g.push_back({"score", zone_score});
    res.groups[std::string(zone_name(zone))] = std::move(g);
    area_total += area;
    dots_total += n;
    score_area += zone_score * area;
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
