// Every kind of problem spot the metrics mark, with the words a legend shows and the word its
// feedback sentence uses; merge_spots() folds nearby spots of one kind into one with a count.
// Not how a spot is drawn (render/overlays) nor where a metric puts one.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/report.hpp"

namespace smp::core {

struct SpotKind {
  std::string_view kind;      // Spot::kind
  std::string_view label;     // what a legend says
  std::string_view sentence;  // words the metric's feedback has whenever it marks this kind
};

// Every kind, in legend order (density, depth, colour, scars, hairline).
std::span<const SpotKind> spot_kinds();
// The kind's entry; null for a kind no metric marks.
const SpotKind* find_spot_kind(std::string_view kind);
// The legend words of a kind; an unknown kind reads as its name with spaces.
std::string spot_label(std::string_view kind);

struct SpotParams {
  // Spots of one kind closer than this to a kept one fold into it (D): about the ring a marker
  // draws at the default zoom, so that a hundred blotches read as a few rings with counts
  // instead of burying the view; nothing is dropped, every place stays marked.
  double merge_radius_mm = 10.0;
};

// Folds each spot into the first earlier kept spot of its kind within merge_radius_mm (counts
// add; the kept spot stays where it is), in order: the same spots give the same result.
std::vector<Spot> merge_spots(std::span<const Spot> spots, const SpotParams& params);

}  // namespace smp::core
