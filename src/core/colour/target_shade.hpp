// The shade to aim for: the dilution for the client's hair colour and skin type, and how many
// palette steps apart two dilutions are. Not how a shade looks on skin (dot_look.hpp).
#pragma once
#include "core/client.hpp"
#include "core/colour/colour_params.hpp"

namespace smp::core {

// The shade (water parts per part pigment) to aim for: a lookup by hair colour at Fitzpatrick
// III, lighter for fairer skin, darker for darker skin (grade D) (notes R18, N69-N71).
double target_dilution_water_parts(HairColour hair, int fitzpatrick, const ColourParams& params);
// Index of the nearest shade of default_palette() (0 = darkest): "steps" between shades.
int palette_step(double dilution_water_parts);

}  // namespace smp::core
