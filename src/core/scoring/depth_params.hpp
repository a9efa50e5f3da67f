// Tunable numbers for the depth part of scoring ; defaults cite DOMAIN.md.
// A level may override any of them by name through ScoringSpec::overrides.
#pragma once

namespace smp::core {

struct DepthParams {
};

}  // namespace smp::core
