#include "app/screens/labels.hpp"

#include "core/scalp/scar.hpp"
#include "core/scoring/density_uniformity/density_uniformity.hpp"
#include "core/scoring/score.hpp"

namespace smp::app {

std::string pattern_label(const core::HairLossSpec& loss) {
  using P = core::LossPattern;
  switch (loss.pattern) {
    case P::None:
      return "No hair loss";
    case P::Norwood:
      return "Norwood " + core::norwood_name(loss.norwood);
    case P::Ludwig:
      return "Ludwig " + std::string(loss.ludwig_grade == 1   ? "I"
                                     : loss.ludwig_grade == 2 ? "II"
                                                              : "III");
    case P::Savin:
      return "Savin (frontal accentuation)";
    case P::AlopeciaAreata:
      return "Alopecia areata, " + std::to_string(loss.areata_patch_count) + " patch(es)" +
             (loss.areata_ophiasis ? ", ophiasis band" : "");
    case P::DiffuseThinning:
      return "Diffuse thinning";
    case P::FullyBald:
      return "Fully bald (buzz-cut look)";
  }
  return "?";
}

const char* skin_condition_label(core::SkinCondition c) {
  using S = core::SkinCondition;
  switch (c) {
    case S::Normal:
      return "normal";
    case S::Dry:
      return "dry";
    case S::Oily:
      return "oily";
    case S::AcneProne:
      return "acne-prone";
    case S::KeloidTendency:
      return "keloid tendency";
    case S::ActiveInflammation:
      return "active inflammation";
  }
  return "?";
}

const char* hair_colour_label(core::HairColour c) {
  using H = core::HairColour;
  switch (c) {
    case H::Black:
      return "black";
    case H::DarkBrown:
      return "dark brown";
    case H::MediumBrown:
      return "medium brown";
    case H::LightBrown:
      return "light brown";
    case H::Blond:
      return "blond";
    case H::Red:
      return "red";
    case H::Grey:
      return "grey";
    case H::White:
      return "white";
  }
  return "?";
}

const char* contraindication_label(core::Contraindication c) {
  using C = core::Contraindication;
  switch (c) {
    case C::KeloidOrHypertrophicScarring:
      return "keloid or hypertrophic scarring";
    case C::ActivePsoriasisEczemaOrDermatitis:
      return "active psoriasis, eczema or dermatitis";
    case C::ActiveAcneInArea:
      return "active acne in the area";
    case C::Sunburn:
      return "sunburn";
    case C::ExcessivelyOilyScalp:
      return "excessively oily scalp";
    case C::BloodThinnersOrBleedingDisorder:
      return "blood thinners or a bleeding disorder";
    case C::Pregnancy:
      return "pregnancy";
    case C::RecentChemotherapy:
      return "recent chemotherapy";
    case C::ScalpInfection:
      return "scalp infection";
    case C::MolesOrLesionsInArea:
      return "moles or lesions in the area";
    case C::TemporaryAlopeciaMayRegrow:
      return "temporary alopecia that may regrow";
    case C::ScarTooFresh:
      return "scar younger than 6 months";
  }
  return "?";
}

const char* fitzpatrick_label(int type) {
  static const char* names[] = {"?", "I", "II", "III", "IV", "V", "VI"};
  return names[(type >= 1 && type <= 6) ? type : 0];
}

const char* metric_label(core::MetricId id) {
  using M = core::MetricId;
  switch (id) {
    case M::DensityUniformity:
      return "Density & uniformity";
    case M::HairlineNaturalness:
      return "Hairline naturalness";
    case M::ScarCoverage:
      return "Scar coverage";
    case M::ColourMatch:
      return "Colour match";
    case M::DepthControl:
      return "Depth control";
  }
  return "?";
}

std::string scar_summary(const core::ClientSpec& client) {
  if (client.scars.empty()) return "none";
  std::string out;
  for (const auto& s : client.scars) {
    using K = core::ScarKind;
    std::string one;
    switch (s.kind) {
      case K::FutStrip:
        one = "FUT strip " + std::to_string(static_cast<int>(s.length_mm / 10.0)) + " cm";
        break;
      case K::FuePunctures:
        one = std::to_string(s.puncture_count) + " FUE punctures";
        break;
      case K::SurgicalLine:
        one = "surgical line";
        break;
      case K::IrregularArea:
        one = "irregular scar area";
        break;
    }
    out += (out.empty() ? "" : ", ") + one;
  }
  return out;
}

std::string session_plan_line(const core::Level& level) {
  const int n = level.task.sessions;
  std::string line = std::to_string(n);
  if (n > 1) line += ", " + std::to_string(level.task.days_between_sessions) + " days apart";
  if (!core::density_uniformity_applies(level)) return line;
  return line + ": " + core::session_plan_text(n, core::scoring_params_for(level).uniformity);
}

}  // namespace smp::app
