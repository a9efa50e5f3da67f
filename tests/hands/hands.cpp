// The hands by name: each one a way of working (clicks, held strokes, own hair) with its style.
#include "hands.hpp"

#include "core/pigment.hpp"
#include "core/scoring/hairline_naturalness/hairline_naturalness.hpp"
#include "core/scoring/scar_coverage/scar_coverage.hpp"
#include "hands_internal.hpp"

namespace smp::hands {
namespace {

// Each fault at a size a person makes it: the brief's numbers (issue 10, part 4).
constexpr double kLowLineMinMm = 10.0, kLowLineMaxMm = 15.0;
constexpr double kOverworkedScarScale = 3.0;
constexpr double kTooDenseScale = 1.5;
constexpr double kTooFastScale = 1.7;
constexpr double kDwellShare = 0.4;
constexpr double kTooDeepMm = 0.85;  // past the target band (0.1-0.5 mm) into blow-out (notes N18)

}  // namespace

std::vector<Hand> all_hands() {
  return {Hand::SkilledClicker,
          Hand::SkilledStippler,
          Hand::NoviceRows,
          Hand::NoviceTooFast,
          Hand::NoviceTooDense,
          Hand::NoviceClumps,
          Hand::NoviceLowHairline,
          Hand::NoviceFilledTemples,
          Hand::NoviceOverworkedScar,
          Hand::NoviceSkippedScar,
          Hand::NoviceTooDark,
          Hand::NoviceTooDeep,
          Hand::OwnHair};
}

std::string hand_name(Hand h) {
  switch (h) {
    case Hand::SkilledClicker:
      return "skilled_clicker";
    case Hand::SkilledStippler:
      return "skilled_stippler";
    case Hand::NoviceRows:
      return "novice_rows";
    case Hand::NoviceTooFast:
      return "novice_too_fast";
    case Hand::NoviceTooDense:
      return "novice_too_dense";
    case Hand::NoviceClumps:
      return "novice_clumps";
    case Hand::NoviceLowHairline:
      return "novice_low_hairline";
    case Hand::NoviceFilledTemples:
      return "novice_filled_temples";
    case Hand::NoviceOverworkedScar:
      return "novice_overworked_scar";
    case Hand::NoviceSkippedScar:
      return "novice_skipped_scar";
    case Hand::NoviceTooDark:
      return "novice_too_dark";
    case Hand::NoviceTooDeep:
      return "novice_too_deep";
    case Hand::OwnHair:
      return "own_hair";
  }
  return "?";
}

bool hand_applies(Hand h, const core::Level& level, const core::Scalp& scalp) {
  switch (h) {
    case Hand::NoviceLowHairline:
    case Hand::NoviceFilledTemples:
      return core::hairline_applies(level, scalp);
    case Hand::NoviceOverworkedScar:
    case Hand::NoviceSkippedScar:
      return core::scar_coverage_applies(scalp);
    default:
      return true;
  }
}

core::Attempt make_hand_attempt(Hand h, const core::Level& level, const core::Scalp& scalp,
                                std::uint64_t seed, const HandParams& hp) {
  using namespace detail;
  const std::string name = hand_name(h);
  ClickerStyle click;
  StrokeStyle stroke;
  switch (h) {
    case Hand::SkilledClicker:
      break;
    case Hand::SkilledStippler:
      return run_stroker(level, scalp, seed, hp, stroke, name);
    case Hand::NoviceRows:
      stroke.stroke = Stroke::Rows;
      return run_stroker(level, scalp, seed, hp, stroke, name);
    case Hand::NoviceTooFast:
      stroke.speed_scale = kTooFastScale;
      return run_stroker(level, scalp, seed, hp, stroke, name);
    case Hand::NoviceTooDense:
      click.tweaks.density_scale = kTooDenseScale;
      break;
    case Hand::NoviceClumps:
      click.dwell_share = kDwellShare;
      break;
    case Hand::NoviceLowHairline:
      click.tweaks.line_drop_min_mm = kLowLineMinMm;
      click.tweaks.line_drop_max_mm = kLowLineMaxMm;
      break;
    case Hand::NoviceFilledTemples:
      click.tweaks.fill_temples = true;
      break;
    case Hand::NoviceOverworkedScar:
      click.tweaks.scar_scale = kOverworkedScarScale;
      break;
    case Hand::NoviceSkippedScar:
      click.tweaks.scar_scale = 0.0;
      break;
    case Hand::NoviceTooDark:
      click.tool.dilution_override = 0.0;
      break;  // neat
    case Hand::NoviceTooDeep:
      click.tool.depth_mm = kTooDeepMm;
      break;
    case Hand::OwnHair:
      return run_own_hair(level, scalp, seed, hp);
  }
  return run_clicker(level, scalp, seed, hp, click, name);
}

double work_minutes(const core::Attempt& a) {
  double ms = 0.0;
  for (auto d : a.session_duration_ms) ms += static_cast<double>(d);
  return ms / 60000.0;
}

std::optional<core::MetricId> fault_metric(Hand hand) {
  using M = core::MetricId;
  switch (hand) {
    case Hand::NoviceRows:
    case Hand::NoviceTooFast:
    case Hand::NoviceTooDense:
    case Hand::NoviceClumps:
      return M::DensityUniformity;
    case Hand::NoviceLowHairline:
    case Hand::NoviceFilledTemples:
      return M::HairlineNaturalness;
    case Hand::NoviceOverworkedScar:
    case Hand::NoviceSkippedScar:
      return M::ScarCoverage;
    case Hand::NoviceTooDark:
      return M::ColourMatch;
    case Hand::NoviceTooDeep:
      return M::DepthControl;
    case Hand::SkilledClicker:
    case Hand::SkilledStippler:
    case Hand::OwnHair:
      break;
  }
  return std::nullopt;
}

}  // namespace smp::hands
