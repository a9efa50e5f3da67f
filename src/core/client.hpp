// The virtual client's profile: who is in the chair, before any hair-loss geometry.
// Not the scalp itself (scalp.hpp) nor the pigment choice (pigment.hpp).
#pragma once
#include <string>
#include <vector>

namespace smp::core {

enum class Sex { Male, Female };
enum class SkinCondition { Normal, Dry, Oily, AcneProne, KeloidTendency, ActiveInflammation };
enum class HairColour { Black, DarkBrown, MediumBrown, LightBrown, Blond, Red, Grey, White };

// Contraindications (notes N72): any of these means the right decision is to decline (notes R21).
enum class Contraindication {
  KeloidOrHypertrophicScarring,
  ActivePsoriasisEczemaOrDermatitis,
  ActiveAcneInArea,
  Sunburn,
  ExcessivelyOilyScalp,
  BloodThinnersOrBleedingDisorder,
  Pregnancy,
  RecentChemotherapy,
  ScalpInfection,
  MolesOrLesionsInArea,
  TemporaryAlopeciaMayRegrow,
  ScarTooFresh,  // < 6 months (notes N65)
};

struct Srgb8 {
  unsigned char r = 0, g = 0, b = 0;
};

struct ClientProfile {
  std::string name;
  int age_years = 35;
  Sex sex = Sex::Male;
  int fitzpatrick = 3;  // I..VI as 1..6
  SkinCondition skin_condition = SkinCondition::Normal;
  HairColour hair_colour = HairColour::DarkBrown;
  std::vector<Contraindication> contraindications;
};

// Typical skin colour of a Fitzpatrick type (1..6), for display.
Srgb8 skin_colour_srgb(int fitzpatrick);
// Typical colour of shaved stubble of a natural hair colour, for display.
Srgb8 hair_colour_srgb(HairColour colour);
// True when the guide says this client must be declined (notes R21): any contraindication, or a
// skin condition that is one (keloid tendency, active inflammation).
bool should_decline(const ClientProfile& client);

}  // namespace smp::core
