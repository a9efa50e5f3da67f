#include "render/look/look.hpp"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>

#include "core/base/rng.hpp"
#include "render/look/noise.hpp"

namespace smp::render {
namespace {

constexpr double kBackdropMarginMm = 25.0;

double exact_signed_distance(const core::Polyline& outline, core::Vec2 p, double cap_mm) {
  double best = cap_mm;
  const std::size_t n = outline.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++)
    best = std::min(best, core::distance_to_segment_mm(p, outline[j], outline[i]));
  return core::point_in_polygon(p, outline) ? best : -best;
}

// Signed distance to a closed outline on a grid (+ inside), capped at cap_mm. Exact on a coarse
// grid first; fine cells are computed exactly only near the outline, interpolated elsewhere.
core::FieldGrid signed_distance(const core::Polyline& outline, const core::RectMm& area,
                                double cell_mm, float cap_mm) {
  core::FieldGrid g = core::FieldGrid::covering(area, cell_mm, -cap_mm);
  if (outline.size() < 3) return g;
  const double coarse_mm = cell_mm * 4.0;
  core::FieldGrid coarse =
      core::FieldGrid::covering({area.min_mm - core::Vec2{coarse_mm, coarse_mm},
                                 area.max_mm + core::Vec2{coarse_mm, coarse_mm}},
                                coarse_mm, -cap_mm);
  for (int r = 0; r < coarse.rows; ++r)
    for (int c = 0; c < coarse.cols; ++c)
      coarse.at(c, r) =
          static_cast<float>(exact_signed_distance(outline, coarse.centre_of(c, r), cap_mm));
  const double band = coarse_mm * 1.5;
  for (int r = 0; r < g.rows; ++r)
    for (int c = 0; c < g.cols; ++c) {
      const core::Vec2 p = g.centre_of(c, r);
      const float approx = coarse.sample(p);
      g.at(c, r) = std::abs(approx) > band
                       ? approx
                       : static_cast<float>(exact_signed_distance(outline, p, cap_mm));
    }
  return g;
}

// Tone x mottling x curvature shading + sheen, on the field grid (see draw_skin for the rest).
void build_skin_fields(ScalpLook& look, const core::Scalp& scalp, const SkinLookParams& sp) {
  PackedField& f = look.skin_fields;
  // One cell more each way than covers the chart, so that every chart point lies between centres.
  static_cast<core::ChartGrid&>(f) = core::ChartGrid::covering(look.bounds_mm, sp.field_cell_mm);
  f.cols += 1;
  f.rows += 1;
  f.data.assign(static_cast<std::size_t>(f.cols * f.rows * PackedField::kChannels), 0.0f);
  const core::Vec2 chart_centre = (look.bounds_mm.min_mm + look.bounds_mm.max_mm) * 0.5;
  // Top light: the sheen sits a little in front of the vertex.
  const core::Vec2 sheen_mm = scalp.chart.landmarks.vertex_mm * 0.8;
  const Rgb white{1.0f, 1.0f, 1.0f};
  for (int r = 0; r < f.rows; ++r)
    for (int c = 0; c < f.cols; ++c) {
      const core::Vec2 p = f.centre_of(c, r);
      float* cell = &f.data[static_cast<std::size_t>((r * f.cols + c) * PackedField::kChannels)];
      const double far = std::min(1.0, core::distance_mm(p, chart_centre) / 420.0);
      const float mottle = fractal_noise(p, sp.mottle_cell_mm, 3, look.seed ^ 0x11u);
      const float red = fractal_noise(p, sp.mottle_cell_mm * 1.7, 2, look.seed ^ 0x22u);
      Rgb col = scale(look.skin, 1.0f + sp.mottle_strength * mottle);
      col.r *= 1.0f + sp.redness_strength * red;
      col.b *= 1.0f - sp.redness_strength * red;
      // A curved head seen from above: brightness ~ cos(surface angle), falling toward the rim.
      const float sd = sample_or(look.head_sd_mm, p, -static_cast<float>(sp.rim_shade_mm));
      const double u = std::clamp(sd / sp.rim_shade_mm, 0.0, 1.0);
      const double cosine = std::sqrt(1.0 - (1.0 - u) * (1.0 - u));
      col = scale(col, static_cast<float>(1.0 - sp.rim_darkening * (1.0 - cosine)));
      const double sheen_d = core::distance_mm(p, sheen_mm) / 100.0;
      col = mix(col, white,
                static_cast<float>(sp.highlight_strength * std::exp(-sheen_d * sheen_d) * u));
      cell[0] = col.r;
      cell[1] = col.g;
      cell[2] = col.b;
      cell[3] = static_cast<float>(far * far);
      cell[4] = sd;
    }
}

}  // namespace

