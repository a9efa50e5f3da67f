// What the renderer derives once per scalp and reuses for every frame: smooth skin fields
// (distance to the head outline and to the natural hairline, mottling) and every hair strand.
// Not drawing: skin.hpp, hair.hpp, scars.hpp draw from this.
#pragma once
#include <cstdint>
#include <vector>

#include "core/base/chart_grid.hpp"
#include "core/base/field_grid.hpp"
#include "core/scalp/scalp.hpp"
#include "render/image/image.hpp"
#include "render/render_params.hpp"

namespace smp::render {

// Several smooth fields on one grid, interleaved so that a pixel needs one bilinear lookup.
// The values are samples at the cell centres.
struct PackedField : core::ChartGrid {
  static constexpr int kChannels = 5;
  std::vector<float> data;  // rows * cols * kChannels
  // Bilinear sample between cell centres, clamped to the grid's edge cells.
  void sample(core::Vec2 p_mm, float out[kChannels]) const;
};

// One stubble hair seen from above: from its follicle to its cut tip, in chart mm.
struct Strand {
  core::Vec2 root_mm;
  core::Vec2 tip_mm;
  float width_mm;
  float tone;  // brightness multiplier of the hair colour, ~0.8..1.15
};

struct ScalpLook {
  core::RectMm bounds_mm;          // the chart bounds plus a margin of backdrop
  core::FieldGrid head_sd_mm;      // signed distance to the head outline, + inside
  core::FieldGrid hairline_sd_mm;  // signed distance to the natural hair boundary, + inside
  // The smooth part of the skin colour (tone, mottling, curvature shading, sheen) per channel,
  // precomputed so that a pixel costs a few bilinear samples; the backdrop's grey likewise.
  // Channels interleaved per cell: r, g, b, backdrop share, signed distance to the outline.
  PackedField skin_fields;
  Rgb skin;
  Rgb hair;
  std::uint32_t seed = 0;  // for per-pixel hash noise
  core::Vec2 whorl_mm{0.0, 238.0};
  std::vector<Strand> strands;  // grouped by bucket (see below), in a fixed order
  // Strands bucketed by root: bucket b holds strands[bucket_start[b] .. bucket_start[b+1]).
  double bucket_mm = 8.0;
  int bucket_cols = 0, bucket_rows = 0;
  std::vector<std::uint32_t> bucket_start;
  double max_strand_mm = 3.0;
};

ScalpLook build_look(const core::Scalp& scalp, const RenderParams& params);

// Direction of hair growth at p (unit vector): forward at the front, downward at the back,
// outward at the sides, swirling around the crown whorl.
core::Vec2 growth_direction(core::Vec2 p_mm, core::Vec2 whorl_mm, const HairLookParams& hp);

// True if p lies on any scar's tissue (where no hair grows). Geometry only.
bool on_any_scar(const core::Scalp& scalp, core::Vec2 p_mm);

// Sample a field; `outside` where p is off its grid.
float sample_or(const core::FieldGrid& g, core::Vec2 p_mm, float outside);

}  // namespace smp::render
