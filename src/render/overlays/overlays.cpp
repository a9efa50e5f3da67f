#include "render/overlays/overlays.hpp"

#include <algorithm>
#include <cmath>

#include "core/scoring/spot_kinds.hpp"
#include "render/image/raster.hpp"
#include "render/image/text.hpp"

namespace smp::render {
namespace {

double label_scale(const View& v) {
  return std::clamp(std::max(v.width_px, v.height_px) / 700.0, 1.0, 3.0);
}

}  // namespace

void draw_zones(Image& img, const View& view, const core::ZoneRaster& zones) {
  const Rgb line{0.98f, 0.92f, 0.35f};
  // A pixel is on a border when the zone one pixel right or down differs.
  std::vector<unsigned char> here(static_cast<std::size_t>(img.width));
  std::vector<unsigned char> below(static_cast<std::size_t>(img.width));
  auto zone_row = [&](int y, std::vector<unsigned char>& out) {
    for (int x = 0; x < img.width; ++x)
      out[static_cast<std::size_t>(x)] =
          static_cast<unsigned char>(zones.zone_of(view.pixel_centre_mm(x, y)));
  };
  zone_row(0, below);
  for (int y = 0; y < img.height; ++y) {
    std::swap(here, below);
    if (y + 1 < img.height) zone_row(y + 1, below);
    for (int x = 0; x < img.width; ++x) {
      const auto z = here[static_cast<std::size_t>(x)];
      const bool right = x + 1 < img.width && here[static_cast<std::size_t>(x + 1)] != z;
      const bool down = y + 1 < img.height && below[static_cast<std::size_t>(x)] != z;
      if (right || down) {
        img.blend(x, y, line, 0.9f);
        img.blend(x + 1, y, line, 0.35f);
        img.blend(x, y + 1, line, 0.35f);
      }
    }
  }
  // Labels at the centroid of each zone's cells.
  std::array<core::Vec2, core::kZoneCount> sum{};
  std::array<int, core::kZoneCount> count{};
  for (int r = 0; r < zones.rows; ++r)
    for (int c = 0; c < zones.cols; ++c) {
      const auto z = zones.zone[static_cast<std::size_t>(r * zones.cols + c)];
      sum[z] += zones.centre_of(c, r);
      ++count[z];
    }
  const double s = label_scale(view);
  for (core::Zone z : core::kAllZones) {
    const auto i = static_cast<std::size_t>(z);
    if (z == core::Zone::OffHead || count[i] == 0) continue;
    core::Vec2 at_mm = sum[i] / static_cast<double>(count[i]);
    if (z == core::Zone::HairlineBand) at_mm = zones.origin_mm;  // a thin band: label it below
    if (z == core::Zone::HairlineBand) continue;
    draw_text_centred(img, view.mm_to_px(at_mm), std::string(core::zone_name(z)), s, line);
  }
}

void draw_landmarks(Image& img, const View& view, const core::Scalp& scalp) {
  const core::Landmarks& lm = scalp.chart.landmarks;
  const Rgb cyan{0.3f, 0.9f, 1.0f};
  const Rgb magenta{1.0f, 0.4f, 0.9f};
  const PixelRect all = img.rect();
  const double s = label_scale(view);
  const core::RectMm& b = scalp.chart.bounds_mm;
  // Lateral-canthus lines (notes N46), the occipital band edges (notes N62-N64).
  for (double x : {-lm.lateral_canthus_x_mm, lm.lateral_canthus_x_mm})
    draw_capsule(img, all, view.mm_to_px({x, b.min_mm.y}), view.mm_to_px({x, lm.vertex_mm.y}),
                 1.2 * s, cyan, 0.6f);
  for (double y : {lm.occipital_band_top_mm, lm.occipital_band_bottom_mm})
    draw_capsule(img, all, view.mm_to_px({b.min_mm.x, y}), view.mm_to_px({b.max_mm.x, y}), 1.2 * s,
                 magenta, 0.5f);
  draw_text(img, view.mm_to_px({b.min_mm.x + 5.0, lm.occipital_band_top_mm + 2.0}),
            "occipital band", s, magenta);
  struct Named {
    core::Vec2 p;
    const char* name;
  };
  const Named points[] = {{lm.glabella_mm, "glabella"},
                          {lm.mid_frontal_point_mm, "MFP"},
                          {lm.left_fta_mm, "FTA"},
                          {lm.right_fta_mm, "FTA"},
                          {lm.left_temporal_peak_mm, "temple"},
                          {lm.right_temporal_peak_mm, "temple"},
                          {lm.vertex_mm, "vertex"},
                          {lm.crown_whorl_mm, "whorl"},
                          {lm.left_ear_mm, "ear"},
                          {lm.right_ear_mm, "ear"}};
  for (const Named& n : points) {
    const core::Vec2 c = view.mm_to_px(n.p);
    draw_ring(img, all, c, 4.0 * s, 1.5 * s, cyan, 0.95f);
    fill_disc(img, all, c, 1.2 * s, 1.0, cyan, 1.0f);
    draw_text(img, c + core::Vec2{6.0 * s, -3.0 * s}, n.name, s, cyan);
  }
}

void draw_hairline(Image& img, const View& view, const core::Polyline& hairline_mm) {
  std::vector<core::Vec2> px;
  px.reserve(hairline_mm.size());
  for (auto p : hairline_mm) px.push_back(view.mm_to_px(p));
  draw_polyline_px(img, img.rect(), px, false, 2.0 * label_scale(view), Rgb{1.0f, 1.0f, 1.0f},
                   0.85f);
}

Rgb spot_colour(const std::string& kind) {
  if (kind == "gap") return {0.2f, 0.5f, 1.0f};
  if (kind == "clump") return {1.0f, 0.25f, 0.2f};
  if (kind == "blowout") return {0.7f, 0.3f, 1.0f};
  if (kind == "too_low" || kind == "hard_edge" || kind == "grid_rows") return {1.0f, 0.7f, 0.1f};
  if (kind == "scar_uncovered") return {0.1f, 0.95f, 0.9f};
  std::uint32_t h = 2166136261u;
  for (char ch : kind) h = (h ^ static_cast<unsigned char>(ch)) * 16777619u;
  return {0.5f + 0.5f * static_cast<float>(h & 255u) / 255.0f,
          0.5f + 0.5f * static_cast<float>((h >> 8) & 255u) / 255.0f,
          0.5f + 0.5f * static_cast<float>((h >> 16) & 255u) / 255.0f};
}

std::vector<SpotLegendEntry> spot_legend(const std::vector<core::Spot>& spots) {
  std::vector<SpotLegendEntry> out;
  const auto add = [&](const std::string& kind, int count) {
    for (SpotLegendEntry& e : out)
      if (e.kind == kind) {
        e.count += count;
        return;
      }
    out.push_back({kind, core::spot_label(kind), spot_colour(kind), count});
  };
  for (const core::SpotKind& k : core::spot_kinds())
    for (const core::Spot& sp : spots)
      if (sp.kind == k.kind) add(sp.kind, sp.count);
  for (const core::Spot& sp : spots)
    if (!core::find_spot_kind(sp.kind)) add(sp.kind, sp.count);
  return out;
}

std::string spot_legend_text(const SpotLegendEntry& e) {
  return e.count > 1 ? e.label + "  x" + std::to_string(e.count) : e.label;
}

void draw_spots(Image& img, const View& view, const std::vector<core::Spot>& spots) {
  const double s = label_scale(view);
  const double r = std::max(7.0 * s, 3.0 * view.px_per_mm);
  for (const auto& sp : spots) {
    const core::Vec2 c = view.mm_to_px(sp.pos_mm);
    draw_ring(img, img.rect(), c, r + 1.0, 2.5 * s + 1.0, Rgb{0.05f, 0.05f, 0.05f}, 0.6f);
    draw_ring(img, img.rect(), c, r, 2.0 * s, spot_colour(sp.kind), 1.0f);
    if (sp.count > 1)
      draw_text(img, c + core::Vec2(r + 2.0 * s, -r), std::to_string(sp.count), s,
                spot_colour(sp.kind));
  }
  // The legend: a dark box in the top-left corner, a ring and the words per kind drawn.
  const std::vector<SpotLegendEntry> legend = spot_legend(spots);
  if (legend.empty()) return;
  const double line_px = 12.0 * s, ring_px = 4.0 * s, pad_px = 6.0 * s;
  double width_px = 0.0;
  for (const SpotLegendEntry& e : legend)
    width_px = std::max(width_px, text_size_px(spot_legend_text(e), s).x);
  const int x1 = static_cast<int>(pad_px * 3.0 + 2.0 * ring_px + width_px);
  const int y1 = static_cast<int>(pad_px * 2.0 + line_px * static_cast<double>(legend.size()));
  for (int y = 0; y < std::min(y1, img.height); ++y)
    for (int x = 0; x < std::min(x1, img.width); ++x)
      img.blend(x, y, Rgb{0.05f, 0.05f, 0.06f}, 0.7f);
  for (std::size_t i = 0; i < legend.size(); ++i) {
    const double y = pad_px + line_px * (static_cast<double>(i) + 0.5);
    draw_ring(img, img.rect(), core::Vec2(pad_px + ring_px, y), ring_px, 1.6 * s, legend[i].colour,
              1.0f);
    draw_text(img, core::Vec2(pad_px * 2.0 + 2.0 * ring_px, y - 3.5 * s),
              spot_legend_text(legend[i]), s, legend[i].colour);
  }
}

}  // namespace smp::render
