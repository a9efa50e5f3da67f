// zone_feedback() and zone_spots(): the sentences a trainee reads about one zone and the places
// marked on the overlay, from the zone's statistics and part scores. A part under 70 is worded.
#include <algorithm>
#include <cstddef>
#include <glm/geometric.hpp>
#include <string>
#include <utility>

#include "core/base/assert.hpp"
#include "core/base/text_format.hpp"
#include "core/scalp/zone_raster.hpp"
#include "core/scoring/density_uniformity/density_zone_internal.hpp"

namespace smp::core::uniformity_detail {
namespace {

constexpr double kWordedBelow = 70.0;   // a part scoring under this gets a sentence
constexpr double kNextGapShare = 0.25;  // a second gap is named when at least this share of the
                                        // largest: slivers along an edge are not worth a word

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

bool worded(const std::optional<double>& score) {
  return score && *score < kWordedBelow;
}

// The first quadrat with the most dots and the first with the fewest.
std::pair<const QuadratCell*, const QuadratCell*> densest_and_sparsest(const QuadratStats& qs) {
  SMP_ASSERT(!qs.cells.empty());
  const auto by_count = [](const QuadratCell& a, const QuadratCell& b) {
    return a.count < b.count;
  };
  return {&*std::max_element(qs.cells.begin(), qs.cells.end(), by_count),
          &*std::min_element(qs.cells.begin(), qs.cells.end(), by_count)};
}

// The first tile with the strongest order; null without tiles.
const OrderTile* most_ordered_tile(const OrientationalOrder& oo) {
  const OrderTile* worst = nullptr;
  for (const OrderTile& t : oo.tiles)
    if (!worst || t.order > worst->order) worst = &t;
  return worst;
}

void density_feedback(const ZoneMeasures& m, const ZoneScores& s, const UniformityParams& p,
                      const std::string& label, std::vector<std::string>& out) {
  if (s.density < kWordedBelow) {
    const double missing = (m.expected_density_per_cm2 - m.density_per_cm2) * m.area_mm2 / 100.0;
    if (s.density_ratio < 1.0)
      out.push_back(
          fmt("%s has %.0f dots/cm2 after healing; aim for %.0f (+/-%.0f%%): add about %.0f dots "
              "spread evenly.",
              label.c_str(), m.density_per_cm2, m.expected_density_per_cm2,
              100.0 * p.density_tolerance, missing));
    else
      out.push_back(
          fmt("%s is too dense: %.0f dots/cm2 against %.0f; the dots will merge into a solid "
              "shade. Use about %.0f fewer.",
              label.c_str(), m.density_per_cm2, m.expected_density_per_cm2, -missing));
  }
  // Session plan: the cumulative density after each earlier session (notes R5).
  SMP_ASSERT(s.session_plan.size() == m.sessions.size());
  for (std::size_t i = 0; i < m.sessions.size(); ++i) {
    const SessionDensity& sd = m.sessions[i];
    if (s.session_plan[i] < kWordedBelow)
      out.push_back(
          fmt("After session %d %s had %.0f%% of its final density; the plan is about %.0f%%: "
              "build the density up over the sessions.",
              sd.session, label.c_str(), 100.0 * sd.density_per_cm2 / m.target_density_per_cm2,
              100.0 * sd.planned_per_cm2 / m.target_density_per_cm2));
  }
}

// A zone short of dots, or with areas the dots do not reach: how much of it they cover and where
// the largest gaps are, so that a partial fill reads as one.
void coverage_feedback(const ZoneMeasures& m, const ZoneScores& s, const UniformityParams& p,
                       const std::string& label, std::vector<std::string>& out) {
  const Coverage& c = m.coverage.coverage;
  const bool short_of_dots = s.density < kWordedBelow && s.density_ratio < 1.0;
  // The hairline band ramps from bare in front to full by design (notes R10, R13): its unreached
  // front is no gap, so there the share is worded only with a short density.
  const bool alone_ok = m.zone != Zone::HairlineBand;
  if (!short_of_dots && (c.covered_share >= p.coverage_worded_below || !alone_ok)) return;
  std::string sentence = fmt("Dots in %s cover %.0f%% of its area (within %.1f mm of a dot)",
                             label.c_str(), 100.0 * c.covered_share, m.coverage.reach_mm);
  if (c.covered_share >= p.coverage_worded_below || c.gaps.empty()) {
    out.push_back(sentence + ": they are spread over the whole zone, only too far apart.");
    return;
  }
  const auto gap_place = [&](const EmptyArea& g) {
    return fmt("%s (%.0f, %.0f mm), about %.1f cm2", label.c_str(), g.deepest_mm.x, g.deepest_mm.y,
               g.area_mm2 / 100.0);
  };
  sentence += "; the largest gap is in " + gap_place(c.gaps.front());
  if (c.gaps.size() > 1 && c.gaps[1].area_mm2 >= kNextGapShare * c.gaps[0].area_mm2)
    sentence += ", the next in " + gap_place(c.gaps[1]);
  out.push_back(sentence + ": fill the gaps at the planned density.");
}

void spacing_feedback(const ZoneMeasures& m, const SpacingStats& sp, const ZoneScores& s,
                      const UniformityParams& p, const std::string& label,
                      std::vector<std::string>& out) {
  const double r = sp.clark_evans.r_donnelly;
  if (worded(s.clark_evans))
    out.push_back(r < p.r_min
                      ? fmt("Dots in %s clump together (Clark-Evans R = %.2f; natural stubble is "
                            "%.2f-%.2f): keep an even gap to every neighbour.",
                            label.c_str(), r, p.r_min, p.r_max)
                      : fmt("Dots in %s are spaced like a grid (R = %.2f; natural is %.2f-%.2f): "
                            "vary the spacing a little.",
                            label.c_str(), r, p.r_min, p.r_max));
  if (worded(s.nn_cv) && !worded(s.clark_evans))  // the clumping sentence says enough
    out.push_back(
        fmt("Gaps between neighbouring dots in %s vary too %s (NN-CV %.2f, natural %.2f-%.2f).",
            label.c_str(), sp.nn_cv > p.nn_cv_max ? "much" : "little", sp.nn_cv, p.nn_cv_min,
            p.nn_cv_max));
  if (worded(s.quadrat_cv)) {
    const auto [dense, sparse] = densest_and_sparsest(sp.quadrats);
    out.push_back(
        fmt("Density in %s is patchy (quadrat CV %.2f, good <= %.2f): densest %s, sparsest %s.",
            label.c_str(), sp.quadrats.cv, p.quadrat_cv_good,
            place(m.centre_mm, dense->centre_mm).c_str(),
            place(m.centre_mm, sparse->centre_mm).c_str()));
  }
  if (worded(s.min_spacing))
    out.push_back(
        fmt("%.0f%% of the dots in %s sit closer than %.2f mm to a neighbour (%.0f%% of the "
            "%.2f mm spacing the plan asks for): leave more room.",
            100.0 * sp.too_close_share, label.c_str(), sp.too_close_mm,
            100.0 * p.min_spacing_fraction, sp.planned_spacing_mm));
  const int pairs = static_cast<int>(sp.merged_where_mm.size());
  if (pairs > 0 && worded(s.merged))
    out.push_back(
        fmt("%d pairs of dots in %s touch or nearly touch (gap < %.1f mm) and heal as blotches.",
            pairs, label.c_str(), p.merge_gap_mm));
  const OrderTile* worst = most_ordered_tile(sp.order);
  if (worded(s.rows) && worst)
    out.push_back(fmt(
        "Dots in %s line up in rows or a grid (order %.2f, natural < %.2f), most clearly "
        "%s: place each dot off the line of its neighbours.",
        label.c_str(), sp.order.order, p.order_good, place(m.centre_mm, worst->centre_mm).c_str()));
}

// The healed look: see-through spots, mottle, patches and lines, each with where it shows most.
void seen_feedback(const ZoneMeasures& m, const SeenStats& seen, const ZoneScores& s,
                   const UniformityParams& p, const std::string& label,
                   std::vector<std::string>& out) {
  if (worded(s.thin))
    out.push_back(
        fmt("Bare skin shows through the dots in %.0f%% of %s (%.1f mm spots with under "
            "%.0f%% of its shade), most clearly %s: close the gaps between passes.",
            100.0 * seen.thin.low_share, label.c_str(), seen.thin.side_mm, 100.0 * p.thin_below,
            place(m.centre_mm, seen.thin.lowest_mm).c_str()));
  if (worded(s.mottle))
    out.push_back(
        fmt("The shade of %s is blotchy: %.0f%% of its %.1f mm spots are over %.0f%% "
            "lighter or darker than the rest (darkest %s): keep the same gap to every "
            "neighbour, no clusters.",
            label.c_str(), 100.0 * (seen.mottle.low_share + seen.mottle.high_share),
            seen.mottle.side_mm, 100.0 * p.mottle_off,
            place(m.centre_mm, seen.mottle.highest_mm).c_str()));
  if (worded(s.patches)) {
    const WindowExtremes* worst = &seen.patch_5;
    double off = p.patch_5_off;
    const std::pair<const WindowExtremes*, double> scales[] = {{&seen.patch_10, p.patch_10_off},
                                                               {&seen.patch_20, p.patch_20_off}};
    for (const auto& [w, o] : scales)
      if (w->low_share + w->high_share > worst->low_share + worst->high_share) worst = w, off = o;
    out.push_back(
        fmt("%s has lighter and darker patches about %.1f mm across (%.0f%% of it over "
            "%.0f%% off its shade), lighter %s, darker %s: even out the density.",
            label.c_str(), worst->side_mm, 100.0 * (worst->low_share + worst->high_share),
            100.0 * off, place(m.centre_mm, worst->lowest_mm).c_str(),
            place(m.centre_mm, worst->highest_mm).c_str()));
  }
  if (worded(s.lines) && !seen.line_tiles.empty()) {
    const StructureTile* strongest = &seen.structure.tiles[seen.line_tiles.front()];
    for (std::size_t i : seen.line_tiles)
      if (seen.structure.tiles[i].modulation > strongest->modulation)
        strongest = &seen.structure.tiles[i];
    out.push_back(
        fmt("The dots in %s form visible lines or a grid over %.0f%% of it (every "
            "%.1f mm), most clearly %s: vary the direction of each pass and place each "
            "dot off the line of its neighbours.",
            label.c_str(), 100.0 * seen.lines_share, strongest->period_mm,
            place(m.centre_mm, strongest->centre_mm).c_str()));
  }
}

// Whether hole i is one worth a sentence (and a mark): wide, in a zone whose holes cost points.
bool worded_hole(const ZoneMeasures& m, const ZoneScores& s, std::size_t i) {
  const HoleStats& h = m.holes;
  return s.holes < 90.0 && h.holes[i].diameter_mm > 1.5 * h.threshold_mm;
}

void holes_feedback(const ZoneMeasures& m, const ZoneScores& s, const std::string& label,
                    std::vector<std::string>& out) {
  const HoleStats& h = m.holes;
  std::size_t worded_holes = 0;
  for (std::size_t i = 0; i < h.holes.size() && i < 50; ++i) {
    if (!worded_hole(m, s, i)) continue;
    if (++worded_holes <= 3)
      out.push_back(fmt("%s has a %.1f mm gap %s.", label.c_str(), h.holes[i].diameter_mm,
                        place(m.centre_mm, h.holes[i].centre_mm).c_str()));
  }
  if (worded_holes > 3)
    out.push_back(
        fmt("%s has %zu more such gaps, marked on the scalp.", label.c_str(), worded_holes - 3));
}

}  // namespace

std::vector<std::string> zone_feedback(const ZoneMeasures& m, const ZoneScores& s,
                                       const UniformityParams& p) {
  const std::string label = zone_label(m.zone);
  std::vector<std::string> out;
  density_feedback(m, s, p, label, out);
  coverage_feedback(m, s, p, label, out);
  if (m.spacing) spacing_feedback(m, *m.spacing, s, p, label, out);
  if (m.seen) seen_feedback(m, *m.seen, s, p, label, out);
  holes_feedback(m, s, label, out);
  return out;
}

std::vector<Spot> zone_spots(const ZoneMeasures& m, const ZoneScores& s,
                             const UniformityParams& p) {
  std::vector<Spot> out;
  if (m.spacing) {
    const SpacingStats& sp = *m.spacing;
    if (worded(s.quadrat_cv)) {
      const auto [dense, sparse] = densest_and_sparsest(sp.quadrats);
      out.push_back({dense->centre_mm, "clump"});
      out.push_back({sparse->centre_mm, "sparse"});
    }
    // Marked only where a sentence speaks of them (merge_spots folds the many into a few).
    if (worded(s.merged))
      for (std::size_t i = 0; i < sp.merged_where_mm.size() && i < 200; ++i)
        out.push_back({sp.merged_where_mm[i], "blotch"});
    if (worded(s.rows) && most_ordered_tile(sp.order))
      for (const OrderTile& t : sp.order.tiles)
        if (t.order > p.order_zero) out.push_back({t.centre_mm, "grid_rows"});
  }
  if (m.seen) {
    const SeenStats& seen = *m.seen;
    const auto mark = [&](const std::vector<Vec2>& where, const char* kind) {
      for (std::size_t i = 0; i < where.size() && i < 200; ++i) out.push_back({where[i], kind});
    };
    if (worded(s.thin)) mark(seen.thin.low_where_mm, "see_through");
    if (worded(s.mottle)) {
      mark(seen.mottle.low_where_mm, "mottle");
      mark(seen.mottle.high_where_mm, "mottle");
    }
    if (worded(s.patches))
      for (const WindowExtremes* w : {&seen.patch_5, &seen.patch_10, &seen.patch_20}) {
        mark(w->low_where_mm, "light_patch");
        mark(w->high_where_mm, "dark_patch");
      }
    if (worded(s.lines))
      for (std::size_t i : seen.line_tiles)
        out.push_back({seen.structure.tiles[i].centre_mm, "lines"});
  }
  for (std::size_t i = 0; i < m.holes.holes.size() && i < 50; ++i)
    if (worded_hole(m, s, i)) out.push_back({m.holes.holes[i].centre_mm, "gap"});
  return out;
}

}  // namespace smp::core::uniformity_detail
