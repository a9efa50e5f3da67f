// find_holes(): empty discs from the empty-space field (empty_space_field.cpp), each candidate
// refined with exact nearest-dot distances.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "core/stats/empty_space.hpp"

namespace smp::core {
namespace {

// Holes refined exactly (largest first); the rest keep the estimate of the field.
constexpr std::size_t kRefined = 12;
// How far (in field cells) beyond the start's nearest dot the refinement keeps the dots at hand.
constexpr double kReachCells = 2.0;

// The eight directions the refinement steps in, 45 degrees apart (computed once).
const std::array<Vec2, 8> kCompass = [] {
  std::array<Vec2, 8> dirs{};
  for (int k = 0; k < 8; ++k) {
    const double ang = k * 0.7853981633974483;
    dirs[static_cast<std::size_t>(k)] = Vec2(std::cos(ang), std::sin(ang));
  }
  return dirs;
}();

// Distances from points near a start point to their nearest dot, exactly as
// SpatialIndex::nearest() gives them (the square root of the least squared distance), from the
// dots within a reach of the start, nearest first: a query stops once the rest are surely
// farther, and one whose nearest dot might lie beyond the reach asks the index.
class NearbyDots {
 public:
  void gather(const SpatialIndex& dots, Vec2 start_mm, double reach_mm) {
    dots_ = &dots;
    start_mm_ = start_mm;
    reach_mm_ = reach_mm;
    dots.within_radius(start_mm, reach_mm, ids_);
    near_.clear();
    if (ids_.size() > kMaxNear) return;  // a vast empty area: the index is quicker
    for (std::uint32_t i : ids_) {
      const Vec2 x = dots.point(i);
      const double dx = x.x - start_mm.x, dy = x.y - start_mm.y;
      near_.push_back({x, std::sqrt(dx * dx + dy * dy)});
    }
    std::sort(near_.begin(), near_.end(),
              [](const Near& a, const Near& b) { return a.from_start_mm < b.from_start_mm; });
  }
  double distance_mm(Vec2 q) const {
    const double ox = q.x - start_mm_.x, oy = q.y - start_mm_.y;
    const double off = std::sqrt(ox * ox + oy * oy);
    double best2 = std::numeric_limits<double>::infinity();
    for (const Near& n : near_) {
      // Every dot from here on is at least `lower` away (the slack covers rounding).
      const double lower = n.from_start_mm - off - kSlackMm;
      if (lower > 0.0 && lower * lower > best2) break;
      const double dx = q.x - n.pos_mm.x, dy = q.y - n.pos_mm.y;
      best2 = std::min(best2, dx * dx + dy * dy);
    }
    const double best = std::sqrt(best2);
    // Dots beyond the reach are farther than reach - off from q.
    if (best <= reach_mm_ - off - kSlackMm) return best;
    return dots_->nearest(q).distance_mm;
  }

