// The expert's pigment plan (the shade of each session and the lighter shade at the hairline
// edge) and the session shades a list of dots implies. Not colour science (colour.hpp) and not
// the grading of shades (scoring/colour_match).
#pragma once
#include <span>
#include <vector>

#include "core/client.hpp"
#include "core/colour/colour_params.hpp"
#include "core/dot.hpp"
#include "core/level.hpp"
#include "core/pigment.hpp"

namespace smp::core {

// One entry per session, session 1 first.
struct PigmentPlan {
  std::vector<Pigment> session;  // the shade the session is worked with
  std::vector<Pigment> edge;     // the shade at the hairline edge and for sentinels
};

// The expert's shades: the level's given pigment when the trainee has no colour choice;
// otherwise the target shade for the client (target_dilution_water_parts) in the last sessions
// and one palette step lighter in session 1 of a multi-session treatment (notes R5, N23), with
// the edge one more step lighter again (notes R17). At least one session.
PigmentPlan expert_pigment_plan(const TaskSpec& task, const ClientProfile& client,
                                const ColourParams& colour);

// The palette's pigment at exactly this dilution, or one named "W:1" ("neat" for none) when the
// palette has no such shade.
Pigment pigment_named(double dilution_water_parts);

// The plan's shade for each session 1 .. the dots' last session (at least one), for dots whose
// shade was not recorded. Past the plan's end the plan's last shade.
std::vector<Pigment> planned_session_pigments(std::span<const Dot> dots,
                                              std::span<const Pigment> plan);
// The shade each session 1 .. the dots' last session was worked with: the high median of its
// dots' dilutions (always one of the dilutions used, never a mix of two), named by
// pigment_named; a session without dots takes the plan's shade as planned_session_pigments does.
std::vector<Pigment> session_pigments_of_dots(std::span<const Dot> dots,
                                              std::span<const Pigment> plan);

}  // namespace smp::core
