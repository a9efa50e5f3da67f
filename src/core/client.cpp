#include "core/client.hpp"

#include <algorithm>

namespace smp::core {

Srgb8 skin_colour_srgb(int fitzpatrick) {
  // Representative tones for display only; scoring compares in CIELAB (colour.hpp).
  static const Srgb8 kTones[6] = {{243, 218, 197}, {230, 192, 164}, {205, 160, 124},
                                  {168, 121, 86},  {118, 80, 54},   {72, 49, 36}};
  return kTones[std::clamp(fitzpatrick, 1, 6) - 1];
}

Srgb8 hair_colour_srgb(HairColour colour) {
  switch (colour) {
    case HairColour::Black:
      return {22, 20, 19};
    case HairColour::DarkBrown:
      return {52, 38, 29};
    case HairColour::MediumBrown:
      return {88, 63, 44};
    case HairColour::LightBrown:
      return {132, 98, 68};
    case HairColour::Blond:
      return {184, 154, 108};
    case HairColour::Red:
      return {146, 72, 38};
    case HairColour::Grey:
      return {138, 136, 132};
    case HairColour::White:
      return {212, 210, 204};
  }
  return {0, 0, 0};
}

bool should_decline(const ClientProfile& client) {
  return !client.contraindications.empty() ||
         client.skin_condition == SkinCondition::KeloidTendency ||
         client.skin_condition == SkinCondition::ActiveInflammation;
}

}  // namespace smp::core
