// The app's only doorway to the layers below: levels and tracks (io), the scalp (core), healing
// and scoring (core/scoring), saves (io) and the scalp picture (render::Canvas). Screens call
// these and never compute geometry or scores themselves: the app layer stays thin.
#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "app/state.hpp"
#include "core/attempt.hpp"
#include "core/dot.hpp"
#include "core/healing/healing.hpp"
#include "core/report.hpp"
#include "render/image/image.hpp"
#include "render/view.hpp"

namespace smp::app {

// The levels of a track file, in track order; throws io::InputError naming the bad file.
std::vector<LevelEntry> load_track_entries(const std::filesystem::path& track_file);
LevelEntry load_level_entry(const std::filesystem::path& level_file);
std::shared_ptr<const core::Scalp> make_scalp(const core::Level& level);
// Sets each entry's best score from the trainee's saves in saves_dir (the score recorded in the
// save; unreadable files are skipped). A display hint only: grading recomputes.
void fill_best_scores(std::vector<LevelEntry>& levels, const std::filesystem::path& saves_dir,
                      const std::string& trainee);

// Every dot of the attempt as it looks once healed after its last session (core::heal with the
// level's healing parameters), for the healing screen.
std::vector<core::HealedDot> heal_attempt(const core::Level& level, const core::Scalp& scalp,
                                          const core::Attempt& attempt);

// What became of the healed dots: kept, shed in healing, lost as too shallow, blown out.
core::HealingTally healing_tally(const core::Level& level, const core::Attempt& attempt,
                                 std::span<const core::HealedDot> healed);

// The full report (recomputed, never trusted from a file).
core::Report score(const core::Level& level, const core::Scalp& scalp,
                   const core::Attempt& attempt);

// Writes the attempt to `explicit_path` or saves_dir/<trainee>-<level>-<timestamp>.json, never
// overwriting; returns the path. Throws io::EnvironmentError/InputError on failure.
std::filesystem::path save_attempt(const core::Level& level, const core::Attempt& attempt,
                                   const std::optional<core::Report>& report,
                                   const std::filesystem::path& saves_dir,
                                   const std::filesystem::path& explicit_path);

// A chart preset view: "front", "top", "left", "right", "back" or "head" (whole chart).
render::View preset_view(const core::Scalp& scalp, const std::string& name, int width_px,
                         int height_px);
bool on_skin(const core::Scalp& scalp, core::Vec2 p_mm);

// How a zoom settles in the window. A zoom shows the last exact picture resampled at once; on
// frames where the view did not change, the exact picture is then redrawn in bands of
// `band_rows`, as many as fit in `budget_ms` of wall time (at least one), or exactly
// `fixed_bands` per frame when that is > 0 (scripted runs: a screenshot must not depend on the
// machine's speed).
struct RefineOptions {
  int band_rows = 8;
  double budget_ms =
      5.0;  // of the 8 ms frame budget (the p99 target), beside the upload and the UI
  int fixed_bands = 0;
};

// The scalp picture of the central view (render::Canvas underneath).
class Scene {
 public:
  Scene();
  ~Scene();
  Scene(const Scene&) = delete;
  Scene& operator=(const Scene&) = delete;

  void set_scalp(std::shared_ptr<const core::Scalp> scalp, const core::Level& level);
  // A pan is drawn exactly at once; a zoom is previewed and settles over the next frames
  // through refine_step(), from canvas row `focus_y_px` outward (the centre if negative).
  void set_view(const render::View& view, double focus_y_px = -1.0);
  // Once per frame, after set_view: if the view did not change since the last call, redraws the
  // next bands of a previewed zoom (see RefineOptions). No-op once settled.
  void refine_step();
  bool settled() const;
  void set_refine_options(const RefineOptions& options);
  // The dots to show: healed ones from finished sessions and fresh ones of this session.
  // Appending to `fresh` between calls costs O(new dots); anything else redraws.
  void set_dots(std::span<const core::HealedDot> healed, std::span<const core::Dot> fresh);
  void set_heat_map(bool on, const core::Level* level);
  // The composed picture and the pixels changed since the last call.
  const render::Image& image();
  render::PixelRect take_dirty();
  bool available() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace smp::app

namespace smp::app {
// The colour of the client's skin under a fresh dot of this pigment at full coverage, for the
// palette swatches: core::dot_on_skin, the look the render draws and colour_match grades.
core::Srgb8 pigment_on_skin(const core::Scalp& scalp, const core::Level& level,
                            const core::Pigment& pigment);
}  // namespace smp::app
