// When the expert places each dot: the work order within a session and the time between dots.
#include <algorithm>
#include <cmath>

#include "core/base/assert.hpp"
#include "core/exemplar/exemplar_internal.hpp"

namespace smp::core::exemplar_detail {

void sort_in_work_order(std::vector<Dot>& dots) {
  std::stable_sort(dots.begin(), dots.end(), [](const Dot& x, const Dot& y) {
    if (x.session != y.session) return x.session < y.session;
    const auto sx = static_cast<int>(std::floor(x.pos_mm.y / 10.0));
    const auto sy = static_cast<int>(std::floor(y.pos_mm.y / 10.0));
    if (sx != sy) return sx < sy;
    return (sx % 2 == 0) ? x.pos_mm.x < y.pos_mm.x : x.pos_mm.x > y.pos_mm.x;
  });
}

std::vector<std::int64_t> time_sessions(std::vector<Dot>& dots, int sessions,
                                        const ExemplarParams& xp, Rng& rng) {
  SMP_ASSERT(sessions >= 1 && xp.dots_per_s > 0.0);
  SMP_ASSERT(std::is_sorted(dots.begin(), dots.end(),
                            [](const Dot& x, const Dot& y) { return x.session < y.session; }));
  std::vector<std::int64_t> duration_ms(static_cast<std::size_t>(sessions), 0);
  double t = 0.0;
  int cur = 0;
  const double mean_gap_ms = 1000.0 / xp.dots_per_s;
  for (Dot& d : dots) {
    SMP_ASSERT(d.session >= 1 && d.session <= sessions);
    if (d.session != cur) cur = d.session, t = 0.0;
    t += mean_gap_ms * rng.uniform(0.7, 1.3);
    d.t_ms = static_cast<std::int64_t>(t);
    // Times never go back within a session (the last dot's time is its duration - 1 s).
    SMP_ASSERT(d.t_ms >= duration_ms[static_cast<std::size_t>(cur - 1)] - 1000);
    duration_ms[static_cast<std::size_t>(cur - 1)] = d.t_ms + 1000;
  }
  return duration_ms;
}

}  // namespace smp::core::exemplar_detail
