// Scar geometry on a particular scalp (notes N130, N62-N64): the FUT strip across the
// occipital band, FUE punctures scattered over the donor band, given lines and areas.
#include <algorithm>
#include <cmath>
#include <glm/common.hpp>
#include <unordered_map>

#include "core/scalp/generators/generators_internal.hpp"

namespace smp::core::scalpgen {
namespace {
constexpr double kPi = 3.14159265358979323846;

RectMm bounds_of(const std::vector<Vec2>& pts, double pad_mm) {
  RectMm b{pts.front(), pts.front()};
  for (const Vec2& p : pts) {
    b.min_mm = glm::min(b.min_mm, p);
    b.max_mm = glm::max(b.max_mm, p);
  }
  b.min_mm -= Vec2(pad_mm);
  b.max_mm += Vec2(pad_mm);
  return b;
}

// A horizontal strip across the back: an arc at constant distance from the vertex (a line of
// constant height on the head), centred on the midline, with a slow wave along it.
Polyline fut_path(const Chart& chart, double length_mm, const ScalpGenParams& params, Rng& rng) {
  const double vy = chart.landmarks.vertex_mm.y;
  const double band_mid_r =
      0.5 * (chart.landmarks.occipital_band_top_mm + chart.landmarks.occipital_band_bottom_mm) - vy;
  const double r0 = band_mid_r + rng.uniform(-1.0, 1.0) * params.fut_max_offset_from_band_mid_mm;
  const double half_angle = 0.5 * length_mm / r0;
  const double phase1 = rng.uniform(0.0, 2.0 * kPi);
  const double phase2 = rng.uniform(0.0, 2.0 * kPi);
  const int n = std::max(2, static_cast<int>(std::ceil(length_mm / params.scar_path_step_mm)));
  Polyline path;
  for (int i = 0; i <= n; ++i) {
    const double u = static_cast<double>(i) / n;  // 0..1 from the client's left to right
    const double theta = -kPi + half_angle - 2.0 * half_angle * u;  // left ear ... right ear
    const double wave = params.fut_waviness_mm * (0.7 * std::sin(2.0 * kPi * 1.5 * u + phase1) +
                                                  0.3 * std::sin(2.0 * kPi * 4.0 * u + phase2));
    path.push_back(from_vertex_polar(chart, r0 + wave, theta));
  }
  if (path.front().x > path.back().x) std::reverse(path.begin(), path.end());
  return path;
}

std::vector<Vec2> fue_centres(const Chart& chart, const ScarSpec& spec,
                              const ScalpGenParams& params, Rng& rng) {
  const double vy = chart.landmarks.vertex_mm.y;
  const double r_in = chart.landmarks.occipital_band_top_mm - vy;
  const double r_out = chart.landmarks.occipital_band_bottom_mm - vy;
  const double spacing = params.fue_min_centre_spacing_mm;
  const double cell = spacing;
  auto key = [&](Vec2 p) {
    const auto cx = static_cast<std::int64_t>(std::floor(p.x / cell));
    const auto cy = static_cast<std::int64_t>(std::floor(p.y / cell));
    return (cx + 100000) * 200003 + (cy + 100000);
  };
  std::unordered_map<std::int64_t, std::vector<Vec2>> buckets;
  std::vector<Vec2> out;
  const int wanted = std::max(spec.puncture_count, 0);
  const long max_tries = 60L * wanted + 1000;
  for (long t = 0; t < max_tries && static_cast<int>(out.size()) < wanted; ++t) {
    // Uniform over the annulus sector behind the ears.
    const double r = std::sqrt(rng.uniform(r_in * r_in, r_out * r_out));
    const double theta = rng.uniform(100.0, 260.0) * kPi / 180.0;
    const Vec2 p = from_vertex_polar(chart, r, theta);
    if (!in_occipital_band(chart, p)) continue;
    bool clash = false;
    const auto cx = static_cast<std::int64_t>(std::floor(p.x / cell));
    const auto cy = static_cast<std::int64_t>(std::floor(p.y / cell));
    for (std::int64_t dx = -1; dx <= 1 && !clash; ++dx)
      for (std::int64_t dy = -1; dy <= 1 && !clash; ++dy) {
        const auto it = buckets.find((cx + dx + 100000) * 200003 + (cy + dy + 100000));
        if (it == buckets.end()) continue;
        for (const Vec2& o : it->second)
          if (distance_mm(o, p) < spacing) clash = true;
      }
    if (clash) continue;
    buckets[key(p)].push_back(p);
    out.push_back(p);
  }
  return out;
}
}  // namespace

Scar make_scar(const Chart& chart, const ScarSpec& spec, const ScalpGenParams& params, Rng rng) {
  Scar scar;
  scar.kind = spec.kind;
  scar.tissue = spec.tissue;
  switch (spec.kind) {
    case ScarKind::FutStrip:
    case ScarKind::SurgicalLine: {
      scar.width_mm = std::max(spec.width_mm, 0.0);
      scar.path_mm = spec.path_mm;
      if (scar.path_mm.size() < 2 && spec.kind == ScarKind::FutStrip)
        scar.path_mm = fut_path(chart, std::max(spec.length_mm, 1.0), params, rng);
      if (scar.path_mm.empty()) break;
      scar.bounds_mm = bounds_of(scar.path_mm, 0.5 * scar.width_mm);
      scar.area_mm2 = polyline_length_mm(scar.path_mm) * scar.width_mm;
      break;
    }
    case ScarKind::FuePunctures: {
      scar.punctures_mm = fue_centres(chart, spec, params, rng);
      const double lo = std::min(spec.punch_min_diameter_mm, spec.punch_max_diameter_mm);
      const double hi = std::max(spec.punch_min_diameter_mm, spec.punch_max_diameter_mm);
      for (std::size_t i = 0; i < scar.punctures_mm.size(); ++i) {
        const double d = rng.uniform(lo, hi);
        scar.puncture_diameters_mm.push_back(d);
        scar.area_mm2 += 0.25 * kPi * d * d;
      }
      if (!scar.punctures_mm.empty()) scar.bounds_mm = bounds_of(scar.punctures_mm, 0.5 * hi);
      break;
    }
    case ScarKind::IrregularArea: {
      scar.outline_mm = spec.outline_mm;
      if (scar.outline_mm.size() < 3) break;
      scar.bounds_mm = bounds_of(scar.outline_mm, 0.0);
      scar.area_mm2 = polygon_area_mm2(scar.outline_mm);
      break;
    }
  }
  return scar;
}

void remove_hair_under_scar(const Scar& scar, FieldGrid& hair) {
  const double cell = hair.cell_mm;
  if (scar.kind == ScarKind::FuePunctures) {
    // Each punch took one follicular unit out of its cell.
    const float per_unit = static_cast<float>(100.0 / (cell * cell));  // 1 FU in FU/cm^2
    for (const Vec2& p : scar.punctures_mm) {
      const int c = static_cast<int>(std::floor((p.x - hair.origin_mm.x) / cell));
      const int r = static_cast<int>(std::floor((p.y - hair.origin_mm.y) / cell));
      if (c < 0 || r < 0 || c >= hair.cols || r >= hair.rows) continue;
      hair.at(c, r) = std::max(0.0f, hair.at(c, r) - per_unit);
    }
    return;
  }
  if (scar.bounds_mm.width_mm() <= 0.0) return;
  // Line and area scars: hair removed in proportion to the part of the cell they cover.
  constexpr int kSub = 4;
  const int c0 = std::max(
      0, static_cast<int>(std::floor((scar.bounds_mm.min_mm.x - hair.origin_mm.x) / cell)));
  const int r0 = std::max(
      0, static_cast<int>(std::floor((scar.bounds_mm.min_mm.y - hair.origin_mm.y) / cell)));
  const int c1 =
      std::min(hair.cols - 1,
               static_cast<int>(std::floor((scar.bounds_mm.max_mm.x - hair.origin_mm.x) / cell)));
  const int r1 =
      std::min(hair.rows - 1,
               static_cast<int>(std::floor((scar.bounds_mm.max_mm.y - hair.origin_mm.y) / cell)));
  for (int r = r0; r <= r1; ++r) {
    for (int c = c0; c <= c1; ++c) {
      if (hair.at(c, r) <= 0.0f) continue;
      // Cells clear of a line scar need no sub-sampling.
      const bool line = scar.kind == ScarKind::FutStrip || scar.kind == ScarKind::SurgicalLine;
      if (line &&
          distance_to_polyline_mm(hair.centre_of(c, r), scar.path_mm) > 0.5 * scar.width_mm + cell)
        continue;
      int covered = 0;
      const Vec2 corner = hair.origin_mm + Vec2(c * cell, r * cell);
      for (int j = 0; j < kSub; ++j)
        for (int i = 0; i < kSub; ++i)
          if (on_scar(scar, corner + Vec2((i + 0.5) * cell / kSub, (j + 0.5) * cell / kSub)))
            ++covered;
      hair.at(c, r) *= 1.0f - static_cast<float>(covered) / (kSub * kSub);
    }
  }
}

}  // namespace smp::core::scalpgen
