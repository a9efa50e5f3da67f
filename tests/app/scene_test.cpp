// The window's scalp picture (app::Scene) without a window: a wheel step is previewed at once,
// settles on frames where the view holds still, and then shows what `smpsim render` would.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "app/engine.hpp"
#include "core/base/rng.hpp"
#include "io/level/level_io.hpp"
#include "render/canvas.hpp"

namespace {

struct World {
  smp::core::Level level;
  std::shared_ptr<const smp::core::Scalp> scalp;
  std::vector<smp::core::HealedDot> dots;
  World() {
    level = smp::io::load_level(std::filesystem::path(SMP_SOURCE_DIR) /
                                "levels/00-buzz-cut-practice.json");
    scalp = smp::app::make_scalp(level);
    smp::core::Rng rng(3);
    for (int i = 0; i < 400; ++i) {
      smp::core::HealedDot d;
      d.pos_mm = {rng.uniform(-30.0, 30.0), rng.uniform(130.0, 190.0)};
      d.diameter_mm = rng.uniform(0.15, 0.3);
      d.darkness = rng.uniform(0.4, 0.9);
      d.source_index = static_cast<std::uint32_t>(i);
      dots.push_back(d);
    }
  }
};

// The scene of a small "top" view over the world's head, settling 48 rows a frame (3 bands of
// 16), its first picture taken; the heat map on when asked.
smp::render::View start_scene(const World& w, smp::app::Scene& scene, bool heat_map) {
  smp::app::RefineOptions refine;
  refine.band_rows = 16;
  refine.fixed_bands = 3;
  scene.set_refine_options(refine);
  scene.set_scalp(w.scalp, w.level);
  const smp::render::View v = smp::app::preset_view(*w.scalp, "top", 200, 150);
  scene.set_view(v);
  scene.set_dots(w.dots, {});
  if (heat_map) scene.set_heat_map(true, &w.level);
  return v;
}

// True when rows [d.y0, d.y1) of the scene's picture are those of `exact`.
bool rows_equal(const smp::render::Image& shown, const smp::render::Image& exact,
                smp::render::PixelRect d) {
  const std::size_t row = static_cast<std::size_t>(exact.width) * 4;
  return std::equal(shown.rgba.begin() + static_cast<std::ptrdiff_t>(row * d.y0),
                    shown.rgba.begin() + static_cast<std::ptrdiff_t>(row * d.y1),
                    exact.rgba.begin() + static_cast<std::ptrdiff_t>(row * d.y0));
}

}  // namespace

TEST_CASE("a wheel step in the scene is previewed, then settles on still frames to the render") {
  const World w;
  smp::app::Scene scene;
  smp::render::View v = start_scene(w, scene, false);
  CHECK(scene.settled());  // a new scalp's first view is drawn exactly
  (void)scene.image();
  (void)scene.take_dirty();

  v = smp::render::zoom_about(v, {120.0, 60.0}, 1.25);
  const smp::render::Image exact =
      smp::render::render_scalp(*w.scalp, v, w.dots, smp::render::OverlaySet{});
  scene.set_view(v, 60.0);
  scene.refine_step();  // the wheel frame itself only previews
  CHECK_FALSE(scene.settled());
  CHECK(scene.take_dirty().y1 == 150);  // the whole preview goes to the texture
  CHECK(scene.image().rgba != exact.rgba);
  int frames = 0;
  while (!scene.settled() && frames < 10) {
    scene.refine_step();
    const smp::render::PixelRect d = scene.take_dirty();
    CAPTURE(frames);
    REQUIRE_FALSE(d.empty());
    if (frames == 0) CHECK((d.y0 <= 60 && d.y1 > 60));  // the pointer's row comes first
    CHECK(rows_equal(scene.image(), exact, d));         // what goes to the texture is final
    ++frames;
  }
  CHECK(frames == 4);  // 150 rows, 48 a frame
  CHECK(scene.image().rgba == exact.rgba);
}

TEST_CASE("with the heat map on, a wheel step settles band by band to the render with it") {
  const World w;
  smp::app::Scene scene;
  smp::render::View v = start_scene(w, scene, true);
  smp::render::OverlaySet o;
  o.density = true;
  o.target_density_per_cm2 = w.level.task.target_density_per_cm2;
  (void)scene.image();
  (void)scene.take_dirty();
  v = smp::render::zoom_about(v, {100.0, 75.0}, 1.25);
  scene.set_view(v, 75.0);
  scene.refine_step();
  CHECK_FALSE(scene.settled());
  (void)scene.image();
  (void)scene.take_dirty();
  const smp::render::Image exact = smp::render::render_scalp(*w.scalp, v, w.dots, o);
  int frames = 0;
  while (!scene.settled() && frames < 10) {
    scene.refine_step();
    const smp::render::PixelRect d = scene.take_dirty();
    REQUIRE_FALSE(d.empty());
    if (frames == 0) CHECK(d.y1 - d.y0 <= 2 * 48);  // bands around the pointer, not all of it
    CHECK(rows_equal(scene.image(), exact, d));
    ++frames;
  }
  CHECK(frames >= 4);
  CHECK(scene.image().rgba == exact.rgba);
}

TEST_CASE("with the heat map on, new impressions upload only their neighbourhood, exactly") {
  const World w;
  smp::app::Scene scene;
  scene.set_scalp(w.scalp, w.level);
  smp::render::View v = smp::app::preset_view(*w.scalp, "top", 240, 180);
  scene.set_view(v);
  std::vector<smp::core::Dot> fresh;
  fresh.reserve(16);  // appended in place: the scene adds them one by one
  scene.set_dots(w.dots, fresh);
  scene.set_heat_map(true, &w.level);
  smp::render::OverlaySet o;
  o.density = true;
  o.target_density_per_cm2 = w.level.task.target_density_per_cm2;
  (void)scene.image();
  (void)scene.take_dirty();
  smp::core::Rng rng(9);
  smp::render::Image shown = scene.image();  // what the texture holds
  for (int i = 0; i < 8; ++i) {
    smp::core::Dot d;
    d.pos_mm = {rng.uniform(-20.0, 20.0), rng.uniform(140.0, 180.0)};
    fresh.push_back(d);
    scene.set_dots(w.dots, fresh);
    const smp::render::Image& img = scene.image();
    const smp::render::PixelRect dirty = scene.take_dirty();
    CHECK((dirty.x1 - dirty.x0) * (dirty.y1 - dirty.y0) < 240 * 180);
    for (int y = dirty.y0; y < dirty.y1; ++y)
      std::copy_n(img.px(dirty.x0, y), static_cast<std::size_t>(dirty.x1 - dirty.x0) * 4,
                  shown.px(dirty.x0, y));
  }
  // The texture, updated only where the scene said, is what a scene given all the dots at once
  // shows (a full redraw, overlay included).
  const smp::render::Image exact = [&] {
    smp::app::Scene ref;
    ref.set_scalp(w.scalp, w.level);
    ref.set_view(v);
    ref.set_dots(w.dots, fresh);
    ref.set_heat_map(true, &w.level);
    return ref.image();
  }();
  CHECK(scene.image().rgba == exact.rgba);
  CHECK(shown.rgba == exact.rgba);
}
