// Two doubles side by side and the few lane-wise operations the spatial kernels need: GCC vector
// extensions (SSE2 registers on x86-64), or plain pairs of doubles when SMP_NO_SIMD is defined
// (CMake SMP_SIMD=OFF). Both give the same bits. Not a general SIMD library: add what a kernel
// needs, with the scalar twin beside it.
#pragma once
#include <cstdint>
#include <cstring>

#if !defined(SMP_NO_SIMD) && defined(__GNUC__)
#define SMP_SIMD_VECTORS 1
#else
#define SMP_SIMD_VECTORS 0
#endif

namespace smp::core::simd {

// Two doubles.
struct F64x2 {
#if SMP_SIMD_VECTORS
  using Native = double __attribute__((vector_size(16)));
  Native v;
#else
  double v[2];
#endif
};

// Per lane, whether a comparison held: all bits set (-1) or none.
struct Mask2 {
#if SMP_SIMD_VECTORS
  using Native = long long __attribute__((vector_size(16)));
  Native v;
#else
  std::int64_t v[2];
#endif
};

// Per lane, a count of true masks.
struct Count2 {
  Mask2 v{};
};

inline F64x2 set(double lane0, double lane1) {
  return F64x2{{lane0, lane1}};
}
inline F64x2 splat(double x) {
  return F64x2{{x, x}};
}
// Two consecutive doubles, no alignment needed.
inline F64x2 load(const double* p) {
  F64x2 r;
  std::memcpy(&r.v, p, sizeof r.v);
  return r;
}
inline double lane(F64x2 a, int i) {
  return a.v[i];
}

#if SMP_SIMD_VECTORS

inline F64x2 operator+(F64x2 a, F64x2 b) {
  return {a.v + b.v};
}
inline F64x2 operator-(F64x2 a, F64x2 b) {
  return {a.v - b.v};
}
inline F64x2 operator*(F64x2 a, F64x2 b) {
  return {a.v * b.v};
}
inline Mask2 operator<(F64x2 a, F64x2 b) {
  return {a.v < b.v};
}
// Per lane: m ? yes : no.
inline F64x2 select(Mask2 m, F64x2 yes, F64x2 no) {
  return {m.v ? yes.v : no.v};
}
// Per lane: a < b ? a : b, so b when either is NaN and when they are equal (minpd's rule).
inline F64x2 min(F64x2 a, F64x2 b) {
#if defined(__SSE2__)
  return {__builtin_ia32_minpd(a.v, b.v)};  // g++ 12 does not turn the select into minpd
#else
  return {a.v < b.v ? a.v : b.v};
#endif
}
inline void add_true(Count2& c, Mask2 m) {
  c.v.v -= m.v;
}
inline std::int64_t total(Count2 c) {
  return c.v.v[0] + c.v.v[1];
}

#else

inline F64x2 operator+(F64x2 a, F64x2 b) {
  return {{a.v[0] + b.v[0], a.v[1] + b.v[1]}};
}
inline F64x2 operator-(F64x2 a, F64x2 b) {
  return {{a.v[0] - b.v[0], a.v[1] - b.v[1]}};
}
inline F64x2 operator*(F64x2 a, F64x2 b) {
  return {{a.v[0] * b.v[0], a.v[1] * b.v[1]}};
}
inline Mask2 operator<(F64x2 a, F64x2 b) {
  return {{a.v[0] < b.v[0] ? -1 : 0, a.v[1] < b.v[1] ? -1 : 0}};
}
inline F64x2 select(Mask2 m, F64x2 yes, F64x2 no) {
  return {{m.v[0] ? yes.v[0] : no.v[0], m.v[1] ? yes.v[1] : no.v[1]}};
}
inline F64x2 min(F64x2 a, F64x2 b) {
  return {{a.v[0] < b.v[0] ? a.v[0] : b.v[0], a.v[1] < b.v[1] ? a.v[1] : b.v[1]}};
}
inline void add_true(Count2& c, Mask2 m) {
  c.v.v[0] -= m.v[0];
  c.v.v[1] -= m.v[1];
}
inline std::int64_t total(Count2 c) {
  return c.v.v[0] + c.v.v[1];
}

#endif

inline F64x2& operator+=(F64x2& a, F64x2 b) {
  return a = a + b;
}

}  // namespace smp::core::simd
