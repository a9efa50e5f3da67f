// Small fixtures for the scalp tests: specs for each pattern and field scans.
#pragma once
#include <functional>

#include "core/scalp/scalp.hpp"

namespace smp::test {

inline core::ClientSpec norwood_spec(core::NorwoodStage stage, std::uint64_t seed = 11) {
  core::ClientSpec spec;
  spec.seed = seed;
  spec.loss.pattern = core::LossPattern::Norwood;
  spec.loss.norwood = stage;
  return spec;
}

// Coarser fields keep the suite fast under sanitizers; areas stay within ~1 cm^2.
inline core::ScalpGenParams fast_params() {
  core::ScalpGenParams p;
  p.field_cell_mm = 3.0;
  return p;
}

// Calls f(position, natural, hair) for every cell of the scalp's fields.
inline void for_each_cell(const core::Scalp& s,
                          const std::function<void(core::Vec2, float, float)>& f) {
  const core::FieldGrid& n = s.natural_density_per_cm2;
  for (int r = 0; r < n.rows; ++r)
    for (int c = 0; c < n.cols; ++c)
      f(n.centre_of(c, r), n.at(c, r), s.hair_density_per_cm2.at(c, r));
}

}  // namespace smp::test
