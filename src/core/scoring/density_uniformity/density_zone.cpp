#include "core/scoring/density_uniformity/density_zone_internal.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <glm/geometric.hpp>
#include <string>

#include "core/base/rng.hpp"
#include "core/base/text_format.hpp"
#include "core/scoring/density_uniformity/density_uniformity.hpp"
#include "core/scoring/score.hpp"
#include "core/scoring/score_curves.hpp"
#include "core/spatial/spatial_index.hpp"
#include "core/stats/clark_evans.hpp"
#include "core/stats/empty_space.hpp"
#include "core/stats/merged_pairs.hpp"
#include "core/stats/orientational_order.hpp"
#include "core/stats/quadrats.hpp"
#include "core/stats/region_mask.hpp"
#include "core/stats/summary.hpp"

namespace smp::core::uniformity_detail {
namespace {

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

}  // namespace

std::vector<Stat> score_zone(const SharedInput& in, ZoneInput& zone_in, ScratchBuffers& scratch,
                             MetricResult& res) {
  const ScoringContext& ctx = in.ctx;
  const UniformityParams& p = ctx.params.uniformity;
  const SpatialIndex& all = in.all;
  const std::span<const double> nn_zone = in.nn_zone;
  const std::span<const int> session_of_k = in.session_of_k;
  const EmptySpaceField& field = in.field;
  const int sessions_done = in.sessions_done, sessions_total = in.sessions_total;
  const double plan_share = in.plan_share;
  std::vector<Vec2>& pts = scratch.pts;
  std::vector<double>& nn = scratch.nn;
  const Zone zone = zone_in.zone;
  const double target = zone_in.target_density_per_cm2;
  const RegionMask& mask = zone_in.mask;
  const double area = zone_in.area_mm2;
  const std::string label = zone_label(zone);
  const Vec2 centre = mask.centroid_mm();
  pts.clear();
  nn.clear();
  pts.reserve(zone_in.ks.size());
  nn.reserve(zone_in.ks.size());
  std::vector<int> session_count(static_cast<std::size_t>(sessions_done) + 1, 0);
  for (std::uint32_t k : zone_in.ks) {
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
  std::vector<ScorePart> parts;
  const double ratio = expected > 0.0 ? density / expected : 0.0;
  double density_score = band_score(ratio, 1.0 - p.density_zero, 1.0 - p.density_tolerance,
                                    1.0 + p.density_tolerance, 1.0 + p.density_zero);
  if (density > p.density_cap_per_cm2)
    density_score = std::min(
        density_score, ramp_score(density, p.density_cap_per_cm2, p.density_cap_per_cm2 * 1.3));
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
          band_score(want > 0 ? got / want : 0.0, 1.0 - p.density_zero, 1.0 - p.density_tolerance,
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
    const double r_score = band_score(ce.r_donnelly, p.r_zero_low, p.r_min, p.r_max, p.r_zero_high);
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
        band_score(cv, p.nn_cv_zero_low, p.nn_cv_min, p.nn_cv_max, p.nn_cv_zero_high);
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
      const double q_score = ramp_score(qs.cv, p.quadrat_cv_good, p.quadrat_cv_zero);
      parts.push_back({"quadrat_cv", q_score, p.w_quadrat, true});
      if (q_score < 70.0) {
        const auto dense = std::max_element(
            qs.cells.begin(), qs.cells.end(),
            [](const QuadratCell& a, const QuadratCell& b) { return a.count < b.count; });
        const auto sparse = std::min_element(
            qs.cells.begin(), qs.cells.end(),
            [](const QuadratCell& a, const QuadratCell& b) { return a.count < b.count; });
        res.feedback.push_back(
            fmt("Density in %s is patchy (quadrat CV %.2f, good <= %.2f): densest %s, sparsest %s.",
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
    const double c_score = ramp_score(close_share, p.too_close_share_good, p.too_close_share_zero);
    parts.push_back({"min_spacing", c_score, p.w_min_spacing, true});
    if (c_score < 70.0)
      res.feedback.push_back(
          fmt("%.0f%% of the dots in %s sit closer than %.2f mm to a neighbour (half the natural "
              "spacing): leave more room.",
              100.0 * close_share, label.c_str(), p.min_spacing_fraction * dh));

    MergedPairs mp;
    mp.where_mm = std::move(zone_in.merged_where);
    mp.pairs = static_cast<int>(mp.where_mm.size());
    const double merged_share = std::min(1.0, 2.0 * mp.pairs / n_d);
    g.push_back({"merged_pairs", static_cast<double>(mp.pairs)});
    g.push_back({"blotches_per_cm2", mp.pairs / area * 100.0});
    const double m_score = ramp_score(merged_share, p.merged_share_good, p.merged_share_zero);
    parts.push_back({"merged", m_score, p.w_merged, true});
    if (mp.pairs > 0 && m_score < 70.0)
      res.feedback.push_back(
          fmt("%d pairs of dots in %s touch or nearly touch (gap < %.1f mm) and heal as blotches.",
              mp.pairs, label.c_str(), p.merge_gap_mm));
    for (std::size_t i = 0; i < mp.where_mm.size() && i < 20; ++i)
      res.spots.push_back({mp.where_mm[i], "blotch"});

    // Tiles hold ~order_tile_dots of the points actually used (subsampled beyond the cap).
    const double used = std::min(1.0, p.order_max_points / n_d);
    const OrientationalOrder oo = orientational_order(
        all, zone_in.ks, mask.bounds_mm().min_mm, std::sqrt(p.order_tile_dots / (lambda * used)),
        static_cast<int>(p.order_min_tile_points), static_cast<std::size_t>(p.order_max_points));
    g.push_back({"psi2", oo.psi2});
    g.push_back({"psi4", oo.psi4});
    g.push_back({"psi6", oo.psi6});
    g.push_back({"row_order", oo.order});
    if (!oo.tiles.empty()) {
      const double o_score = ramp_score(oo.order, p.order_good, p.order_zero);
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
      std::min(ramp_score(excess / area * 100.0, p.hole_rate_good, p.hole_rate_zero),
               ramp_score(largest / spacing, p.hole_largest_good, p.hole_largest_zero));
  parts.push_back({"holes", h_score, p.w_holes, true});
  for (std::size_t i = 0; i < holes.size(); ++i) {
    if (i < 50) res.spots.push_back({holes[i].centre_mm, "gap"});
    if (i < 3 && h_score < 90.0 && holes[i].diameter_mm > 1.5 * thr)
      res.feedback.push_back(fmt("%s has a %.1f mm gap %s.", label.c_str(), holes[i].diameter_mm,
                                 place(centre, holes[i].centre_mm).c_str()));
  }

  double worst = 100.0;
  for (const ScorePart& part : parts) {
    if (part.critical) worst = std::min(worst, part.score);
    g.push_back({std::string("score_") + part.key, part.score});
  }
  const double zone_score = std::min(weighted_mean(parts), worst + p.critical_margin);
  g.push_back({"score", zone_score});
  return g;
}

}  // namespace smp::core::uniformity_detail
