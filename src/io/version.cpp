#include "io/version.hpp"

// src/CMakeLists.txt compiles this file alone with SMP_VERSION set from project(VERSION ...).
#ifndef SMP_VERSION
#error "SMP_VERSION must come from CMake"
#endif

namespace smp::io {

const char* smpsim_version() {
  return SMP_VERSION;
}

}  // namespace smp::io
