// Hand models for calibrating the grader: seeded, deterministic stand-ins for people (a skilled
// clicker and stippler, novices with one fault each, the client's own hair) that turn a level and
// its scalp into a core::Attempt. Test-side only; not the expert (core/exemplar) and not a grader.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/attempt.hpp"
#include "core/level.hpp"
#include "core/report.hpp"
#include "core/scalp/scalp.hpp"

namespace smp::hands {

enum class Hand {
  SkilledClicker,
  SkilledStippler,
  NoviceRows,           // the held pen dragged in straight parallel lines
  NoviceTooFast,        // the stippler's hand 1.7x too fast: spacing too wide, too few dots
  NoviceTooDense,       // clicks 1.5x the target density
  NoviceClumps,         // dwells on a spot: two to four impressions where one was meant
  NoviceLowHairline,    // the hairline band worked 10-15 mm below the plan
  NoviceFilledTemples,  // the fronto-temporal recesses filled in: a flat, straight front
  NoviceOverworkedScar,
  NoviceSkippedScar,
  NoviceTooDark,  // neat pigment in every session
  NoviceTooDeep,  // depth set to 0.85 mm
  OwnHair,        // the client's natural hair, one dot per follicular unit
};

// The technique numbers a sweep varies; the rest are fixed per hand in its source.
struct HandParams {
  double aim_sigma_mm = 0.3;      // Gaussian aim error of the pointer per axis
  double clicks_per_s_min = 1.5;  // the clicker's pace (a new click every 0.5-0.67 s)
  double clicks_per_s_max = 2.0;
  int candidates = 6;      // gaps compared before each click
  double patch_mm = 20.0;  // the square a person works before moving on
  // Work only inside this box when it is not empty (tests keep the attempt small with it).
  core::RectMm clip_mm{{0.0, 0.0}, {0.0, 0.0}};
  // When set, the clicker appends the spot it meant for every click, before the aim error.
  std::vector<core::Vec2>* meant_mm = nullptr;
};

std::vector<Hand> all_hands();
std::string hand_name(Hand hand);  // "skilled_clicker", "novice_rows", ...
// False when the hand's fault cannot show on the level (a scar fault without scars, a hairline
// fault without a hairline to work to): the attempt would be the skilled clicker's.
bool hand_applies(Hand hand, const core::Level& level, const core::Scalp& scalp);

// The metric a novice's fault belongs to (the one it must fail or cost at least 15 points);
// nothing for the skilled hands and the client's own hair.
std::optional<core::MetricId> fault_metric(Hand hand);

// The hand's attempt at a treat level (decision Treat), deterministic from seed.
core::Attempt make_hand_attempt(Hand hand, const core::Level& level, const core::Scalp& scalp,
                                std::uint64_t seed, const HandParams& params = {});

// Minutes of treatment time in the attempt (all sessions).
double work_minutes(const core::Attempt& attempt);

}  // namespace smp::hands
