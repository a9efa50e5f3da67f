#include "core/stats/quadrats.hpp"

#include <cmath>
#include <cstddef>

#include "core/base/fast_floor.hpp"

namespace smp::core {

QuadratStats quadrat_stats(std::span<const Vec2> points, const RegionMask& region, double side_mm,
                           Vec2 offset_mm) {
  QuadratStats qs;
  qs.side_mm = side_mm;
  if (!(side_mm > 0.0)) return qs;
  const RectMm b = region.bounds_mm();
  const Vec2 origin = b.min_mm - offset_mm;
  const int qc = static_cast<int>(std::ceil((b.max_mm.x - origin.x) / side_mm));
  const int qr = static_cast<int>(std::ceil((b.max_mm.y - origin.y) / side_mm));
  if (qc <= 0 || qr <= 0) return qs;
  // A quadrat is used only when it lies wholly in the window: 5 x 5 probe points inside.
  constexpr int kProbe = 5;
  std::vector<int> index(static_cast<std::size_t>(qc) * static_cast<std::size_t>(qr), -1);
  for (int r = 0; r < qr; ++r)
    for (int c = 0; c < qc; ++c) {
      bool full = true;
      for (int j = 0; j < kProbe && full; ++j)
        for (int i = 0; i < kProbe && full; ++i) {
          const Vec2 p =
              origin + Vec2((c + (i + 0.5) / kProbe) * side_mm, (r + (j + 0.5) / kProbe) * side_mm);
          full = region.contains(p);
        }
      if (!full) continue;
      index[static_cast<std::size_t>(r) * static_cast<std::size_t>(qc) +
            static_cast<std::size_t>(c)] = static_cast<int>(qs.cells.size());
      qs.cells.push_back({origin + Vec2((c + 0.5) * side_mm, (r + 0.5) * side_mm), 0});
    }
  const BinQuotient in_sides(side_mm);  // no division per dot
  for (const Vec2& p : points) {
    const double fx = in_sides(p.x - origin.x);
    const double fy = in_sides(p.y - origin.y);
    if (!(fx >= 0.0) || !(fy >= 0.0) || fx >= qc || fy >= qr) continue;
    const int id = index[static_cast<std::size_t>(fy) * static_cast<std::size_t>(qc) +
                         static_cast<std::size_t>(fx)];
    if (id >= 0) ++qs.cells[static_cast<std::size_t>(id)].count;
  }
  qs.quadrats = static_cast<int>(qs.cells.size());
  if (qs.quadrats < 2) return qs;
  double sum = 0.0;
  for (const QuadratCell& q : qs.cells) sum += q.count;
  qs.mean_count = sum / qs.quadrats;
  double ss = 0.0;
  for (const QuadratCell& q : qs.cells) ss += (q.count - qs.mean_count) * (q.count - qs.mean_count);
  const double var = ss / (qs.quadrats - 1);
  if (qs.mean_count > 0.0) {
    qs.cv = std::sqrt(var) / qs.mean_count;
    qs.vmr = var / qs.mean_count;
  }
  return qs;
}

}  // namespace smp::core
