// Display strings for the domain enums, as a trainee reads them (not the file spellings).
#pragma once
#include <string>

#include "core/client.hpp"
#include "core/level.hpp"
#include "core/scalp/hair_loss.hpp"
#include "core/scalp/scalp.hpp"

namespace smp::app {

std::string pattern_label(const core::HairLossSpec& loss);
const char* skin_condition_label(core::SkinCondition c);
const char* hair_colour_label(core::HairColour c);
const char* contraindication_label(core::Contraindication c);
const char* fitzpatrick_label(int type);
const char* metric_label(core::MetricId id);
std::string scar_summary(const core::ClientSpec& client);
// "3, 14 days apart: about 35% of the density in session 1, 70% by session 2, all of it by
// session 3": the plan the grader judges the sessions against.
std::string session_plan_line(const core::Level& level);

}  // namespace smp::app
