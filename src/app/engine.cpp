#include "app/engine.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/colour/dot_look.hpp"
#include "core/healing/healing.hpp"
#include "core/needle.hpp"
#include "core/scalp/chart.hpp"
#include "core/scoring/score.hpp"
#include "io/attempt/attempt_io.hpp"
#include "io/errors.hpp"
#include "io/level/level_io.hpp"
#include "io/level/track_io.hpp"
#include "io/version.hpp"
#include "render/canvas.hpp"

namespace smp::app {

// ------------------------------------------------------------------------------ levels, scalp

std::vector<LevelEntry> load_track_entries(const std::filesystem::path& track_file) {
  const io::Track track = io::load_track(track_file);
  const std::vector<core::Level> levels = io::load_track_levels(track_file);
  std::vector<LevelEntry> out;
  for (std::size_t i = 0; i < levels.size(); ++i)
    out.push_back({io::track_level_path(track_file, track.levels[i]), levels[i], {}, false});
  return out;
}

LevelEntry load_level_entry(const std::filesystem::path& level_file) {
  return {level_file, io::load_level(level_file), {}, false};
}

std::shared_ptr<const core::Scalp> make_scalp(const core::Level& level) {
  return std::make_shared<const core::Scalp>(core::generate_scalp(level.client));
}

void fill_best_scores(std::vector<LevelEntry>& levels, const std::filesystem::path& saves_dir,
                      const std::string& trainee) {
  std::error_code ec;
  if (!std::filesystem::is_directory(saves_dir, ec)) return;
  for (const auto& f : std::filesystem::directory_iterator(saves_dir, ec)) {
    if (f.path().extension() != ".json" || !f.is_regular_file(ec)) continue;
    try {
      const io::SaveFile save = io::load_save(f.path());
      if (save.attempt.trainee != trainee) continue;
      for (auto& e : levels)
        if (e.level.id == save.attempt.level_id &&
            (!e.best_score || save.score.overall > *e.best_score)) {
          e.best_score = save.score.overall;
          e.best_passed = save.score.passed;
        }
    } catch (const std::exception&) {
      // Not a save of ours, or a damaged one: it simply does not count here.
    }
  }
}

bool on_skin(const core::Scalp& scalp, core::Vec2 p_mm) {
  return core::on_head(scalp.chart, p_mm);
}

// --------------------------------------------------------------------------- healing, scores

std::vector<core::HealedDot> heal_attempt(const core::Level& level, const core::Scalp& scalp,
                                          const core::Attempt& attempt) {
  return core::heal(scalp, attempt, core::scoring_params_for(level).healing);
}

core::HealingTally healing_tally(const core::Level& level, const core::Attempt& attempt,
                                 std::span<const core::HealedDot> healed) {
  return core::tally_healing(attempt, healed, core::scoring_params_for(level).healing);
}

core::Report score(const core::Level& level, const core::Scalp& scalp,
                   const core::Attempt& attempt) {
  return core::score_attempt(level, scalp, attempt);
}

std::filesystem::path save_attempt(const core::Level& level, const core::Attempt& attempt,
                                   const std::optional<core::Report>& report,
                                   const std::filesystem::path& saves_dir,
                                   const std::filesystem::path& explicit_path) {
  std::filesystem::path path = explicit_path;
  if (path.empty()) {
    std::filesystem::create_directories(saves_dir);
    path = saves_dir / io::default_save_name(attempt.trainee, attempt.level_id,
                                             std::chrono::system_clock::now());
  }
  io::SaveFile save;
  save.app_version = io::smpsim_version();
  save.level = level;
  save.attempt = attempt;
  if (report) {
    save.scoring_version = report->scoring_version;
    save.score = io::summarize_report(*report);
  }
  io::write_save(path, save);
  return path;
}

// ------------------------------------------------------------------------------------ views

render::View preset_view(const core::Scalp& scalp, const std::string& name, int width_px,
                         int height_px) {
  const core::Chart& c = scalp.chart;
  const core::Landmarks& lm = c.landmarks;
  const core::RectMm b = c.bounds_mm;
  core::RectMm box = b;
  // Regions of the unwrapped chart that a practitioner looks at from each side of the chair.
  if (name == "front")
    box = {{-lm.lateral_canthus_x_mm * 1.6, b.min_mm.y},
           {lm.lateral_canthus_x_mm * 1.6, lm.vertex_mm.y * 0.75}};
  else if (name == "top")
    box = {{-90.0, lm.mid_frontal_point_mm.y - 10.0}, {90.0, lm.crown_whorl_mm.y + 40.0}};
  else if (name == "left")  // the client's left is -x
    box = {{b.min_mm.x, lm.mid_frontal_point_mm.y - 20.0}, {-20.0, b.max_mm.y}};
  else if (name == "right")
    box = {{20.0, lm.mid_frontal_point_mm.y - 20.0}, {b.max_mm.x, b.max_mm.y}};
  else if (name == "back")
    box = {{-110.0, lm.crown_whorl_mm.y - 40.0}, {110.0, b.max_mm.y}};
  return render::fit_view(box, std::max(width_px, 1), std::max(height_px, 1), 0.03);
}

// ------------------------------------------------------------------------------------ scene

namespace {

// How a dot looks on the day it is placed.
core::HealedDot fresh_look(const core::Dot& d, std::uint32_t index, const core::Scalp& scalp,
                           const core::HealingParams& healing) {
  core::HealedDot h = core::fresh_appearance(d, scalp, healing);
  h.source_index = index;
  return h;
}

render::PixelRect unite(render::PixelRect a, render::PixelRect b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

}  // namespace

struct Scene::Impl {
  std::shared_ptr<const core::Scalp> scalp;
  core::Level level;
  core::HealingParams healing;  // the level's, resolved once: fresh_look runs per new dot
  std::unique_ptr<render::Canvas> canvas;
  render::View view;
  std::size_t healed_count = 0;
  const core::HealedDot* healed_data = nullptr;
  std::size_t fresh_count = 0;
  const core::Dot* fresh_data = nullptr;
  bool heat_map = false;
  render::PixelRect dirty;
  render::Image empty;
  render::RenderParams params;
  RefineOptions refine;
  bool view_changed = false;    // since the last refine_step
  bool exact_next_view = true;  // a new scalp's first view is drawn exactly, not previewed

