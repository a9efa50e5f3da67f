// Tunable numbers for the colour part of scoring ; defaults cite DOMAIN.md.
// A level may override any of them by name through ScoringSpec::overrides.
#pragma once

namespace smp::core {

struct ColourParams {
};

}  // namespace smp::core
