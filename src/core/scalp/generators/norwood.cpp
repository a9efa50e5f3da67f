// Norwood-Hamilton male pattern loss (notes N120, N57-N58): a receding front with temple
// triangles, a crown spot around the whorl, the bridge between them, and the permanent side/back
// fringe, each with soft, seeded, irregular edges.
#include <algorithm>
#include <cmath>

#include "core/scalp/generators/generators_internal.hpp"

namespace smp::core {

std::array<NorwoodShape, kNorwoodStageCount> default_norwood_shapes() {
  std::array<NorwoodShape, kNorwoodStageCount> s{};
  auto at = [&](NorwoodStage stage) -> NorwoodShape& { return s[static_cast<std::size_t>(stage)]; };
  // I: minimal recession at the corners.
  at(NorwoodStage::I).corner_recession_mm = 4.0;
  // II: symmetric temple triangles, staying > 2 cm in front of the bimeatal line (notes N57).
  at(NorwoodStage::II).mid_recession_mm = 3.0;
  at(NorwoodStage::II).corner_recession_mm = 28.0;
  at(NorwoodStage::II).corner_start_x_mm = 15.0;
  at(NorwoodStage::II).corner_full_x_mm = 50.0;
  // IIa: the whole front edge higher, a sparse mid-frontal island behind it.
  at(NorwoodStage::IIa).mid_recession_mm = 18.0;
  at(NorwoodStage::IIa).corner_recession_mm = 24.0;
  at(NorwoodStage::IIa).sparse_band_mm = 12.0;
  at(NorwoodStage::IIa).sparse_band_loss = 0.4;
  // III: deep temple recession beyond that limit.
  at(NorwoodStage::III).mid_recession_mm = 6.0;
  at(NorwoodStage::III).corner_recession_mm = 55.0;
  at(NorwoodStage::III).corner_start_x_mm = 8.0;
  at(NorwoodStage::III).corner_full_x_mm = 48.0;
  // IIIa: the front recedes as a whole toward the mid-coronal line.
  at(NorwoodStage::IIIa).mid_recession_mm = 32.0;
  at(NorwoodStage::IIIa).corner_recession_mm = 28.0;
  at(NorwoodStage::IIIa).sparse_band_mm = 10.0;
  at(NorwoodStage::IIIa).sparse_band_loss = 0.35;
  // III vertex: III front (no worse), plus a crown spot around the whorl (notes N58).
  at(NorwoodStage::IIIVertex) = at(NorwoodStage::III);
  at(NorwoodStage::IIIVertex).corner_recession_mm = 50.0;
  at(NorwoodStage::IIIVertex).vertex_half_width_mm = 30.0;
  at(NorwoodStage::IIIVertex).vertex_half_length_mm = 33.0;
  at(NorwoodStage::IIIVertex).vertex_loss = 0.95;
  // IV: worse front, bigger crown, a bridge of moderately dense hair between them.
  at(NorwoodStage::IV).mid_recession_mm = 18.0;
  at(NorwoodStage::IV).corner_recession_mm = 52.0;
  at(NorwoodStage::IV).corner_start_x_mm = 8.0;
  at(NorwoodStage::IV).corner_full_x_mm = 48.0;
  at(NorwoodStage::IV).vertex_half_width_mm = 31.0;
  at(NorwoodStage::IV).vertex_half_length_mm = 34.0;
  at(NorwoodStage::IV).vertex_forward_mm = 6.0;
  at(NorwoodStage::IV).bridge_loss = 0.3;
  // IVa: the front passes the mid-coronal line; no crown spot.
  at(NorwoodStage::IVa).mid_recession_mm = 72.0;
  at(NorwoodStage::IVa).corner_recession_mm = 30.0;
  at(NorwoodStage::IVa).sparse_band_mm = 10.0;
  at(NorwoodStage::IVa).sparse_band_loss = 0.35;
  // V: both larger, the bridge narrower and sparser.
  at(NorwoodStage::V).mid_recession_mm = 48.0;
  at(NorwoodStage::V).corner_recession_mm = 34.0;
  at(NorwoodStage::V).vertex_half_width_mm = 42.0;
  at(NorwoodStage::V).vertex_half_length_mm = 44.0;
  at(NorwoodStage::V).vertex_forward_mm = 14.0;
  at(NorwoodStage::V).bridge_loss = 0.45;
  at(NorwoodStage::V).fringe_side_x_mm = 60.0;
  at(NorwoodStage::V).fringe_back_r_mm = 95.0;
  // Va: the most advanced A-variant, the front reaching toward but not into the crown.
  at(NorwoodStage::Va).mid_recession_mm = 110.0;
  at(NorwoodStage::Va).corner_recession_mm = 28.0;
  at(NorwoodStage::Va).sparse_band_mm = 12.0;
  at(NorwoodStage::Va).sparse_band_loss = 0.4;
  at(NorwoodStage::Va).fringe_side_x_mm = 60.0;
  // VI: the bridge is gone; front and crown merge down to the fringe.
  at(NorwoodStage::VI).top_bald = true;
  at(NorwoodStage::VI).fringe_side_x_mm = 62.0;
  at(NorwoodStage::VI).fringe_back_r_mm = 78.0;
  // VII: only a narrow horseshoe fringe at the sides and back, starting low.
  at(NorwoodStage::VII).top_bald = true;
  at(NorwoodStage::VII).fringe_side_x_mm = 80.0;
  at(NorwoodStage::VII).fringe_back_r_mm = 94.0;
  return s;
}

namespace scalpgen {
namespace {
constexpr double kDeg = 3.14159265358979323846 / 180.0;

// Top edge of the permanent fringe (arc from the vertex) in the direction |theta|: the line
// |x| = fringe_side_x in front of the ears, then blending to fringe_back_r over the occiput.
double fringe_r_mm(const NorwoodShape& s, double abs_theta) {
  if (abs_theta <= 90.0 * kDeg) return s.fringe_side_x_mm / std::max(std::sin(abs_theta), 0.05);
  const double t = smoothstep(90.0 * kDeg, 180.0 * kDeg, abs_theta);
  return s.fringe_side_x_mm + (s.fringe_back_r_mm - s.fringe_side_x_mm) * t;
}
}  // namespace

void add_norwood_loss(const Chart& chart, NorwoodStage stage, const FieldGrid& inside_mm,
                      const ScalpGenParams& params, Rng rng, FieldGrid& loss) {
  const NorwoodShape& s = params.norwood[static_cast<std::size_t>(stage)];
  const BoundaryNoise noise(rng, chart.bounds_mm, params.loss_noise_cell_mm,
                            params.loss_noise_amplitude_mm);
  // No two sides recede exactly alike (notes N45).
  const double left = 1.0 + params.loss_asymmetry * rng.uniform(-1.0, 1.0);
  const double right = 1.0 + params.loss_asymmetry * rng.uniform(-1.0, 1.0);
  const Polyline hairline = natural_hairline_mm(chart);
  const double w = params.loss_edge_half_width_mm;
  const Vec2 vertex_centre = chart.landmarks.crown_whorl_mm - Vec2(0.0, s.vertex_forward_mm);
  const double front_mid_y = hairline_y_at(hairline, 0.0) + s.mid_recession_mm;

  for (int r = 0; r < loss.rows; ++r) {
    for (int c = 0; c < loss.cols; ++c) {
      if (inside_mm.at(c, r) < 0.0f) continue;
      const Vec2 p = loss.centre_of(c, r);
      const VertexPolar q = to_vertex_polar(chart, p);
      const double n = noise.offset_mm(p);
      const double above_fringe = fringe_r_mm(s, std::abs(q.theta_rad)) - q.r_mm;
      const double corner = s.corner_recession_mm * (p.x < 0.0 ? left : right) *
                            smoothstep(s.corner_start_x_mm, s.corner_full_x_mm, std::abs(p.x));
      const double front_y = hairline_y_at(hairline, p.x) + s.mid_recession_mm + corner;
      double l = smoothstep(-w, w, std::min(front_y - p.y, above_fringe) + n);
      if (s.sparse_band_mm > 0.0) {
        const double in_band = std::min(front_y + s.sparse_band_mm - p.y, above_fringe);
        l = std::max(l, s.sparse_band_loss * smoothstep(-w, w, in_band + n));
      }
      if (s.top_bald) l = std::max(l, smoothstep(-w, w, above_fringe + n));
      if (s.vertex_half_width_mm > 0.0) {
        const Vec2 d = p - vertex_centre;
        const double rho = std::hypot(d.x / s.vertex_half_width_mm, d.y / s.vertex_half_length_mm);
        const double inside =
            (1.0 - rho) * std::min(s.vertex_half_width_mm, s.vertex_half_length_mm);
        l = std::max(l, s.vertex_loss * smoothstep(-w, w, std::min(inside, above_fringe) + n));
      }
      if (s.bridge_loss > 0.0) {
        const double between =
            std::min({above_fringe, vertex_centre.y - p.y, p.y - (front_mid_y - w)});
        l = std::max(l, s.bridge_loss * smoothstep(-w, w, between + n));
      }
      loss.at(c, r) = std::max(loss.at(c, r), static_cast<float>(l));
    }
  }
}

}  // namespace scalpgen
}  // namespace smp::core
