// The density heat map: a kernel estimate of kept-dot density per cm^2 on a chart grid, updated
// dot by dot, and its colouring (dots vs the zone's target) over any pixel rectangle. Not the
// scoring's density metric (core/scoring), which the trainee is graded on.
#pragma once
#include <map>
#include <optional>
#include <span>

#include "core/base/field_grid.hpp"
#include "core/dot.hpp"
#include "core/scalp/zone_raster.hpp"
#include "core/scalp/zones.hpp"
#include "render/image/image.hpp"
#include "render/view.hpp"

namespace smp::render {

struct DensityParams {
  double cell_mm = 2.0;
  double kernel_sigma_mm = 5.0;  // about 5 dot spacings: smooth but local
  float opacity = 0.55f;
  double untreated_flag_per_cm2 = 15.0;  // below this, a zone without a target stays clear
};

// Every kept dot's kernel summed on a grid over `area`, in dot order.
core::FieldGrid dot_density_per_cm2(std::span<const core::HealedDot> dots, const core::RectMm& area,
                                    const DensityParams& params);
// Adds one more dot to a grid made by dot_density_per_cm2: the same values, bit for bit, as
// recomputing it with the dot appended. Returns the chart box outside which no sample of the
// grid changed (nothing when the dot is not kept or misses the grid).
std::optional<core::RectMm> add_dot_density(core::FieldGrid& density, const core::HealedDot& dot,
                                            const DensityParams& params);

// Blends the heat map over the pixels of `r` (clipped to the image). Each pixel depends only on
// its own chart position and the pixel below, so drawing a rectangle at a time (a pan's strips, a
// zoom's bands, a new dot's neighbourhood) gives the pixels of drawing the whole image at once.
// Zones without a target are compared with 0: only real dots there are flagged.
void draw_density(Image& img, const View& view, const PixelRect& r, const core::ZoneRaster& zones,
                  const core::FieldGrid& density_per_cm2,
                  const std::map<core::Zone, double>& target_density_per_cm2,
                  const DensityParams& params);

// The colour of a pixel with `have` dots per cm^2 where `target` are wanted (blue too few, green
// on target, red too many) and its opacity; opacity 0 means the pixel stays clear.
struct DensityTint {
  Rgb colour;
  float opacity = 0.0f;
};
DensityTint density_tint(float have_per_cm2, double target_per_cm2, const DensityParams& params);

}  // namespace smp::render
