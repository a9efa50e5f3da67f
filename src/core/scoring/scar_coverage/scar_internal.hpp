// The scar metric's steps and their small results, shared by its files: per scar, raster ->
// cells and dot counts -> densities, camouflage, border step, overwork -> score -> feedback and
// spots. Internal to scar_coverage; not for other metrics.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/base/chart_grid.hpp"
#include "core/report.hpp"
#include "core/scoring/context.hpp"

namespace smp::core::scar_detail {

// ---------------------------------------------------------------- raster (scar_raster.cpp)
// A scar and the skin around it on a fine raster: which cells are scar, and each other cell's
// distance (mm) to the nearest scar cell, by a two-pass chamfer transform. Both cols x rows.
struct ScarRaster : ChartGrid {
  std::vector<std::uint8_t> scar;
  std::vector<float> dist_mm;
};
// The scar's bounds grown by margin_mm on every side, in cells of cell_mm (> 0).
ScarRaster rasterize_scar(const Scar& s, double cell_mm, double margin_mm);

// ---------------------------------------------------------------- measuring (scar_measure.cpp)
// The ring a scar is compared with, mm from the scar: 1-2 cm, or 2-6 mm inside an FUE field.
struct RingWidths {
  double inner_mm = 0.0, outer_mm = 0.0;
};
RingWidths ring_widths(const Scar& s, const ScarParams& p);

// The raster's cells by role: scar, ring (on the head, not on another scar, inside the field
// for FUE) and border band (within border_band_mm outside the scar).
struct ScarCells {
  double scar = 0, ring = 0, band = 0;  // cell counts
  std::vector<std::uint8_t> in_ring;    // per raster cell
};
ScarCells classify_scar_cells(const Scalp& scalp, std::size_t scar_index, const ScarRaster& r,
                              RingWidths ring, double border_band_mm);

// Healed, kept dots: per scar cell (for patches), and in total inside, in the ring, in the band.
struct ScarDotCounts {
  std::vector<std::uint32_t> inside_per_cell;
  double inside = 0, ring = 0, band = 0;
};
ScarDotCounts count_scar_dots(std::span<const HealedDot> healed, const ScarRaster& r,
                              const ScarCells& cells, double border_band_mm);

// Visible densities; the reference is the ring's, or the level's target for the scar's zone
// when nothing was dotted around it.
struct ScarDensities {
  double inside_per_cm2 = 0.0;
  double reference_per_cm2 = 0.0;
  double border_per_cm2 = 0.0;
  bool reference_from_target = false;
};
ScarDensities scar_densities(const Scalp& scalp, const Level& level, const Scar& s,
                             const ScarCells& cells, const ScarDotCounts& dots, double cell_mm);

// The scar's share (0-1) whose patches match the reference density, and where the
// worst patches are (the first kMaxPatchSpots with under half credit, in order along the scar)
// (notes R19).
constexpr int kMaxPatchSpots = 8;
struct PatchSpot {
  Vec2 where_mm{0.0, 0.0};
  bool too_sparse = false;
};
struct Camouflage {
  double share = 0.0;
  std::vector<PatchSpot> spots;
};
Camouflage measure_camouflage(const Scar& s, const ScarRaster& r,
                              std::span<const std::uint32_t> inside_per_cell, double scar_cells,
                              double reference_per_cm2, const ScarParams& p);

// Repeat punctures in one session, and each session's share of the reference density (notes R20).
struct Overwork {
  double repeat_share = 0.0;         // of the impressions on the scar
  double worst_session_share = 0.0;  // 0 when sessions are not judged
  double session_excess = 0.0;       // summed share over the cap, over the sessions
};
// False for a CSV without sessions (all dots in one) on a level of several: the per-session
// cap cannot be judged then (dots_csv.hpp).
bool sessions_can_be_judged(const Attempt& attempt, const Level& level);
Overwork measure_overwork(std::span<const Dot> dots, const ScarRaster& r, double scar_area_mm2,
                          double reference_per_cm2, bool judge_sessions, const ScarParams& p);

// All a scar is judged on; measure_scar returns area_mm2 == 0 for a scar with no cell on the
// raster (it is then left out).
struct ScarMeasures {
  double area_mm2 = 0.0;
  ScarDensities density;
  Camouflage camouflage;
  double border_step = 0.0;  // |inside - border| / reference
  Overwork overwork;
};
ScarMeasures measure_scar(const ScoringContext& ctx, std::size_t scar_index, bool judge_sessions);

// ---------------------------------------------------------------- score and words
struct ScarScore {
  double blend = 0.0;             // 0-100, from the border step
  double overwork_penalty = 0.0;  // points off
  double score = 0.0;             // 0-100
};
ScarScore score_scar(const ScarMeasures& m, const ScarParams& p);

// "strip (FUT) scar 1": how feedback names scar scar_index.
std::string scar_label(const Scar& s, std::size_t scar_index);
// Spots of the worst patches, then camouflage, border and overwork feedback with their spots.
void write_scar_feedback(const Scar& s, const std::string& label, const ScarMeasures& m,
                         const ScarScore& sc, const ScarParams& p, MetricResult& res);
std::vector<Stat> scar_stats(const ScarMeasures& m, const ScarScore& sc);

}  // namespace smp::core::scar_detail
