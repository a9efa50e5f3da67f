// score_zone(): one zone through the four steps (measure, score the parts, feedback and spots,
// stats), and zone_stats(), the zone's numbers in the report's order.
#include <algorithm>
#include <string>
#include <utility>

#include "core/base/text_format.hpp"
#include "core/scoring/density_uniformity/density_zone_internal.hpp"

namespace smp::core::uniformity_detail {
namespace {

void append_spacing_stats(const SpacingStats& sp, double area_mm2, std::vector<Stat>& g) {
  const double pairs = static_cast<double>(sp.merged_where_mm.size());
  g.push_back({"perimeter_mm", sp.clark_evans.perimeter_mm});
  g.push_back({"mean_nn_mm", sp.clark_evans.mean_nn_mm});
  g.push_back({"clark_evans_r", sp.clark_evans.r});
  g.push_back({"clark_evans_r_donnelly", sp.clark_evans.r_donnelly});
  g.push_back({"nn_cv", sp.nn_cv});
  g.push_back({"quadrat_cv", sp.quadrats.cv});
  g.push_back({"quadrat_vmr", sp.quadrats.vmr});
  g.push_back({"min_nn_mm", sp.min_nn_mm});
  g.push_back({"min_spacing_ratio", sp.nn_p05_mm / sp.d_hex_mm});
  g.push_back({"too_close_share", sp.too_close_share});
  g.push_back({"merged_pairs", pairs});
  g.push_back({"blotches_per_cm2", pairs / area_mm2 * 100.0});
  g.push_back({"psi2", sp.order.psi2});
  g.push_back({"psi4", sp.order.psi4});
  g.push_back({"psi6", sp.order.psi6});
  g.push_back({"row_order", sp.order.order});
}

void append_seen_stats(const SeenStats& s, std::vector<Stat>& g) {
  g.push_back({"thin_share", s.thin.low_share});
  g.push_back({"thinnest_window", s.thin.lowest});
  g.push_back({"mottle_share", s.mottle.low_share + s.mottle.high_share});
  const auto patch = [&](const char* key, const WindowExtremes& w) {
    g.push_back({fmt("patch_%s_share", key), w.low_share + w.high_share});
    g.push_back({fmt("patch_%s_lightest", key), w.lowest});
    g.push_back({fmt("patch_%s_darkest", key), w.highest});
  };
  patch("5mm", s.patch_5);
  patch("10mm", s.patch_10);
  patch("20mm", s.patch_20);
  double strongest = 0.0, ratio = 0.0;
  for (const StructureTile& t : s.structure.tiles) {
    strongest = std::max(strongest, t.modulation);
    ratio = std::max(ratio, t.ring_ratio);
  }
  g.push_back({"lines_share", s.lines_share});
  g.push_back({"lines_strongest_modulation", strongest});
  g.push_back({"lines_strongest_ring_ratio", ratio});
}

}  // namespace

std::vector<Stat> zone_stats(const ZoneMeasures& m, std::span<const ScorePart> parts,
                             double score) {
  std::vector<Stat> g{{"area_mm2", m.area_mm2},
                      {"dots", static_cast<double>(m.dots)},
                      {"density_per_cm2", m.density_per_cm2},
                      {"target_density_per_cm2", m.target_density_per_cm2},
                      {"expected_density_per_cm2", m.expected_density_per_cm2}};
  for (const SessionDensity& s : m.sessions)
    g.push_back({fmt("density_after_session_%d_per_cm2", s.session), s.density_per_cm2});
  if (m.spacing) append_spacing_stats(*m.spacing, m.area_mm2, g);
  if (m.seen) append_seen_stats(*m.seen, g);
  g.push_back({"covered_share", m.coverage.coverage.covered_share});
  g.push_back({"holes", static_cast<double>(m.holes.holes.size())});
  g.push_back({"largest_hole_mm", m.holes.largest_mm});
  for (const ScorePart& part : parts) g.push_back({std::string("score_") + part.key, part.score});
  g.push_back({"score", score});
  return g;
}

std::vector<Stat> score_zone(const SharedInput& in, ZoneInput& zone_in, ScratchBuffers& scratch,
                             MetricResult& res) {
  const UniformityParams& p = in.ctx.params.uniformity;
  const ZoneMeasures measures = measure_zone(in, zone_in, scratch);
  const ZoneScores scores = score_zone_parts(measures, p);
  const std::vector<ScorePart> parts = zone_score_parts(scores, p);
  for (std::string& sentence : zone_feedback(measures, scores, p))
    res.feedback.push_back(std::move(sentence));
  for (Spot& spot : zone_spots(measures, scores, p)) res.spots.push_back(std::move(spot));
  return zone_stats(measures, parts, zone_score(parts, p));
}

}  // namespace smp::core::uniformity_detail
