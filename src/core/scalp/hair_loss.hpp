// What pattern of hair loss a client has, as parameters; generate_scalp() turns it into a field.
#pragma once
#include <string>

namespace smp::core {

enum class LossPattern { None, Norwood, Ludwig, Savin, AlopeciaAreata, DiffuseThinning, FullyBald };

// Norwood-Hamilton stages in order of progression (notes N120).
enum class NorwoodStage { I, II, IIa, III, IIIa, IIIVertex, IV, IVa, V, Va, VI, VII };

struct HairLossSpec {
  LossPattern pattern = LossPattern::None;
  NorwoodStage norwood = NorwoodStage::I;  // when pattern == Norwood
  int ludwig_grade = 1;                    // 1..3, when pattern == Ludwig
  bool savin_frontal = false;              // Savin frontal-accentuation variant (Ludwig only)
  // Alopecia areata: patch count and size range (1-4 cm) (notes N60), optional ophiasis band.
  int areata_patch_count = 0;
  double areata_min_diameter_mm = 10.0;
  double areata_max_diameter_mm = 40.0;
  bool areata_ophiasis = false;
  // Diffuse thinning / Ludwig: fraction of natural density left where thinning applies (0..1).
  // For Ludwig/Savin the loss it implies is kept inside the grade's range (ScalpGenParams).
  double remaining_density_fraction = 0.5;
};

std::string norwood_name(NorwoodStage stage);  // "I", "IIa", "III vertex", ...

}  // namespace smp::core
