// The program's version, as CMake's project() sets it: recorded in every save and printed by
// --version. Not the scoring version (core/scoring/context.hpp) nor a file's schema version.
#pragma once

namespace smp::io {

const char* smpsim_version();

}  // namespace smp::io
