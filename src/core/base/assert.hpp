// SMP_ASSERT: checks an invariant the code relies on (a range, a permutation, a bound) and stops
// with its file and line when it fails. On in Debug and sanitizer builds, compiled out elsewhere.
// Not for bad input: files and arguments are checked at the edges and reported as errors.
#pragma once
#include <cstdio>
#include <cstdlib>

namespace smp::core::detail {

[[noreturn]] inline void assert_failed(const char* condition, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: internal check failed: %s\n", file, line, condition);
  std::fflush(stderr);
  std::abort();
}

}  // namespace smp::core::detail

#if defined(SMP_ENABLE_ASSERTS) || !defined(NDEBUG)
#define SMP_ASSERTS_ON 1
#define SMP_ASSERT(condition)         \
  ((condition) ? static_cast<void>(0) \
               : ::smp::core::detail::assert_failed(#condition, __FILE__, __LINE__))
#else
#define SMP_ASSERTS_ON 0
// The condition is still compiled (so it cannot rot) but never evaluated.
#define SMP_ASSERT(condition) static_cast<void>(sizeof(static_cast<bool>(condition)))
#endif
