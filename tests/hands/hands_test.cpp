// The hand models themselves: deterministic, and each one works as its description says.
#include <doctest/doctest.h>

#include "hands/hands.hpp"