  void mark_all() { dirty = {0, 0, view.width_px, view.height_px}; }
};

Scene::Scene() : impl_(std::make_unique<Impl>()) {}
Scene::~Scene() = default;
bool Scene::available() const {
  return impl_->canvas != nullptr;
}

void Scene::set_scalp(std::shared_ptr<const core::Scalp> scalp, const core::Level& level) {
  impl_->scalp = std::move(scalp);
  impl_->level = level;
  impl_->healing = core::scoring_params_for(level).healing;
  impl_->canvas.reset();
  impl_->healed_count = impl_->fresh_count = 0;
  impl_->healed_data = nullptr;
  impl_->fresh_data = nullptr;
  if (impl_->scalp)
    impl_->canvas = std::make_unique<render::Canvas>(*impl_->scalp, impl_->view, impl_->params);
  impl_->exact_next_view = true;
  impl_->mark_all();
}

void Scene::set_view(const render::View& view, double focus_y_px) {
  if (view == impl_->view) return;
  impl_->view = view;
  if (impl_->canvas && impl_->exact_next_view)
    impl_->canvas->set_view(view);
  else if (impl_->canvas)
    impl_->canvas->preview_view(view, focus_y_px);
  impl_->exact_next_view = false;
  impl_->view_changed = true;
  impl_->mark_all();
}

void Scene::refine_step() {
  Impl& m = *impl_;
  const bool changed = m.view_changed;
  m.view_changed = false;
  // A frame that moved the view has paid for its preview; the wheel may still be turning.
  if (!m.canvas || changed || m.canvas->settled()) return;
  const int rows = std::max(m.refine.band_rows, 1);
  if (m.refine.fixed_bands > 0) {
    for (int i = 0; i < m.refine.fixed_bands; ++i) m.dirty = unite(m.dirty, m.canvas->refine(rows));
    return;
  }
  using Clock = std::chrono::steady_clock;
  const auto t0 = Clock::now();
  double last_band_ms = 0.0;
  while (!m.canvas->settled()) {
    const auto tb = Clock::now();
    m.dirty = unite(m.dirty, m.canvas->refine(rows));
    const auto te = Clock::now();
    last_band_ms = std::chrono::duration<double, std::milli>(te - tb).count();
    // Stop before a band like the last one would overrun the budget.
    if (std::chrono::duration<double, std::milli>(te - t0).count() + last_band_ms >
        m.refine.budget_ms)
      break;
  }
}

bool Scene::settled() const {
  return !impl_->canvas || impl_->canvas->settled();
}

void Scene::set_refine_options(const RefineOptions& options) {
  impl_->refine = options;
}

void Scene::set_dots(std::span<const core::HealedDot> healed, std::span<const core::Dot> fresh) {
  Impl& m = *impl_;
  if (!m.canvas) return;
  const bool same_healed = healed.size() == m.healed_count && healed.data() == m.healed_data;
  const bool appended = same_healed && fresh.size() >= m.fresh_count &&
                        (m.fresh_count == 0 || fresh.data() == m.fresh_data);
  if (appended && fresh.size() == m.fresh_count) return;
  if (appended) {
    for (std::size_t i = m.fresh_count; i < fresh.size(); ++i) {
      const core::HealedDot h =
          fresh_look(fresh[i], static_cast<std::uint32_t>(i), *m.scalp, m.healing);
      // With the heat map on, also the neighbourhood its density kernel recolours.
      m.dirty = unite(m.dirty, m.canvas->add_dot(h));
    }
  } else {
    std::vector<core::HealedDot> all(healed.begin(), healed.end());
    all.reserve(healed.size() + fresh.size());
    for (std::size_t i = 0; i < fresh.size(); ++i)
      all.push_back(fresh_look(fresh[i], static_cast<std::uint32_t>(i), *m.scalp, m.healing));
    m.canvas->set_dots(all);
    m.canvas->prepare_previews();
    m.mark_all();
  }
  m.healed_count = healed.size();
  m.healed_data = healed.data();
  m.fresh_count = fresh.size();
  m.fresh_data = fresh.data();
}

void Scene::set_heat_map(bool on, const core::Level* level) {
  Impl& m = *impl_;
  if (!m.canvas || on == m.heat_map) return;
  m.heat_map = on;
  render::OverlaySet o;
  o.density = on;
  if (level != nullptr) o.target_density_per_cm2 = level->task.target_density_per_cm2;
  m.canvas->set_overlays(o);
  m.canvas->prepare_previews();
  m.mark_all();
}

const render::Image& Scene::image() {
  if (!impl_->canvas) return impl_->empty;
  return impl_->canvas->image();
}

render::PixelRect Scene::take_dirty() {
  const render::PixelRect d = impl_->dirty;
  impl_->dirty = {};
  return d;
}

}  // namespace smp::app

namespace smp::app {
core::Srgb8 pigment_on_skin(const core::Scalp& scalp, const core::Level& level,
                            const core::Pigment& pigment) {
  core::Dot d;
  d.dilution_water_parts = pigment.dilution_water_parts;
  const core::ScoringParams params = core::scoring_params_for(level);
  const core::HealedDot h = fresh_look(d, 0, scalp, params.healing);
  return core::to_srgb8(core::dot_on_skin(core::skin_colour_srgb(scalp.spec.profile.fitzpatrick),
                                          h.darkness, h.blue_shift, params.colour.look));
}
}  // namespace smp::app
