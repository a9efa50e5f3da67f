// Internal pieces of generate_scalp(): fields on the chart grid, one file per pattern.
// Not a public API: levels and other layers call generate_scalp() (core/scalp/scalp.hpp).
#pragma once
#include <cstdint>
#include <vector>

#include "core/base/field_grid.hpp"
#include "core/base/rng.hpp"
#include "core/scalp/chart.hpp"
#include "core/scalp/hair_loss.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scalp/scalp_params.hpp"
#include "core/scalp/scar.hpp"

namespace smp::core::scalpgen {

// Independent random streams per feature, so adding a scar does not move the hair pattern.
enum class StreamTag : std::uint64_t {
  Norwood = 1,
  Female = 2,
  Areata = 3,
  Diffuse = 4,
  Hairline = 5,
  ScarBase = 1000,  // + scar index
};
Rng stream(std::uint64_t seed, StreamTag tag, std::uint64_t index = 0);

double smoothstep(double edge0, double edge1, double x);

// Smooth value noise in [-1, 1] over an area, lattice spacing cell_mm, seeded.
class ValueNoise {
 public:
  ValueNoise(Rng& rng, const RectMm& area, double cell_mm);
  double at(Vec2 p_mm) const;

 private:
  Vec2 origin_mm_;
  double cell_mm_;
  int cols_ = 0;
  int rows_ = 0;
  std::vector<double> values_;
};

// Two octaves of value noise, amplitude in mm: how far a loss boundary is pushed at p.
class BoundaryNoise {
 public:
  BoundaryNoise(Rng& rng, const RectMm& area, double cell_mm, double amplitude_mm);
  double offset_mm(Vec2 p_mm) const;

 private:
  ValueNoise coarse_;
  ValueNoise fine_;
  double amplitude_mm_;
};

// The empty field over the chart bounds at the generator resolution.
FieldGrid empty_field(const Chart& chart, const ScalpGenParams& params);
// For every cell centre inside the natural hair region, the distance in mm to the region's
// edge (chamfer approximation, within ~3%); -1 outside.
FieldGrid distance_inside_hair_mm(const Chart& chart, const ScalpGenParams& params);
// y of the natural hairline at x (clamped to its ends), for a polyline with increasing x.
double hairline_y_at(const Polyline& hairline, double x_mm);

FieldGrid natural_density(const Chart& chart, const FieldGrid& inside_mm,
                          const ScalpGenParams& params);

// Each adds (max) a loss share 0..1 into `loss` (same grid as inside_mm) inside the hair region.
void add_norwood_loss(const Chart& chart, NorwoodStage stage, const FieldGrid& inside_mm,
                      const ScalpGenParams& params, Rng rng, FieldGrid& loss);
void add_ludwig_loss(const Chart& chart, const HairLossSpec& spec, const FieldGrid& inside_mm,
                     const ScalpGenParams& params, Rng rng, FieldGrid& loss);
std::vector<AreataPatch> add_areata_loss(const Chart& chart, const HairLossSpec& spec,
                                         const FieldGrid& inside_mm, const ScalpGenParams& params,
                                         Rng rng, FieldGrid& loss);
void add_diffuse_loss(const Chart& chart, double remaining_fraction, const FieldGrid& inside_mm,
                      const ScalpGenParams& params, Rng rng, FieldGrid& loss);

Scar make_scar(const Chart& chart, const ScarSpec& spec, const ScalpGenParams& params, Rng rng);
// Scars remove hair: FUE punctures one follicular unit each, line and area scars all of it.
void remove_hair_under_scar(const Scar& scar, FieldGrid& hair_density_per_cm2);

}  // namespace smp::core::scalpgen