 private:
  static constexpr std::size_t kMaxNear = 512;
  static constexpr double kSlackMm = 1e-9;
  struct Near {
    Vec2 pos_mm;
    double from_start_mm;
  };
  const SpatialIndex* dots_ = nullptr;
  Vec2 start_mm_{0.0, 0.0};
  double reach_mm_ = 0.0;
  std::vector<std::uint32_t> ids_;
  std::vector<Near> near_;
};

}  // namespace

std::vector<Hole> find_holes(const EmptySpaceField& field, const SpatialIndex& dots,
                             const RegionMask& region, double min_diameter_mm) {
  std::vector<Hole> holes;
  if (!(min_diameter_mm > 0.0) || field.cols == 0 || dots.empty()) return holes;
  const int cols = field.cols, rows = field.rows;
  const double h = field.cell_mm;
  const auto at = [cols](int c, int r) {
    return static_cast<std::size_t>(r) * static_cast<std::size_t>(cols) +
           static_cast<std::size_t>(c);
  };
  const auto centre = [&](int c, int r) {
    return field.origin_mm + Vec2((c + 0.5) * h, (r + 0.5) * h);
  };
  const double radius = 0.5 * min_diameter_mm;
  // The field may under-read by up to h / sqrt(2) (dots snapped to cell centres).
  const double threshold = radius - h * 0.7072;
  // Only the part of the field that covers the window.
  const RectMm b = region.bounds_mm();
  const int c0 = std::max(0, static_cast<int>((b.min_mm.x - field.origin_mm.x) / h));
  const int r0 = std::max(0, static_cast<int>((b.min_mm.y - field.origin_mm.y) / h));
  const int c1 = std::min(cols - 1, static_cast<int>((b.max_mm.x - field.origin_mm.x) / h));
  const int r1 = std::min(rows - 1, static_cast<int>((b.max_mm.y - field.origin_mm.y) / h));
  if (c1 < c0 || r1 < r0) return holes;
  // Candidates: cells deeper than the threshold whose centre is inside the window, away from
  // its edge (region.contains_interior(), written out: the window cell a centre falls in is
  // found once per column and once per row, by the same expressions, and the test is made once
  // per window cell). Per column of this part of the field, whether the window's interior
  // reaches it in the current row.
  const auto window_index = [](double p, double origin, double cell) {
    const double f = (p - origin) / cell;
    return f >= 0.0 ? static_cast<int>(f) : -1;
  };
  const auto interior = [&region](int mc, int mr) {
    if (region.exact_perimeter_mm) return region.cell_inside(mc, mr);
    return region.cell_inside(mc, mr) && region.cell_inside(mc - 1, mr) &&
           region.cell_inside(mc + 1, mr) && region.cell_inside(mc, mr - 1) &&
           region.cell_inside(mc, mr + 1);
  };
  const int lc = c1 - c0 + 1;
  std::vector<int> window_col(static_cast<std::size_t>(lc));
  for (int c = c0; c <= c1; ++c)
    window_col[static_cast<std::size_t>(c - c0)] =
        window_index(centre(c, 0).x, region.origin_mm.x, region.cell_mm);
  std::vector<std::uint8_t> inside(static_cast<std::size_t>(lc));
  // The same per window column (window_col is non-decreasing), from window_col.front() - 1 on.
  std::vector<std::uint8_t> window_inside(
      static_cast<std::size_t>(window_col.back() - window_col.front() + 2), 0);
  // The candidates as runs along rows, in row-major order.
  struct Run {
    int row, begin, end;  // columns [begin, end)
  };
  std::vector<Run> runs;
  for (int r = r0, inside_row = -2; r <= r1; ++r) {
    const int mr = window_index(centre(0, r).y, region.origin_mm.y, region.cell_mm);
    if (mr < 0) continue;
    if (mr != inside_row) {
      inside_row = mr;
      for (int mc = window_col.front(); mc <= window_col.back(); ++mc)
        window_inside[static_cast<std::size_t>(mc + 1 - window_col.front())] =
            mc >= 0 && interior(mc, mr);
      for (std::size_t i = 0; i < inside.size(); ++i)
        inside[i] = window_inside[static_cast<std::size_t>(window_col[i] + 1 - window_col.front())];
    }
    const float* row = &field.dist_mm[at(c0, r)];
    for (int i = 0; i < lc; ++i) {
      // NaN (outside the `needed` window) is never deeper.
      if (!inside[static_cast<std::size_t>(i)] || !(row[i] > threshold)) continue;
      if (!runs.empty() && runs.back().row == r && runs.back().end == c0 + i)
        ++runs.back().end;
      else
        runs.push_back({r, c0 + i, c0 + i + 1});
    }
  }
  // One candidate per 4-connected component, at its deepest cell (ties: the first in row-major
  // order), the components in the order of their first cell: the runs joined with the
  // overlapping runs of the row above (union-find, the root the earliest run).
  std::vector<std::size_t> parent(runs.size());
  for (std::size_t i = 0; i < runs.size(); ++i) parent[i] = i;
  const auto root = [&parent](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (std::size_t i = 0, above_begin = 0, above_end = 0; i < runs.size();) {
    std::size_t j = i;
    while (j < runs.size() && runs[j].row == runs[i].row) ++j;
    if (above_end > above_begin && runs[above_begin].row + 1 == runs[i].row)
      for (std::size_t k = i, q0 = above_begin; k < j; ++k) {
        while (q0 < above_end && runs[q0].end <= runs[k].begin) ++q0;
        for (std::size_t q = q0; q < above_end && runs[q].begin < runs[k].end; ++q) {
          const std::size_t ra = root(k), rb = root(q);
          parent[std::max(ra, rb)] = std::min(ra, rb);
        }
      }
    above_begin = i;
    above_end = j;
    i = j;
  }
  struct Candidate {
    int c, r;
    std::size_t order;  // of discovery
    float depth;
  };
  std::vector<Candidate> found;
  std::vector<std::size_t> component(runs.size());
  for (std::size_t k = 0; k < runs.size(); ++k) {
    const Run& run = runs[k];
    const std::size_t top = root(k);
    if (top == k) {
      component[k] = found.size();
      found.push_back({run.begin, run.row, found.size(), field.dist_mm[at(run.begin, run.row)]});
    } else {
      component[k] = component[top];
    }
    Candidate& best = found[component[k]];
    const float* row = &field.dist_mm[at(0, run.row)];
    for (int c = run.begin; c < run.end; ++c)
      if (row[c] > best.depth) best = {c, run.row, best.order, row[c]};
  }
  // Only the deepest few are refined, in the order of a stable sort by depth; the others are
  // kept or dropped on their own, and `holes` is sorted on its whole content at the end.
  const std::size_t refined = std::min(kRefined, found.size());
  std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(refined),
                    found.end(), [](const Candidate& x, const Candidate& y) {
                      return x.depth > y.depth || (x.depth == y.depth && x.order < y.order);
                    });
  NearbyDots nearby;
  for (std::size_t i = 0; i < found.size(); ++i) {
    Vec2 p = centre(found[i].c, found[i].r);
    if (i >= refined) {
      // Beyond the largest few, the field's own estimate is good enough.
      if (found[i].depth > radius) holes.push_back({p, 2.0 * found[i].depth});
      continue;
    }
    // Refine: climb to the centre of the largest empty disc with exact nearest-dot queries.
    double d = dots.nearest(p).distance_mm;
    double step = 0.5 * h;
    // The climb seldom strays more than a cell or two from where it starts.
    nearby.gather(dots, p, d + kReachCells * h);
    for (int it = 0; it < 16 && step > 0.02 * h; ++it) {
      bool moved = false;
      for (int k = 0; k < 8; ++k) {
        const Vec2 q = p + step * kCompass[k];
        const double dq = nearby.distance_mm(q);
        if (dq > d) {
          d = dq;
          p = q;
          moved = true;
        }
      }
      if (!moved) step *= 0.5;
    }
    if (d > radius && region.contains_interior(p)) holes.push_back({p, 2.0 * d});
  }
  std::sort(holes.begin(), holes.end(), [](const Hole& x, const Hole& y) {
    if (x.diameter_mm != y.diameter_mm) return x.diameter_mm > y.diameter_mm;
    if (x.centre_mm.x != y.centre_mm.x) return x.centre_mm.x < y.centre_mm.x;
    return x.centre_mm.y < y.centre_mm.y;
  });
  return holes;
}

std::vector<Hole> find_holes(const SpatialIndex& dots, const RegionMask& region,
                             double min_diameter_mm, double grid_mm, std::size_t max_cells) {
  if (!(min_diameter_mm > 0.0) || !(grid_mm > 0.0) || region.inside_cell_count() == 0) return {};
  const RectMm inner = region.bounds_mm();
  const RectMm area{inner.min_mm - Vec2(min_diameter_mm), inner.max_mm + Vec2(min_diameter_mm)};
  return find_holes(empty_space_field(dots, area, grid_mm, max_cells, &region), dots, region,
                    min_diameter_mm);
}

}  // namespace smp::core
