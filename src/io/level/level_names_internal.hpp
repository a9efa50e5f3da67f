// The spellings of every enum value in level files ("dark_brown", "III_vertex", ...), one table
// per enum, shared by the level reader, writer and the docs. Not for display strings in the UI.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/level.hpp"

namespace smp::io::names {

template <class E, std::size_t N>
using Table = std::array<std::pair<E, std::string_view>, N>;

using core::Contraindication;
using core::HairColour;
using core::LossPattern;
using core::NorwoodStage;
using core::ScarKind;
using core::Sex;
using core::SkinCondition;
using core::Zone;

inline constexpr Table<Sex, 2> kSex{{{Sex::Male, "male"}, {Sex::Female, "female"}}};

inline constexpr Table<SkinCondition, 6> kSkinCondition{{
    {SkinCondition::Normal, "normal"},
    {SkinCondition::Dry, "dry"},
    {SkinCondition::Oily, "oily"},
    {SkinCondition::AcneProne, "acne_prone"},
    {SkinCondition::KeloidTendency, "keloid_tendency"},
    {SkinCondition::ActiveInflammation, "active_inflammation"},
}};

inline constexpr Table<HairColour, 8> kHairColour{{
    {HairColour::Black, "black"},
    {HairColour::DarkBrown, "dark_brown"},
    {HairColour::MediumBrown, "medium_brown"},
    {HairColour::LightBrown, "light_brown"},
    {HairColour::Blond, "blond"},
    {HairColour::Red, "red"},
    {HairColour::Grey, "grey"},
    {HairColour::White, "white"},
}};

inline constexpr Table<Contraindication, 12> kContraindication{{
    {Contraindication::KeloidOrHypertrophicScarring, "keloid_or_hypertrophic_scarring"},
    {Contraindication::ActivePsoriasisEczemaOrDermatitis, "active_psoriasis_eczema_or_dermatitis"},
    {Contraindication::ActiveAcneInArea, "active_acne_in_area"},
    {Contraindication::Sunburn, "sunburn"},
    {Contraindication::ExcessivelyOilyScalp, "excessively_oily_scalp"},
    {Contraindication::BloodThinnersOrBleedingDisorder, "blood_thinners_or_bleeding_disorder"},
    {Contraindication::Pregnancy, "pregnancy"},
    {Contraindication::RecentChemotherapy, "recent_chemotherapy"},
    {Contraindication::ScalpInfection, "scalp_infection"},
    {Contraindication::MolesOrLesionsInArea, "moles_or_lesions_in_area"},
    {Contraindication::TemporaryAlopeciaMayRegrow, "temporary_alopecia_may_regrow"},
    {Contraindication::ScarTooFresh, "scar_too_fresh"},
}};

inline constexpr Table<LossPattern, 7> kLossPattern{{
    {LossPattern::None, "none"},
    {LossPattern::Norwood, "norwood"},
    {LossPattern::Ludwig, "ludwig"},
    {LossPattern::Savin, "savin"},
    {LossPattern::AlopeciaAreata, "alopecia_areata"},
    {LossPattern::DiffuseThinning, "diffuse_thinning"},
    {LossPattern::FullyBald, "fully_bald"},
}};

// "III_vertex" is the canonical spelling; the reader also accepts "III vertex" (norwood_name()).
inline constexpr Table<NorwoodStage, 12> kNorwood{{
    {NorwoodStage::I, "I"},
    {NorwoodStage::II, "II"},
    {NorwoodStage::IIa, "IIa"},
    {NorwoodStage::III, "III"},
    {NorwoodStage::IIIa, "IIIa"},
    {NorwoodStage::IIIVertex, "III_vertex"},
    {NorwoodStage::IV, "IV"},
    {NorwoodStage::IVa, "IVa"},
    {NorwoodStage::V, "V"},
    {NorwoodStage::Va, "Va"},
    {NorwoodStage::VI, "VI"},
    {NorwoodStage::VII, "VII"},
}};

inline constexpr Table<ScarKind, 4> kScarKind{{
    {ScarKind::FutStrip, "fut_strip"},
    {ScarKind::FuePunctures, "fue_punctures"},
    {ScarKind::SurgicalLine, "surgical_line"},
    {ScarKind::IrregularArea, "irregular_area"},
}};

inline constexpr Table<core::Mode, 2> kMode{
    {{core::Mode::Practice, "practice"}, {core::Mode::Exam, "exam"}}};

// Undecided is not a valid expectation in a level file.
inline constexpr Table<core::Decision, 2> kDecision{
    {{core::Decision::Treat, "treat"}, {core::Decision::Decline, "decline"}}};

inline constexpr Table<core::MetricId, 5> kMetric{{
    {core::MetricId::DensityUniformity, "density_uniformity"},
    {core::MetricId::HairlineNaturalness, "hairline_naturalness"},
    {core::MetricId::ScarCoverage, "scar_coverage"},
    {core::MetricId::ColourMatch, "colour_match"},
    {core::MetricId::DepthControl, "depth_control"},
}};

inline constexpr const Table<Zone, core::kZoneCount>& kZone = core::kZoneNames;

template <class E, std::size_t N>
std::string_view name_of(const Table<E, N>& table, E value) {
  for (const auto& [e, n] : table)
    if (e == value) return n;
  return "?";
}

template <class E, std::size_t N>
std::optional<E> from_name(const Table<E, N>& table, std::string_view name) {
  for (const auto& [e, n] : table)
    if (n == name) return e;
  return std::nullopt;
}

template <class E, std::size_t N>
std::string list_names(const Table<E, N>& table) {
  std::string out;
  for (const auto& [e, n] : table) out += (out.empty() ? "" : ", ") + std::string(n);
  return out;
}

}  // namespace smp::io::names
