// Point-pattern statistics for dot placement (DOMAIN section 9): Clark-Evans R (plain and with
// Donnelly's edge correction), NN-CV, quadrat counts, minimum spacing, holes, merged dots, rows.
// Pure numbers over a window; turning them into scores and sentences is density_uniformity's job.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/base/geometry.hpp"
#include "core/spatial/spatial_index.hpp"

namespace smp::core {

// A window (a zone, a patch) as a raster of cells; cheap point-in-window tests and area.
struct RegionMask {
  Vec2 origin_mm{0.0, 0.0};  // lower corner of cell (0, 0)
  double cell_mm = 1.0;
  int cols = 0;
  int rows = 0;
  std::vector<std::uint8_t> inside;  // row-major, 1 = in the window
  // Set for rectangles built by rect(): area and perimeter are then known exactly (the cells may
  // overhang the rectangle by a fraction of a cell).
  std::optional<double> exact_perimeter_mm;
  std::optional<double> exact_area_mm2;
  // Optional speed hint: every inside cell lies in columns span_c0..span_c1 and rows
  // span_r0..span_r1 (set by whoever builds the mask from a large raster, so that scans skip the
  // rest; unset while span_c1 < span_c0). It only bounds the scans: the results are the same.
  int span_c0 = 0, span_c1 = -1, span_r0 = 0, span_r1 = -1;

