#include "core/scalp/hair_loss.hpp"

namespace smp::core {

std::string norwood_name(NorwoodStage stage) {
  switch (stage) {
    case NorwoodStage::I:
      return "I";
    case NorwoodStage::II:
      return "II";
    case NorwoodStage::IIa:
      return "IIa";
    case NorwoodStage::III:
      return "III";
    case NorwoodStage::IIIa:
      return "IIIa";
    case NorwoodStage::IIIVertex:
      return "III vertex";
    case NorwoodStage::IV:
      return "IV";
    case NorwoodStage::IVa:
      return "IVa";
    case NorwoodStage::V:
      return "V";
    case NorwoodStage::Va:
      return "Va";
    case NorwoodStage::VI:
      return "VI";
    case NorwoodStage::VII:
      return "VII";
  }
  return "?";
}

}  // namespace smp::core
