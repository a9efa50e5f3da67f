// SMP_ASSERT: stops the program on a broken invariant where asserts are on, costs nothing where
// they are off (the README's test build has them off, the sanitizer build on: CI runs both).
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>

#include "core/base/assert.hpp"

namespace {
int evaluations = 0;
bool counted(bool value) {
  ++evaluations;
  return value;
}
}  // namespace

TEST_CASE("an assert that holds lets the program go on") {
  evaluations = 0;
  SMP_ASSERT(counted(true));
  CHECK(evaluations == SMP_ASSERTS_ON);
}

#if SMP_ASSERTS_ON
TEST_CASE("a failed assert stops the program with SIGABRT") {
  std::fflush(nullptr);
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    std::freopen("/dev/null", "w", stderr);
    SMP_ASSERT(counted(false));
    _exit(0);  // not reached when the assert works
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGABRT);
}
#else
TEST_CASE("a compiled-out assert does not evaluate its condition") {
  evaluations = 0;
  SMP_ASSERT(counted(false));
  CHECK(evaluations == 0);
}
#endif
