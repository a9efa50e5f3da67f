#include "core/scoring/score.hpp"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "core/base/assert.hpp"
#include "core/healing/healing.hpp"
#include "core/scalp/zone_raster.hpp"
#include "core/scoring/colour_match/colour_match.hpp"
#include "core/scoring/density_uniformity/density_uniformity.hpp"
#include "core/scoring/depth_control/depth_control.hpp"
#include "core/scoring/hairline_naturalness/hairline_naturalness.hpp"
#include "core/scoring/scar_coverage/scar_coverage.hpp"
#include "core/scoring/spot_kinds.hpp"
#include "core/spatial/spatial_index.hpp"

namespace smp::core {
namespace {

constexpr MetricId kOrder[kMetricCount] = {MetricId::DensityUniformity,
                                           MetricId::HairlineNaturalness, MetricId::ScarCoverage,
                                           MetricId::ColourMatch, MetricId::DepthControl};

const char* contraindication_text(Contraindication c) {
  switch (c) {
    case Contraindication::KeloidOrHypertrophicScarring:
      return "keloid or hypertrophic scarring";
    case Contraindication::ActivePsoriasisEczemaOrDermatitis:
      return "active psoriasis, eczema or dermatitis";
    case Contraindication::ActiveAcneInArea:
      return "active acne in the area";
    case Contraindication::Sunburn:
      return "sunburn";
    case Contraindication::ExcessivelyOilyScalp:
      return "an excessively oily scalp";
    case Contraindication::BloodThinnersOrBleedingDisorder:
      return "blood thinners or a bleeding disorder";
    case Contraindication::Pregnancy:
      return "pregnancy";
    case Contraindication::RecentChemotherapy:
      return "recent chemotherapy";
    case Contraindication::ScalpInfection:
      return "a scalp infection";
    case Contraindication::MolesOrLesionsInArea:
      return "moles or lesions in the area";
    case Contraindication::TemporaryAlopeciaMayRegrow:
      return "hair loss that may regrow";
    case Contraindication::ScarTooFresh:
      return "a scar younger than 6 months";
  }
  return "a contraindication";
}

std::string decline_reason(const ClientProfile& c) {
  std::string r;
  for (Contraindication x : c.contraindications) {
    if (!r.empty()) r += ", ";
    r += contraindication_text(x);
  }
  if (c.skin_condition == SkinCondition::KeloidTendency)
    r += r.empty() ? "a keloid tendency" : ", a keloid tendency";
  if (c.skin_condition == SkinCondition::ActiveInflammation)
    r += r.empty() ? "active inflammation" : ", active inflammation";
  return r.empty() ? std::string("the case notes") : r;
}

Report decision_report(const Level& level, double score, bool passed, std::string sentence) {
  Report r;
  r.level_id = level.id;
  r.scoring_version = kScoringVersion;
  r.overall_score = score;
  r.passed = passed;
  r.summary.push_back(std::move(sentence));
  for (MetricId id : kOrder) {
    MetricResult m;
    m.id = id;
    m.applicable = false;
    m.feedback.push_back("Not graded: the decision to treat decides this level.");
    r.metrics.push_back(std::move(m));
  }
  return r;
}

}  // namespace

MetricWeight metric_weight(const Level& level, MetricId id) {
  const auto it = level.scoring.metrics.find(id);
  if (it != level.scoring.metrics.end()) return it->second;
  MetricWeight w;  // (notes R22)
  switch (id) {
    case MetricId::DensityUniformity:
      w.weight = 0.50;
      break;
    case MetricId::HairlineNaturalness:
      w.weight = 0.25;
      break;
    case MetricId::ScarCoverage:
      w.weight = 0.10;
      break;
    case MetricId::ColourMatch:
      w.weight = 0.075;
      break;
    case MetricId::DepthControl:
      w.weight = 0.075;
      break;
  }
  return w;
}

ScoringParams scoring_params_for(const Level& level, std::vector<std::string>* unknown) {
  ScoringParams p;
  for (const auto& [name, value] : level.scoring.overrides) {
    const auto dot = name.find('.');
    bool ok = false;
    if (dot != std::string::npos) {
      const std::string_view group(name.data(), dot);
      const std::string_view field(name.data() + dot + 1, name.size() - dot - 1);
      if (group == "uniformity")
        ok = set_uniformity_param(p.uniformity, field, value);
      else if (group == "hairline")
        ok = set_hairline_param(p.hairline, field, value);
      else if (group == "scar")
        ok = set_scar_param(p.scar, field, value);
      else if (group == "colour")
        ok = set_colour_param(p.colour, field, value);
      else if (group == "depth")
        ok = set_depth_param(p.depth, field, value);
      else if (group == "healing")
        ok = set_healing_param(p.healing, field, value);
    }
    if (!ok && unknown) unknown->push_back(name);
  }
  return p;
}

ScoringParams defaults_for(const Level& level) {
  return scoring_params_for(level, nullptr);
}

std::vector<std::string> unknown_overrides(const Level& level) {
  std::vector<std::string> unknown;
  scoring_params_for(level, &unknown);
  return unknown;
}

Report score_attempt(const Level& level, const Scalp& scalp, const Attempt& attempt) {
  return score_attempt(level, scalp, attempt, defaults_for(level));
}

Report score_attempt(const Level& level, const Scalp& scalp, const Attempt& attempt,
                     const ScoringParams& params) {
  if (level.expected_decision == Decision::Decline || !density_uniformity_applies(level))
    return score_attempt(level, scalp, attempt, params, ZoneRaster{});
  return score_attempt(level, scalp, attempt, params,
                       make_zone_raster(scalp, params.uniformity.zone_cell_mm));
}

Report score_attempt(const Level& level, const Scalp& scalp, const Attempt& attempt,
                     const ScoringParams& params, const ZoneRaster& zones) {
  // Decisions first (notes R21): the right answer for a contraindicated client is to decline.
  const bool must_decline = level.expected_decision == Decision::Decline;
  const bool treated = attempt.decision == Decision::Treat ||
                       (attempt.decision == Decision::Undecided && !attempt.dots.empty());
  if (must_decline) {
    if (attempt.decision == Decision::Decline)
      return decision_report(
          level, 100.0, true,
          "Correct: this client must be declined (" + decline_reason(level.client.profile) + ").");
    return decision_report(level, 0.0, false,
                           "Fail: this client should have been declined (" +
                               decline_reason(level.client.profile) + "), not treated.");
  }
  if (attempt.decision == Decision::Decline)
    return decision_report(level, 0.0, false,
                           "Fail: this client could safely have been treated; declining was "
                           "not the right call.");

  const std::vector<HealedDot> healed = heal(scalp, attempt, params.healing);
  std::vector<Vec2> kept;
  kept.reserve(healed.size());
  for (const HealedDot& h : healed)
    if (h.kept) kept.push_back(h.pos_mm);
  const SpatialIndex index(std::move(kept));
  const ScoringContext ctx{level, scalp, attempt, healed, index, params};

  Report r;
  r.level_id = level.id;
  r.scoring_version = kScoringVersion;
  r.metrics.push_back(score_density_uniformity(ctx, zones));
  r.metrics.push_back(score_hairline_naturalness(ctx));
  r.metrics.push_back(score_scar_coverage(ctx));
  r.metrics.push_back(score_colour_match(ctx));
  r.metrics.push_back(score_depth_control(ctx));
  SMP_ASSERT(r.metrics.size() == kMetricCount);
  for (MetricResult& m : r.metrics) m.spots = merge_spots(m.spots, params.spots);

  double wsum = 0.0, ssum = 0.0;
  bool all_pass = true;
  for (const MetricResult& m : r.metrics) {
    if (!m.applicable) continue;
    const MetricWeight w = metric_weight(level, m.id);
    SMP_ASSERT(w.weight >= 0.0);  // io validation rejects negative weights
    wsum += w.weight;
    ssum += w.weight * m.score;
    if (!m.passed) all_pass = false;
  }
  if (!treated || attempt.dots.empty()) {
    r.overall_score = 0.0;
    r.passed = false;
    r.summary.push_back("No dots were placed: nothing to grade.");
    return r;
  }
  r.overall_score = wsum > 0.0 ? ssum / wsum : 0.0;
  r.passed = all_pass && wsum > 0.0 && r.overall_score >= level.scoring.pass_mark;
  char buf[256];
  std::snprintf(buf, sizeof buf, "Overall %.0f / 100 (pass mark %.0f): %s.", r.overall_score,
                level.scoring.pass_mark,
                r.passed ? "passed"
                         : (r.overall_score >= level.scoring.pass_mark
                                ? "failed, because at least one metric is below its own mark"
                                : "failed"));
  r.summary.push_back(buf);
  for (const MetricResult& m : r.metrics)
    if (m.applicable && !m.passed)
      r.summary.push_back(
          metric_name(m.id) + " is below its mark: " +
          (m.feedback.empty() ? std::string("see the details.") : m.feedback.front()));
  return r;
}

}  // namespace smp::core
