#include "core/scoring/spot_kinds.hpp"

#include <algorithm>
#include <glm/geometric.hpp>

namespace smp::core {
namespace {

constexpr SpotKind kKinds[] = {
    // density_uniformity
    {"gap", "gap in the fill", "gap"},
    {"sparse", "sparsest patch", "sparsest"},
    {"clump", "densest patch", "densest"},
    {"blotch", "blotch (merged dots)", "blotch"},
    {"grid_rows", "rows or grid", "rows"},
    {"see_through", "skin shows through", "bare skin"},
    {"mottle", "blotchy shade", "blotchy"},
    {"light_patch", "lighter patch", "lighter"},
    {"dark_patch", "darker patch", "darker"},
    {"lines", "visible lines or grid", "visible lines"},
    // depth_control
    {"too_shallow", "too shallow", "too shallow"},
    {"too_deep", "too deep", "deeper than"},
    {"blowout", "blow-out", "blew out"},
    // colour_match
    {"blue_cast", "blue cast", "blue cast"},
    // scar_coverage
    {"scar_uncovered", "scar not covered", "camouflaged"},
    {"scar_too_dense", "scar too dense", "camouflaged"},
    {"scar_border_step", "scar border step", "density step"},
    {"overworked", "scar overworked", "overworked"},
    // hairline_naturalness
    {"no_hairline", "no hairline", "no hairline"},
    {"off_plan", "off the planned hairline", "edge is on average"},
    {"too_low", "hairline too low", "too low"},
    {"too_high", "hairline too high", "high"},
    {"hard_edge", "hard hairline edge", "hard edge"},
    {"abrupt_edge", "abrupt transition", "only"},
    {"faint_edge", "faint hairline edge", "fades out"},
    {"ruler_line", "ruler-straight hairline", "straight line"},
    {"lopsided", "lopsided hairline", "sides differ"},
    {"temple_filled", "temple angle filled", "fronto-temporal"},
};

}  // namespace

std::span<const SpotKind> spot_kinds() {
  return kKinds;
}

const SpotKind* find_spot_kind(std::string_view kind) {
  for (const SpotKind& k : kKinds)
    if (k.kind == kind) return &k;
  return nullptr;
}

std::string spot_label(std::string_view kind) {
  if (const SpotKind* k = find_spot_kind(kind)) return std::string(k->label);
  std::string s(kind);
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

std::vector<Spot> merge_spots(std::span<const Spot> spots, const SpotParams& params) {
  std::vector<Spot> out;
  const double r2 = params.merge_radius_mm * params.merge_radius_mm;
  for (const Spot& s : spots) {
    const auto near = std::find_if(out.begin(), out.end(), [&](const Spot& k) {
      const Vec2 d = k.pos_mm - s.pos_mm;
      return k.kind == s.kind && glm::dot(d, d) <= r2;
    });
    if (near != out.end())
      near->count += s.count;
    else
      out.push_back(s);
  }
  return out;
}

}  // namespace smp::core
