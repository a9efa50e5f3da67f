#include "core/scoring/colour_match/colour_match.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "core/base/order_free_sum.hpp"
#include "core/base/text_format.hpp"
#include "core/colour/colour_space.hpp"
#include "core/colour/dot_look.hpp"
#include "core/colour/target_shade.hpp"
#include "core/scoring/colour_match/shade_tally.hpp"
#include "core/scoring/score.hpp"
#include "core/scoring/score_curves.hpp"
#include "core/spatial/spatial_index.hpp"
#include "core/stats/summary.hpp"

namespace smp::core {
namespace {

// The median dilution of a session's dots (the shade the trainee mostly used); -1 when none.
double median_or_none(const std::vector<double>& v) {
  return v.empty() ? -1.0 : high_median(v);
}

std::vector<double> dilutions_of_session(const std::vector<Dot>& dots, int session) {
  std::vector<double> w;
  for (const Dot& d : dots)
    if (d.session == session) w.push_back(d.dilution_water_parts);
  return w;
}

// Session 1 .. kSessions - 1, each tallied in the one pass over the dots (slot 0 holds the
// sessions below 1, never read); a later session makes every median take the plain path.
constexpr int kSessions = 8;
struct SessionShades {
  ShadeTally tally[kSessions];
  bool many_sessions = false;
};

// The session's median dilution: from its tally when that can tell, else from the dots.
double session_shade(const SessionShades& shades, const std::vector<Dot>& dots, int session) {
  if (!shades.many_sessions)
    if (const std::optional<double> m = shades.tally[session].high_median()) return *m;
  return median_or_none(dilutions_of_session(dots, session));
}

const char* hair_name(HairColour c) {
  switch (c) {
    case HairColour::Black:
      return "black";
    case HairColour::DarkBrown:
      return "dark brown";
    case HairColour::MediumBrown:
      return "medium brown";
    case HairColour::LightBrown:
      return "light brown";
    case HairColour::Blond:
      return "blond";
    case HairColour::Red:
      return "red";
    case HairColour::Grey:
      return "grey";
    case HairColour::White:
      return "white";
  }
  return "your client's";
}

std::string shade_name(double water) {
  return water <= 0.0 ? std::string("neat") : fmt("%.0f:1", water);
}

}  // namespace

MetricResult score_colour_match(const ScoringContext& ctx) {
  const ColourParams& p = ctx.params.colour;
  const HealingParams& hp = ctx.params.healing;
  MetricResult res;
  res.id = MetricId::ColourMatch;
  const ClientProfile& client = ctx.scalp.spec.profile;
  if (!ctx.level.task.colour_choice) {
    res.applicable = false;
    res.feedback.push_back("The level chose the pigment; the shade is not graded.");
    return res;
  }
  // One pass over the dots: the last session, the deep impressions and each session's shades,
  // kept per session so that no branch hangs on the order the sessions' dots come in.
  int last = 0;
  std::size_t deep = 0;
  SessionShades shades;
  for (const Dot& d : ctx.attempt.dots) {
    deep += d.depth_mm > hp.target_max_depth_mm;
    last = std::max(last, d.session);
    const int slot = std::max(0, d.session);
    if (slot < kSessions)
      shades.tally[slot].add(d.dilution_water_parts);
    else
      shades.many_sessions = true;
  }
  // The healed dots as they read from a step back, merged in the render's colour space
  // (dot_look.hpp): the look of one dot of their mean darkness and darkness-weighted blue shift.
  OrderFreeSum darkness_sum, darkness_x_blue_sum;
  std::size_t kept_n = 0;
  for (const HealedDot& h : ctx.healed) {
    if (!h.kept) continue;
    const double darkness = std::clamp(h.darkness, 0.0, 1.0);
    darkness_sum.add_fraction(darkness);
    darkness_x_blue_sum.add_fraction(darkness * std::clamp(h.blue_shift, 0.0, 1.0));
    ++kept_n;
  }
  if (last == 0 || kept_n == 0) {
    res.applicable = false;
    res.feedback.push_back("No healed dots to judge the shade on.");
    return res;
  }
  const Srgb8 skin = skin_colour_srgb(client.fitzpatrick);
  const MergedDots merged = merge_dots(darkness_sum.value(), darkness_x_blue_sum.value(), kept_n);
  const Lab mean = srgb_to_lab(dot_on_skin(skin, merged.mean_darkness, merged.blue_shift, p.look));

  const double target_w = target_dilution_water_parts(client.hair_colour, client.fitzpatrick, p);
  const double final_w = session_shade(shades, ctx.attempt.dots, last);
  // The target's healed look: the expected 2 shade steps lighter, in the band, no blue.
  const double mid_steps = 0.5 * (hp.shade_steps_min + hp.shade_steps_max);
  const double target_dark = pigment_darkness(target_w, hp.darkness_per_water_part) *
                             std::pow(hp.shade_step_factor, mid_steps);
  const Lab target = srgb_to_lab(dot_on_skin(skin, target_dark, 0.0, p.look));
  const double de = delta_e76(mean, target);
  double score = ramp_score(de, p.delta_e_good, p.delta_e_zero);
  const int steps_darker = palette_step(target_w) - palette_step(final_w);  // > 0: too dark
  res.stats = {{"target_dilution_water_parts", target_w},
               {"final_dilution_water_parts", final_w},
               {"steps_darker_than_target", static_cast<double>(steps_darker)},
               {"delta_e76", de},
               {"delta_e2000", delta_e2000(mean, target)},
               {"healed_l", mean.l},
               {"healed_a", mean.a},
               {"healed_b", mean.b},
               {"target_l", target.l}};
  if (de > p.delta_e_good) {
    res.feedback.push_back(fmt(
        "The healed dots look %s than the target (dE %.1f): for %s stubble on Fitzpatrick %d skin "
        "use about %s; you used %s.",
        mean.l < target.l ? "darker" : "lighter", de, hair_name(client.hair_colour),
        client.fitzpatrick, shade_name(target_w).c_str(), shade_name(final_w).c_str()));
  }
  // Blue risk: too dark on fair skin, worse when also deep (notes R18, N71).
  const double deep_share =
      static_cast<double>(deep) / static_cast<double>(ctx.attempt.dots.size());
  res.stats.push_back({"deep_share", deep_share});
  if (client.fitzpatrick <= p.blue_risk_max_fitzpatrick && steps_darker > 0) {
    double penalty = p.blue_risk_points_per_step * steps_darker;
    if (deep_share >= p.deep_share_for_multiplier) penalty *= p.blue_risk_deep_multiplier;
    score -= penalty;
    res.stats.push_back({"blue_risk_penalty", penalty});
    res.feedback.push_back(fmt(
        "%s is %d shade step%s too dark for fair skin: it risks a blue cast%s. Dilute more.",
        shade_name(final_w).c_str(), steps_darker, steps_darker == 1 ? "" : "s",
        deep_share >= p.deep_share_for_multiplier ? ", made worse by the deep impressions" : ""));
    // The first 20 in canonical order (kept_index), so the dots' order does not pick them.
    std::vector<const HealedDot*> kept;
    kept.reserve(ctx.kept_index.size());
    for (const HealedDot& h : ctx.healed)
      if (h.kept) kept.push_back(&h);
    for (std::size_t k = 0; k < ctx.kept_index.size() && res.spots.size() < 20; ++k) {
      const HealedDot& h = *kept[ctx.kept_index.canonical_index(k)];
      if (h.blue_shift > 0.3) res.spots.push_back({h.pos_mm, "blue_cast"});
    }
  }
  // Faint edge on dark skin (notes N71): hairline-band dots lighter than the target.
  if (client.fitzpatrick >= p.faint_edge_min_fitzpatrick) {
    std::vector<double> edge;
    for (const Dot& d : ctx.attempt.dots)
      if (zone_at(ctx.scalp.chart, d.pos_mm) == Zone::HairlineBand)
        edge.push_back(d.dilution_water_parts);
    if (!edge.empty()) {
      const double edge_w = high_median(edge);
      const int lighter = palette_step(edge_w) - palette_step(target_w);
      if (lighter > 0) {
        score -= p.faint_edge_points_per_step * lighter;
        res.feedback.push_back(
            fmt("The hairline edge (%s) is too faint to show on dark skin: use %s or bolder there.",
                shade_name(edge_w).c_str(), shade_name(target_w).c_str()));
      }
    }
  }
  // Session 1 at least one step lighter than the final shade (notes R5).
  if (last >= 2) {
    const double first_w = session_shade(shades, ctx.attempt.dots, 1);
    if (first_w >= 0.0 && palette_step(first_w) < palette_step(final_w) + 1) {
      score -= p.session1_not_lighter_points;
      res.feedback.push_back(
          fmt("Session 1 used %s, not lighter than the final %s: start a step lighter and darken "
              "after healing.",
              shade_name(first_w).c_str(), shade_name(final_w).c_str()));
    }
  }
  res.score = std::clamp(score, 0.0, 100.0);
  res.passed = res.score >= metric_weight(ctx.level, res.id).pass_mark;
  if (res.feedback.empty())
    res.feedback.push_back(fmt("The healed shade matches the client (dE %.1f).", de));
  return res;
}

}  // namespace smp::core