void PackedField::sample(core::Vec2 p, float out[kChannels]) const {
  const double fx = std::clamp((p.x - origin_mm.x) / cell_mm - 0.5, 0.0, cols - 1.001);
  const double fy = std::clamp((p.y - origin_mm.y) / cell_mm - 0.5, 0.0, rows - 1.001);
  const int x0 = static_cast<int>(fx), y0 = static_cast<int>(fy);
  const float tx = static_cast<float>(fx - x0), ty = static_cast<float>(fy - y0);
  const float* a = &data[static_cast<std::size_t>((y0 * cols + x0) * kChannels)];
  const float* b = a + static_cast<std::size_t>(cols * kChannels);
  for (int k = 0; k < kChannels; ++k) {
    const float top = a[k] + (a[k + kChannels] - a[k]) * tx;
    const float bottom = b[k] + (b[k + kChannels] - b[k]) * tx;
    out[k] = top + (bottom - top) * ty;
  }
}

float sample_or(const core::FieldGrid& g, core::Vec2 p, float outside) {
  const double fx = (p.x - g.origin_mm.x) / g.cell_mm;
  const double fy = (p.y - g.origin_mm.y) / g.cell_mm;
  if (fx < 0.0 || fy < 0.0 || fx > g.cols || fy > g.rows) return outside;
  return g.sample(p);
}

core::Vec2 growth_direction(core::Vec2 p, core::Vec2 whorl, const HairLookParams& hp) {
  core::Vec2 d = p - whorl;
  const double r = glm::length(d);
  if (r < 1e-6) return {0.0, -1.0};
  d /= r;
  // Sides: hair lies down toward the ears, i.e. outward and a little backward on the chart.
  const double side = std::clamp((std::abs(p.x) - 40.0) / 60.0, 0.0, 1.0);
  d = glm::normalize(d + side * core::Vec2{p.x > 0 ? 0.6 : -0.6, 0.35});
  const double a = hp.whorl_swirl_rad * std::exp(-r / hp.whorl_swirl_radius_mm);
  return {d.x * std::cos(a) - d.y * std::sin(a), d.x * std::sin(a) + d.y * std::cos(a)};
}

bool on_any_scar(const core::Scalp& scalp, core::Vec2 p) {
  for (const auto& s : scalp.scars) {
    const core::RectMm b{s.bounds_mm.min_mm - core::Vec2{1.0, 1.0},
                         s.bounds_mm.max_mm + core::Vec2{1.0, 1.0}};
    if (!b.contains(p)) continue;
    if (s.path_mm.size() >= 2 && core::distance_to_polyline_mm(p, s.path_mm) <= s.width_mm * 0.5)
      return true;
    for (std::size_t i = 0; i < s.punctures_mm.size(); ++i) {
      const double d = i < s.puncture_diameters_mm.size() ? s.puncture_diameters_mm[i] : 0.8;
      if (core::distance_mm(p, s.punctures_mm[i]) <= d * 0.5) return true;
    }
    if (s.outline_mm.size() >= 3 && core::point_in_polygon(p, s.outline_mm)) return true;
  }
  return false;
}

