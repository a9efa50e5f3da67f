// The virtual client's scalp as generated from a ClientSpec and its seed: the chart, the existing
// hair density field and the scars. Deterministic bit for bit for a given spec.
#pragma once
#include <cstdint>
#include <vector>

#include "core/chart.hpp"
#include "core/client.hpp"
#include "core/grid.hpp"
#include "core/hair_loss.hpp"
#include "core/scar.hpp"

namespace smp::core {

// Everything a level says about the client; the input of generate_scalp().
struct ClientSpec {
  ClientProfile profile;
  HairLossSpec loss;
  std::vector<ScarSpec> scars;
  ChartParams chart;
  std::uint64_t seed = 1;
};

struct Scalp {
  ClientSpec spec;
  Chart chart;
  // Follicular-unit density per cm^2 a healthy head of this client would have (rows 29-35).
  FieldGrid natural_density_per_cm2;
  // Follicular-unit density per cm^2 actually present after the hair loss (0 where bald).
  FieldGrid hair_density_per_cm2;
  std::vector<Scar> scars;
};

// Tunables of the generators, one struct per concern (STYLE 7); defaults cite DOMAIN rows.
struct ScalpGenParams {
  double field_cell_mm = 2.0;
  double core_density_per_cm2 = 85.0;       // rows 29-31
  double hairline_density_per_cm2 = 51.0;   // row 33
  double temple_density_per_cm2 = 44.0;     // row 34
  double occipital_density_per_cm2 = 100.0; // rows 31, 35
};

Scalp generate_scalp(const ClientSpec& spec, const ScalpGenParams& params = {});

// Share (0..1) of natural hair lost at p: 0 = untouched, 1 = bald.
double hair_loss_fraction(const Scalp& scalp, Vec2 p_mm);
// Bald or thinning area in cm^2 (loss >= threshold), integrated over the field grid.
double area_with_loss_cm2(const Scalp& scalp, double min_loss_fraction);

}  // namespace smp::core
