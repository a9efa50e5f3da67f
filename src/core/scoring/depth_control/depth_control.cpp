#include "core/scoring/depth_control/depth_control.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>

#include "core/base/fast_floor.hpp"
#include "core/base/order_free_sum.hpp"
#include "core/base/text_format.hpp"
#include "core/scalp/zone_raster.hpp"
#include "core/scoring/named_params.hpp"
#include "core/scoring/score.hpp"
#include "core/scoring/score_curves.hpp"

namespace smp::core {
namespace {

// Where a kind of fault clusters: the cell with most of them (ties: lowest cell key).
struct Cluster {
  Vec2 where_mm{0.0, 0.0};
  int count = 0;
};
std::vector<Cluster> clusters(const std::vector<Vec2>& pts, double cell_mm, std::size_t max_n) {
  // The dots sorted by cell (x index, then y index), then one cluster per run of equal cells: the
  // cells come out in the order a map keyed by cell would give, without a node per cell.
  struct Keyed {
    long cx, cy;
    Vec2 p;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(pts.size());
  const BinQuotient in_cells(cell_mm);
  for (const Vec2& p : pts)
    keyed.push_back({static_cast<long>(fast_floor(in_cells(p.x))),
                     static_cast<long>(fast_floor(in_cells(p.y))), p});
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return a.cx != b.cx ? a.cx < b.cx : a.cy < b.cy;
  });
  std::vector<Cluster> out;
  for (std::size_t i = 0; i < keyed.size();) {
    OrderFreeSum x, y;  // the centroid must not depend on the order of the dots
    std::size_t j = i;
    for (; j < keyed.size() && keyed[j].cx == keyed[i].cx && keyed[j].cy == keyed[i].cy; ++j) {
      x.add(keyed[j].p.x);
      y.add(keyed[j].p.y);
    }
    const auto count = static_cast<int>(j - i);
    out.push_back({Vec2(x.value(), y.value()) / static_cast<double>(count), count});
    i = j;
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Cluster& a, const Cluster& b) { return a.count > b.count; });
  if (out.size() > max_n) out.resize(max_n);
  return out;
}

std::string where(const Scalp& scalp, Vec2 p) {
  std::string z(zone_name(zone_at(scalp.chart, p)));
  std::replace(z.begin(), z.end(), '_', ' ');
  return fmt("the %s (%.0f, %.0f mm)", z.c_str(), p.x, p.y);
}

}  // namespace

MetricResult score_depth_control(const ScoringContext& ctx) {
  const DepthParams& p = ctx.params.depth;
  const HealingParams& hp = ctx.params.healing;
  MetricResult res;
  res.id = MetricId::DepthControl;
  const auto& dots = ctx.attempt.dots;
  if (dots.empty()) {
    res.applicable = false;
    res.feedback.push_back("No impressions to judge depth on.");
    return res;
  }
  std::vector<Vec2> shallow, deep, blown;
  OrderFreeSum depth_total;
  for (const Dot& d : dots) {
    depth_total.add(d.depth_mm);
    if (d.depth_mm < hp.shallow_depth_mm)
      shallow.push_back(d.pos_mm);
    else if (d.depth_mm > hp.deep_depth_mm)
      blown.push_back(d.pos_mm);
    else if (d.depth_mm > hp.target_max_depth_mm)
      deep.push_back(d.pos_mm);
  }
  const double n = static_cast<double>(dots.size());
  const double s_sh = static_cast<double>(shallow.size()) / n;
  const double s_deep = static_cast<double>(deep.size()) / n;
  const double s_blow = static_cast<double>(blown.size()) / n;
  const double in_band = 1.0 - s_sh - s_deep - s_blow;
  const double bad = p.weight_shallow * s_sh + p.weight_deep * s_deep + p.weight_blowout * s_blow;
  res.score = ramp_score(bad, p.bad_share_good, p.bad_share_zero);
  res.passed = res.score >= metric_weight(ctx.level, res.id).pass_mark;
  res.stats = {{"impressions", n},         {"mean_depth_mm", depth_total.value() / n},
               {"in_band_share", in_band}, {"too_shallow_share", s_sh},
               {"too_deep_share", s_deep}, {"blowout_share", s_blow},
               {"bad_share", bad}};
  const auto max_spots = static_cast<std::size_t>(p.max_spots);
  const auto report = [&](const std::vector<Vec2>& pts, double share, const char* kind,
                          const std::string& what) {
    if (pts.empty() || share < 0.02) return;  // marked only where a sentence speaks of them
    const auto cl = clusters(pts, p.spot_cell_mm, max_spots);
    for (const Cluster& c : cl) res.spots.push_back({c.where_mm, kind});
    res.feedback.push_back(fmt("%.0f%% of impressions were %s, most in %s.", 100.0 * share,
                               what.c_str(), where(ctx.scalp, cl.front().where_mm).c_str()));
  };
  report(
      shallow, s_sh, "too_shallow",
      fmt("too shallow (< %.2f mm): they shed with the scabs and leave gaps", hp.shallow_depth_mm));
  report(deep, s_deep, "too_deep",
         fmt("deeper than the papillary dermis (> %.2f mm): they spread and turn bluish",
             hp.target_max_depth_mm));
  report(blown, s_blow, "blowout",
         fmt("far too deep (> %.2f mm) and blew out into large blurred blue-grey blotches",
             hp.deep_depth_mm));
  if (res.feedback.empty())
    res.feedback.push_back(fmt("%.0f%% of impressions sit in the target band (%.2f-%.2f mm).",
                               100.0 * in_band, hp.shallow_depth_mm, hp.target_max_depth_mm));
  return res;
}

bool set_depth_param(DepthParams& p, std::string_view name, double value) {
  static constexpr NamedField<DepthParams> kTable[] = {
      {"weight_shallow", &DepthParams::weight_shallow},
      {"weight_deep", &DepthParams::weight_deep},
      {"weight_blowout", &DepthParams::weight_blowout},
      {"bad_share_good", &DepthParams::bad_share_good},
      {"bad_share_zero", &DepthParams::bad_share_zero},
      {"spot_cell_mm", &DepthParams::spot_cell_mm},
      {"max_spots", &DepthParams::max_spots},
  };
  return set_named_field(p, kTable, name, value);
}

}  // namespace smp::core
