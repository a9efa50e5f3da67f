#include "core/scalp/scalp.hpp"

#include <algorithm>

#include "core/base/assert.hpp"
#include "core/scalp/generators/generators_internal.hpp"

namespace smp::core {

Scalp generate_scalp(const ClientSpec& spec, const ScalpGenParams& params) {
  using namespace scalpgen;
  Scalp scalp;
  scalp.spec = spec;
  scalp.chart = make_chart(spec.chart);
  const FieldGrid inside = distance_inside_hair_mm(scalp.chart, params);
  scalp.natural_density_per_cm2 = natural_density(scalp.chart, inside, params);

  FieldGrid loss = empty_field(scalp.chart, params);
  const HairLossSpec& l = spec.loss;
  switch (l.pattern) {
    case LossPattern::None:
      break;
    case LossPattern::Norwood:
      add_norwood_loss(scalp.chart, l.norwood, inside, params,
                       stream(spec.seed, StreamTag::Norwood), loss);
      break;
    case LossPattern::Ludwig:
    case LossPattern::Savin:
      add_ludwig_loss(scalp.chart, l, inside, params, stream(spec.seed, StreamTag::Female), loss);
      break;
    case LossPattern::AlopeciaAreata:
      scalp.areata_patches = add_areata_loss(scalp.chart, l, inside, params,
                                             stream(spec.seed, StreamTag::Areata), loss);
      break;
    case LossPattern::DiffuseThinning:
      add_diffuse_loss(scalp.chart, l.remaining_density_fraction, inside, params,
                       stream(spec.seed, StreamTag::Diffuse), loss);
      break;
    case LossPattern::FullyBald:
      std::fill(loss.values.begin(), loss.values.end(), 1.0f);
      break;
  }

  // Loss and density are sampled on the same cells, so they combine cell by cell.
  SMP_ASSERT(loss.values.size() == scalp.natural_density_per_cm2.values.size());
  SMP_ASSERT(loss.cols == scalp.natural_density_per_cm2.cols);
  scalp.hair_density_per_cm2 = scalp.natural_density_per_cm2;
  for (std::size_t i = 0; i < loss.values.size(); ++i)
    scalp.hair_density_per_cm2.values[i] *= 1.0f - std::clamp(loss.values[i], 0.0f, 1.0f);

  for (std::size_t i = 0; i < spec.scars.size(); ++i) {
    scalp.scars.push_back(
        make_scar(scalp.chart, spec.scars[i], params, stream(spec.seed, StreamTag::ScarBase, i)));
    remove_hair_under_scar(scalp.scars.back(), scalp.hair_density_per_cm2);
  }
  return scalp;
}

double hair_loss_fraction(const Scalp& scalp, Vec2 p_mm) {
  const double natural = scalp.natural_density_per_cm2.sample(p_mm);
  if (natural <= 1e-6) return 0.0;
  const double present = scalp.hair_density_per_cm2.sample(p_mm);
  return std::clamp(1.0 - present / natural, 0.0, 1.0);
}

double area_with_loss_cm2(const Scalp& scalp, double min_loss_fraction) {
  const FieldGrid& n = scalp.natural_density_per_cm2;
  const FieldGrid& h = scalp.hair_density_per_cm2;
  const double cell_cm2 = n.cell_mm * n.cell_mm / 100.0;
  double area = 0.0;
  for (std::size_t i = 0; i < n.values.size() && i < h.values.size(); ++i) {
    if (n.values[i] <= 0.0f) continue;
    const double loss = 1.0 - static_cast<double>(h.values[i]) / n.values[i];
    if (loss >= min_loss_fraction) area += cell_cm2;
  }
  return area;
}

}  // namespace smp::core
