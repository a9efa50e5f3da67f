// `smpsim render --level FILE -o OUT.png` / `smpsim render SAVE.json -o OUT.png`: draws the
// client's scalp (and an attempt's dots) headlessly to a PNG, with optional overlays.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "core/healing/healing.hpp"
#include "core/scoring/score.hpp"
#include "io/attempt/attempt_io.hpp"
#include "io/errors.hpp"
#include "io/level/level_io.hpp"
#include "render/canvas.hpp"
#include "render/image/png.hpp"

namespace {

using namespace smp;

struct RenderOptions {
  std::string save;
  std::string level;
  std::string out;
  std::vector<std::string> overlays;
  int size_px = 1024;
  bool healed = false;
};

const std::vector<std::string> kOverlayNames{"zones", "landmarks", "hairline", "density", "spots"};

int run_render(const RenderOptions& o) {
  if (o.save.empty() == o.level.empty())
    throw io::InputError("", "", "give either a SAVE file or --level FILE (exactly one)");
  if (o.healed && o.save.empty())
    throw io::InputError("", "--healed", "--healed needs a SAVE file (dots to heal)");
  const std::set<std::string> want(o.overlays.begin(), o.overlays.end());
  if (want.count("spots") && o.save.empty())
    throw io::InputError("", "--overlay spots",
                         "problem spots come from grading an attempt: give a SAVE file");

  core::Level level;
  core::Attempt attempt;
  bool have_attempt = false;
  if (!o.save.empty()) {
    io::SaveFile save = io::load_save(o.save);
    level = std::move(save.level);
    attempt = std::move(save.attempt);
    have_attempt = true;
  } else {
    level = io::load_level(o.level);
  }
  const core::Scalp scalp = core::generate_scalp(level.client);

  std::vector<core::HealedDot> dots;
  core::Report report;
  if (have_attempt) {
    const core::ScoringParams params = core::scoring_params_for(level);
    if (o.healed) {
      dots = core::heal(scalp, attempt, params.healing);
    } else {
      dots.reserve(attempt.dots.size());
      for (std::size_t i = 0; i < attempt.dots.size(); ++i) {
        core::HealedDot d = core::fresh_appearance(attempt.dots[i], scalp, params.healing);
        d.source_index = static_cast<std::uint32_t>(i);
        dots.push_back(d);
      }
    }
    if (want.count("spots")) report = core::score_attempt(level, scalp, attempt, params);
  }

  render::OverlaySet ov;
  ov.zones = want.count("zones") > 0;
  ov.landmarks = want.count("landmarks") > 0;
  ov.hairline = want.count("hairline") > 0;
  ov.density = want.count("density") > 0;
  ov.spots = want.count("spots") > 0;
  ov.target_density_per_cm2 = level.task.target_density_per_cm2;
  ov.hairline_mm = have_attempt && !attempt.mockup_hairline_mm.empty() ? attempt.mockup_hairline_mm
                   : !level.task.given_hairline_mm.empty() ? level.task.given_hairline_mm
                                                           : core::recommended_hairline_mm(scalp);
  for (const auto& m : report.metrics)
    ov.spots_list.insert(ov.spots_list.end(), m.spots.begin(), m.spots.end());

  int w = 0, h = 0;
  render::size_for(scalp.chart.bounds_mm, o.size_px, w, h);
  const render::View view = render::fit_view(scalp.chart.bounds_mm, w, h);
  const render::Image img = render::render_scalp(scalp, view, dots, ov);
  render::write_png(o.out, img);
  std::cout << "wrote " << o.out << " (" << w << "x" << h << ", " << dots.size() << " dots)\n";
  return io::kExitOk;
}

cli::CommandRegistrar reg{
    "render", "Draw a level's scalp (or a saved attempt's dots) to a PNG, headless",
    [](CLI::App& sub) {
      auto o = std::make_shared<RenderOptions>();
      sub.add_option("SAVE", o->save, "A saved attempt (saves/*.json) whose dots to draw");
      sub.add_option("--level", o->level, "A level file: draw its client's scalp");
      sub.add_option("-o,--out", o->out, "Output PNG (written atomically)")->required();
      sub.add_option(
             "--overlay", o->overlays,
             "Overlay to draw on top, repeatable: zones, landmarks, hairline, density, spots")
          ->check(CLI::IsMember(kOverlayNames))
          ->delimiter(',');
      sub.add_option("--size", o->size_px, "Longest image side in pixels (64..8192)")
          ->check(CLI::Range(64, 8192));
      sub.add_flag("--healed", o->healed,
                   "Draw the save's dots as healed (default: as placed, fresh)");
      sub.footer(
          "The image shows the unwrapped scalp chart seen from above, face up: forehead at the "
          "top,\n"
          "the client's right on the right, the nape at the bottom. Skin in the client's tone, "
          "existing\n"
          "hair as short stubble strands in the client's colour, scars with their own texture.\n"
          "Overlays: zones (outlines + names), landmarks (glabella, mid-frontal point, FTA, "
          "temples,\n"
          "vertex, whorl, ears, lateral-canthus lines, occipital band), hairline (the save's "
          "mockup,\n"
          "the level's given hairline or the recommended one), density (dots per cm^2 vs the "
          "level's\n"
          "target: blue = too few, green = on target, red = too many), spots (where points were "
          "lost).\n"
          "Exit codes: 0 written, 2 bad file or argument, 3 cannot write.\n"
          "Examples:\n"
          "  smpsim render --level levels/04-norwood5.json -o n5.png --overlay zones\n"
          "  smpsim render saves/ana-04-norwood5-20250101-120000.json -o a.png --healed --overlay "
          "density,spots");
      return std::function<int()>([o] { return run_render(*o); });
    }};

}  // namespace