ScalpLook build_look(const core::Scalp& scalp, const RenderParams& params) {
  const SkinLookParams& sp = params.skin;
  const HairLookParams& hp = params.hair;
  ScalpLook look;
  const core::RectMm& cb = scalp.chart.bounds_mm;
  look.bounds_mm = {cb.min_mm - core::Vec2{kBackdropMarginMm, kBackdropMarginMm},
                    cb.max_mm + core::Vec2{kBackdropMarginMm, kBackdropMarginMm}};
  core::Rng rng = core::Rng(scalp.spec.seed).fork(0x52454E44);  // "REND"
  look.seed = static_cast<std::uint32_t>(rng.next_u64());
  const float cap = static_cast<float>(sp.rim_shade_mm);
  look.head_sd_mm =
      signed_distance(scalp.chart.head_outline_mm, look.bounds_mm, sp.field_cell_mm, cap);
  look.hairline_sd_mm = signed_distance(scalp.chart.natural_hair_boundary_mm, look.bounds_mm,
                                        sp.field_cell_mm * 2.0, 20.0f);
  look.skin = to_rgb(core::skin_colour_srgb(scalp.spec.profile.fitzpatrick));
  build_skin_fields(look, scalp, sp);
  look.hair = to_rgb(core::hair_colour_srgb(scalp.spec.profile.hair_colour));
  look.whorl_mm = scalp.chart.landmarks.crown_whorl_mm;
  look.max_strand_mm = hp.strand_max_mm + 0.5;

  // Strands: per density cell, candidates at the neighbourhood's peak density thinned by the
  // smooth (bilinear) density at each spot, so cell edges never show. One Rng stream per cell.
  const core::FieldGrid& dens = scalp.hair_density_per_cm2;
  look.bucket_cols =
      std::max(1, static_cast<int>(std::ceil(look.bounds_mm.width_mm() / look.bucket_mm)));
  look.bucket_rows =
      std::max(1, static_cast<int>(std::ceil(look.bounds_mm.height_mm() / look.bucket_mm)));
  std::vector<std::vector<Strand>> buckets(
      static_cast<std::size_t>(look.bucket_cols * look.bucket_rows));
  const core::Rng hair_rng = rng.fork(0x48414952);  // "HAIR"
  const double cell_area_cm2 = dens.cell_mm * dens.cell_mm / 100.0;
  for (int r = 0; r < dens.rows; ++r)
    for (int c = 0; c < dens.cols; ++c) {
      float peak = 0.0f;
      for (int j = std::max(0, r - 1); j <= std::min(dens.rows - 1, r + 1); ++j)
        for (int i = std::max(0, c - 1); i <= std::min(dens.cols - 1, c + 1); ++i)
          peak = std::max(peak, dens.at(i, j));
      if (peak <= 0.01f) continue;
      core::Rng cr =
          hair_rng.fork(static_cast<std::uint64_t>(r) * 100003u + static_cast<std::uint64_t>(c));
      const double expected = peak * cell_area_cm2;
      const int n = static_cast<int>(expected + cr.uniform());
      const core::Vec2 cell0 = dens.origin_mm + core::Vec2(c * dens.cell_mm, r * dens.cell_mm);
      for (int k = 0; k < n; ++k) {
        const core::Vec2 fu = cell0 + core::Vec2(cr.uniform(), cr.uniform()) * dens.cell_mm;
        const double keep = dens.sample(fu) / peak;
        const double u_keep = cr.uniform();
        // FU sizes (notes N30): 1 hair 28%, 2 hairs 53%, 3+ 19%; mean ~1.9-2.2 (notes N32).
        const double u_size = cr.uniform();
        const int hairs = u_size < 0.28 ? 1 : (u_size < 0.81 ? 2 : 3);
        const double base_angle = std::atan2(growth_direction(fu, look.whorl_mm, hp).y,
                                             growth_direction(fu, look.whorl_mm, hp).x);
        const double fu_len = cr.uniform(hp.strand_min_mm, hp.strand_max_mm);
        const float fu_tone = static_cast<float>(cr.uniform(0.8, 1.15));
        std::vector<Strand> fu_strands;
        for (int h = 0; h < hairs; ++h) {
          const double ang = base_angle + cr.normal(0.0, hp.direction_jitter_rad);
          // Stubble leaves the skin at an angle, so seen from above it looks shorter than it is.
          const double len = fu_len * cr.uniform(0.85, 1.1) *
                             std::cos(cr.uniform(hp.min_elevation_rad, hp.max_elevation_rad));
          const core::Vec2 root = fu + core::Vec2(cr.uniform(-0.08, 0.08), cr.uniform(-0.08, 0.08));
          const float w = static_cast<float>(hp.shaft_diameter_mm * cr.uniform(0.8, 1.2));
          fu_strands.push_back({root, root + len * core::Vec2(std::cos(ang), std::sin(ang)), w,
                                fu_tone * static_cast<float>(cr.uniform(0.92, 1.08))});
        }
        if (u_keep >= keep) continue;
        if (sample_or(look.head_sd_mm, fu, -1.0f) <= 0.3f) continue;
        if (on_any_scar(scalp, fu)) continue;
        const int bc =
            std::clamp(static_cast<int>((fu.x - look.bounds_mm.min_mm.x) / look.bucket_mm), 0,
                       look.bucket_cols - 1);
        const int br =
            std::clamp(static_cast<int>((fu.y - look.bounds_mm.min_mm.y) / look.bucket_mm), 0,
                       look.bucket_rows - 1);
        auto& b = buckets[static_cast<std::size_t>(br * look.bucket_cols + bc)];
        b.insert(b.end(), fu_strands.begin(), fu_strands.end());
      }
    }
  look.bucket_start.assign(buckets.size() + 1, 0);
  std::size_t total = 0;
  for (std::size_t b = 0; b < buckets.size(); ++b) {
    look.bucket_start[b] = static_cast<std::uint32_t>(total);
    total += buckets[b].size();
  }
  look.bucket_start[buckets.size()] = static_cast<std::uint32_t>(total);
  look.strands.reserve(total);
  for (auto& b : buckets) look.strands.insert(look.strands.end(), b.begin(), b.end());
  return look;
}

}  // namespace smp::render
