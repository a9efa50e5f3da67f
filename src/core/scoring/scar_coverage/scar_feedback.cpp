// The words, spots and per-scar statistics of scar_coverage: what a trainee reads about each
// scar. Part of scar_coverage; the numbers come from scar_measure.cpp and score_scar.
#include "core/base/text_format.hpp"
#include "core/scoring/scar_coverage/scar_internal.hpp"

namespace smp::core::scar_detail {
namespace {

const char* scar_name(ScarKind k) {
  switch (k) {
    case ScarKind::FutStrip:
      return "strip (FUT) scar";
    case ScarKind::FuePunctures:
      return "FUE scar field";
    case ScarKind::SurgicalLine:
      return "surgical scar";
    case ScarKind::IrregularArea:
      return "scar";
  }
  return "scar";
}

// Below this camouflaged share the feedback names the scar as visible.
constexpr double kCamouflageNoteBelow = 0.85;

}  // namespace

std::string scar_label(const Scar& s, std::size_t scar_index) {
  return fmt("%s %zu", scar_name(s.kind), scar_index + 1);
}

void write_scar_feedback(const Scar& s, const std::string& label, const ScarMeasures& m,
                         const ScarScore& sc, const ScarParams& p, MetricResult& res) {
  const ScarDensities& d = m.density;
  const Vec2 centre = 0.5 * (s.bounds_mm.min_mm + s.bounds_mm.max_mm);
  if (m.camouflage.share < kCamouflageNoteBelow) {
    for (const PatchSpot& spot : m.camouflage.spots)
      res.spots.push_back({spot.where_mm, spot.too_sparse ? "scar_uncovered" : "scar_too_dense"});
    const char* how = d.inside_per_cm2 < d.reference_per_cm2 ? "too sparse" : "too dense";
    res.feedback.push_back(
        fmt("The %s is camouflaged over %.0f%% of its area: inside it %.0f dots/cm^2 (healed) "
            "against %.0f around it%s; it is %s. Scar tissue keeps less pigment, so work it a "
            "little denser, over more sessions.",
            label.c_str(), 100 * m.camouflage.share, d.inside_per_cm2, d.reference_per_cm2,
            d.reference_from_target ? " (the level's target)" : "", how));
  }
  if (m.border_step > p.blend_ok_step) {
    res.spots.push_back({centre, "scar_border_step"});
    res.feedback.push_back(
        fmt("The border of the %s shows a density step (%.0f%% of the "
            "surrounding density): feather it over 3-10 mm.",
            label.c_str(), 100 * m.border_step));
  }
  if (sc.overwork_penalty > 0.0) {
    res.spots.push_back({centre, "overworked"});
    res.feedback.push_back(
        fmt("The %s is overworked: %.0f%% of its punctures land within %.1f mm of another in the "
            "same session, and one session put in %.0f%% of the final density (cap %.0f%%). "
            "Overworked scar tissue scabs and spreads: spread the work over the sessions.",
            label.c_str(), 100 * m.overwork.repeat_share, p.repeat_radius_mm,
            100 * m.overwork.worst_session_share, 100 * p.max_session_share));
  }
}

std::vector<Stat> scar_stats(const ScarMeasures& m, const ScarScore& sc) {
  return {{"area_mm2", m.area_mm2},
          {"density_inside_per_cm2", m.density.inside_per_cm2},
          {"density_ring_per_cm2", m.density.reference_per_cm2},
          {"density_border_per_cm2", m.density.border_per_cm2},
          {"camouflaged_share", m.camouflage.share},
          {"border_step", m.border_step},
          {"repeat_share", m.overwork.repeat_share},
          {"max_session_share", m.overwork.worst_session_share},
          {"overwork_penalty", sc.overwork_penalty},
          {"score", sc.score}};
}

}  // namespace smp::core::scar_detail
