// The virtual client's scalp as generated from a ClientSpec and its seed: the chart, the existing
// hair density field and the scars. Deterministic bit for bit for a given spec.
#pragma once
#include <cstdint>
#include <vector>

#include "core/base/field_grid.hpp"
#include "core/client.hpp"
#include "core/scalp/chart.hpp"
#include "core/scalp/hair_loss.hpp"
#include "core/scalp/scalp_params.hpp"
#include "core/scalp/scar.hpp"

namespace smp::core {

// Everything a level says about the client; the input of generate_scalp().
struct ClientSpec {
  ClientProfile profile;
  HairLossSpec loss;
  std::vector<ScarSpec> scars;
  ChartParams chart;
  std::uint64_t seed = 1;
};

// One alopecia areata patch as generated (notes N60): an oval, sharply bounded, fully bald.
struct AreataPatch {
  Vec2 centre_mm{0.0, 0.0};
  double major_diameter_mm = 0.0;
  double minor_diameter_mm = 0.0;
  double angle_rad = 0.0;  // direction of the major axis from +x
};

struct Scalp {
  ClientSpec spec;
  Chart chart;
  // Follicular-unit density per cm^2 a healthy head of this client would have (notes N29-N35).
  FieldGrid natural_density_per_cm2;
  // Follicular-unit density per cm^2 actually present after the hair loss (0 where bald).
  FieldGrid hair_density_per_cm2;
  std::vector<Scar> scars;
  std::vector<AreataPatch> areata_patches;  // alopecia areata only
};
// ScalpGenParams (the generators' tunables, with their domain notes) is in scalp_params.hpp.

Scalp generate_scalp(const ClientSpec& spec, const ScalpGenParams& params = {});

// Share (0..1) of natural hair lost at p: 0 = untouched, 1 = bald.
double hair_loss_fraction(const Scalp& scalp, Vec2 p_mm);
// Bald or thinning area in cm^2 (loss >= threshold), integrated over the field grid.
double area_with_loss_cm2(const Scalp& scalp, double min_loss_fraction);

// The hairline an expert would design for this client (notes N110-N115): mature male mid-frontal
// point ~80 mm above the glabella, FTAs on the canthus lines, temples left open; female lower
// (~62 mm, but never in front of the chart's natural hairline: set the chart's
// mid_frontal_height_mm to ~62 for women), rounder, with a slight widow's peak; a little seeded
// macro/micro irregularity. Deterministic from spec.seed.
// From the left temporal point to the right one, x strictly increasing, ~2 mm between points.
Polyline recommended_hairline_mm(const Scalp& scalp);
Polyline recommended_hairline_mm(const Scalp& scalp, const ScalpGenParams& params);

}  // namespace smp::core