  // The rectangle tiled by cells of about cell_mm (adjusted so that they tile it exactly).
  static RegionMask rect(const RectMm& r, double cell_mm);
  bool cell_inside(int c, int r) const {
    return c >= 0 && r >= 0 && c < cols && r < rows &&
           inside[static_cast<std::size_t>(r) * static_cast<std::size_t>(cols) +
                  static_cast<std::size_t>(c)] != 0;
  }
  bool contains(Vec2 p_mm) const {
    const double fx = (p_mm.x - origin_mm.x) / cell_mm;
    const double fy = (p_mm.y - origin_mm.y) / cell_mm;
    if (!(fx >= 0.0) || !(fy >= 0.0)) return false;
    return cell_inside(static_cast<int>(fx), static_cast<int>(fy));
  }
  // True when p and the cells one step away in each axis direction are inside (not at an edge).
  bool contains_interior(Vec2 p_mm) const;
  std::size_t cell_count() const;
  double area_mm2() const;
  // Boundary length: exact for rect(); otherwise a Cauchy-Crofton estimate over four directions
  // (a few % low on straight edges, unbiased on curved ones; a plain staircase count is ~27% high).
  double perimeter_mm() const;
  RectMm bounds_mm() const;  // of the inside cells
  Vec2 centroid_mm() const;
  // The columns and rows that may hold inside cells (the span hint, else the whole mask).
  void scan_range(int& c0, int& c1, int& r0, int& r1) const;
};

// Distance to the nearest hexagonal-lattice neighbour at this intensity: sqrt(2 / (sqrt(3)
// lambda)).
double d_hex_mm(double intensity_per_mm2);

struct ClarkEvans {
  std::size_t n = 0;
  double area_mm2 = 0.0;
  double perimeter_mm = 0.0;
  double intensity_per_mm2 = 0.0;
  double mean_nn_mm = 0.0;
  double expected_nn_mm = 0.0;           // 0.5 / sqrt(lambda)
  double r = 0.0;                        // mean_nn / expected_nn
  double expected_nn_donnelly_mm = 0.0;  // + (0.0514 + 0.0412/sqrt(n)) P / n
  double r_donnelly = 0.0;
};
// nn_mm: each point's distance to its nearest neighbour inside the same window. Infinite
// entries (a lone point) are skipped. R is 0 when fewer than two points.
ClarkEvans clark_evans(std::span<const double> nn_mm, double area_mm2, double perimeter_mm);

// Sample standard deviation / mean (R's sd(): n - 1); 0 for fewer than two finite values.
double coefficient_of_variation(std::span<const double> values);
// The q-quantile (0..1) of the finite values, by linear interpolation; 0 when empty.
double quantile(std::span<const double> values, double q);

struct QuadratCell {
  Vec2 centre_mm{0.0, 0.0};
  int count = 0;
};
struct QuadratStats {
  double side_mm = 0.0;
  int quadrats = 0;  // quadrats wholly inside the window (the only ones used)
  double mean_count = 0.0;
  double cv = 0.0;   // s / mean
  double vmr = 0.0;  // s^2 / mean (index of dispersion)
  std::vector<QuadratCell> cells;
};
// Square quadrats of side side_mm laid from the window's corner shifted by offset_mm (draw it
// at random in [0, side) to avoid aliasing with a lattice, section 9).
QuadratStats quadrat_stats(std::span<const Vec2> points_mm, const RegionMask& region,
                           double side_mm, Vec2 offset_mm);

struct Hole {
  Vec2 centre_mm{0.0, 0.0};
  double diameter_mm = 0.0;  // of the largest empty disc centred there
};
// Empty discs wider than min_diameter_mm whose centre lies inside the window (away from its
// raster edge), from a Euclidean distance transform on cells of grid_mm seeded with every dot
// of `dots` (dots outside the window count as neighbours too). One hole per connected empty
// area, largest first. grid_mm is raised when the grid would exceed max_cells.
std::vector<Hole> find_holes(const SpatialIndex& dots, const RegionMask& region,
                             double min_diameter_mm, double grid_mm,
                             std::size_t max_cells = 4'000'000);

// Distance from each cell centre to the nearest dot (dots snapped to their cell's centre, so
// within cell_mm / sqrt(2) of the truth), computed once for many windows.
struct EmptySpaceField {
  Vec2 origin_mm{0.0, 0.0};
  double cell_mm = 1.0;
  int cols = 0;
  int rows = 0;
  std::vector<float> dist_mm;
};
// With `needed`, only the cells whose centre lies in that window are sure to be computed (others
// may hold NaN): holes are only looked for inside windows, and far from every dot (off the head)
// the exact distance is the costly part.
EmptySpaceField empty_space_field(const SpatialIndex& dots, const RectMm& area, double cell_mm,
                                  std::size_t max_cells = 4'000'000,
                                  const RegionMask* needed = nullptr);
// Holes from a precomputed field: candidates from the field, each refined to the exact centre
// and size of its largest empty disc with nearest-dot queries. The field must cover the
// window's cells (see `needed` above).
std::vector<Hole> find_holes(const EmptySpaceField& field, const SpatialIndex& dots,
                             const RegionMask& region, double min_diameter_mm);

struct MergedPairs {
  int pairs = 0;
  int dots_involved = 0;
  std::vector<Vec2> where_mm;  // midpoints, canonical order
};
// Pairs whose healed discs overlap or whose edge-to-edge gap is below min_gap_mm (rule 4).
// diameters_mm is indexed like the index's input; only pairs with a member in `members`
// (input indices; empty span = all) are counted. nn_canonical: the index's
// nearest_distances_canonical(), used to skip isolated dots quickly.
MergedPairs find_merged_pairs(const SpatialIndex& dots, std::span<const double> diameters_mm,
                              std::span<const double> nn_canonical, double min_gap_mm,
                              std::span<const std::uint8_t> member_flags = {});

struct OrderTile {
  Vec2 centre_mm{0.0, 0.0};
  int points = 0;
  double order = 0.0;  // max over m of |mean e^{i m theta}| in this tile
};
struct OrientationalOrder {
  double psi2 = 0.0;   // rows (one preferred direction)
  double psi4 = 0.0;   // square grid
  double psi6 = 0.0;   // hexagonal grid
  double order = 0.0;  // max of the three
  int points = 0;
  std::vector<OrderTile> tiles;
};
// Bond-orientational order (rule 9) of the nearest-neighbour bonds of the given points (canonical
// positions in `dots`, in canonical order): m = 2, 4 over the 4 nearest bonds, m = 6 over the 6
// nearest; averaged as |mean e^{i m theta}| per square tile of tile_mm so that a lattice whose
// orientation drifts slowly across the head is still caught, then weighted by bonds. An isotropic
// pattern gives values near the noise floor; rows and grids near 1. At most max_points points are
// used, every stride-th of the list (order-independent, since the list is in canonical order).
OrientationalOrder orientational_order(const SpatialIndex& dots,
                                       std::span<const std::uint32_t> canonical,
                                       Vec2 tile_origin_mm, double tile_mm, int min_tile_points,
                                       std::size_t max_points);

// Order-independent hash of a position quantised to 1 micrometre (subsampling, per-dot streams).
std::uint64_t position_hash(Vec2 p_mm, std::uint64_t salt);

}  // namespace smp::core
