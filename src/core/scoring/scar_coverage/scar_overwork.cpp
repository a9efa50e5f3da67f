// Overworking a scar (notes R20): punctures repeated on the same spot in one session, and
// too much of the final density put in by one session. Measures only; the penalty is
// score_scar's. Part of scar_coverage.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

#include "core/base/assert.hpp"
#include "core/scoring/scar_coverage/scar_internal.hpp"

namespace smp::core::scar_detail {
namespace {

// Sessions 0..7 are told apart; later ones count as the eighth.
constexpr int kMaxSessionSlot = 7;
int session_slot(const Dot& d) {
  return std::clamp(d.session, 0, kMaxSessionSlot);
}

// The impressions on the scar's cells, bucketed by (repeat-radius cell, session), and counted
// per session. Only the count of repeats is read from the map, so its order does not matter.
struct ScarImpressions {
  std::unordered_map<std::int64_t, std::vector<const Dot*>> grid;
  std::vector<double> per_session = std::vector<double>(kMaxSessionSlot + 1, 0.0);
  double total = 0;
};

std::int64_t bucket_key(std::int64_t gx, std::int64_t gy, int slot) {
  return (gx * 1000003 + gy) * (kMaxSessionSlot + 1) + slot;
}

double repeat_share(const ScarImpressions& on_scar, double cell_g, double repeat_radius_mm) {
  double repeats = 0;
  for (const auto& [k, list] : on_scar.grid) {
    (void)k;
    for (const Dot* d : list) {
      const auto gx = static_cast<std::int64_t>(std::floor(d->pos_mm.x / cell_g));
      const auto gy = static_cast<std::int64_t>(std::floor(d->pos_mm.y / cell_g));
      bool rep = false;
      for (std::int64_t dx = -1; dx <= 1 && !rep; ++dx)
        for (std::int64_t dy = -1; dy <= 1 && !rep; ++dy) {
          const auto it = on_scar.grid.find(bucket_key(gx + dx, gy + dy, session_slot(*d)));
          if (it == on_scar.grid.end()) continue;
          for (const Dot* o : it->second)
            if (o != d && distance_mm(o->pos_mm, d->pos_mm) < repeat_radius_mm) rep = true;
        }
      if (rep) ++repeats;
    }
  }
  return on_scar.total > 0 ? repeats / on_scar.total : 0.0;
}

}  // namespace

bool sessions_can_be_judged(const Attempt& attempt, const Level& level) {
  int first_session = 0;
  bool one_session = true;
  for (const Dot& d : attempt.dots) {
    if (first_session == 0) first_session = d.session;
    one_session = one_session && d.session == first_session;
  }
  return !(one_session && level.task.sessions > 1);
}

Overwork measure_overwork(std::span<const Dot> dots, const ScarRaster& R, double scar_area_mm2,
                          double reference_per_cm2, bool judge_sessions, const ScarParams& p) {
  SMP_ASSERT(scar_area_mm2 > 0.0 && reference_per_cm2 > 0.0);
  // Buckets at least as wide as the repeat radius, so a repeat is always in a neighbouring one.
  const double cell_g = std::max(p.repeat_radius_mm, 0.05);
  ScarImpressions on_scar;
  for (const Dot& d : dots) {
    const std::ptrdiff_t i = R.cell_of(d.pos_mm);
    if (i < 0 || !R.scar[static_cast<std::size_t>(i)]) continue;
    ++on_scar.total;
    on_scar.per_session[static_cast<std::size_t>(session_slot(d))] += 1.0;
    on_scar
        .grid[bucket_key(static_cast<std::int64_t>(std::floor(d.pos_mm.x / cell_g)),
                         static_cast<std::int64_t>(std::floor(d.pos_mm.y / cell_g)),
                         session_slot(d))]
        .push_back(&d);
  }
  Overwork w;
  w.repeat_share = repeat_share(on_scar, cell_g, p.repeat_radius_mm);
  if (judge_sessions) {
    for (double c : on_scar.per_session) {
      const double share = c / scar_area_mm2 * 100.0 / reference_per_cm2;
      w.worst_session_share = std::max(w.worst_session_share, share);
      w.session_excess += std::max(0.0, share - p.max_session_share);
    }
  }
  return w;
}

}  // namespace smp::core::scar_detail
