// End to end through the real window: `smpsim play LEVEL --script` under the DISPLAY that CI's
// `xvfb-run -a ctest` provides. Skipped (with a message) when there is no display.
#include <doctest/doctest.h>
#include <stb_image.h>

#include <sys/wait.h>
#include <unistd.h>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/engine.hpp"
#include "app/screens/screens.hpp"
#include "core/scalp/scalp.hpp"
#include "core/scoring/score.hpp"
#include "io/attempt/attempt_io.hpp"
#include "io/level/level_io.hpp"
#include "io/version.hpp"
#include "render/view.hpp"

namespace fs = std::filesystem;
using smp::core::Vec2;

namespace {

bool have_display() {
  const char* d = std::getenv("DISPLAY");
  return d != nullptr && *d != '\0';
}

fs::path fresh_dir(const std::string& name) {
  const fs::path dir =
      fs::temp_directory_path() / ("smpsim_app_test_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

int run(const std::string& args) {
  // Mesa, X and SDL keep allocations until exit; in the sanitizer build LeakSanitizer would
  // otherwise fail the window process for leaks that are not ours.
  const std::string cmd = "ASAN_OPTIONS=detect_leaks=0 " + std::string(SMPSIM_EXE) + " play " +
                          args + " > /dev/null 2>&1";
  return std::system(cmd.c_str());
}

struct Png {
  int w = 0, h = 0;
  std::vector<unsigned char> px;
  double luminance(int x, int y) const {
    const unsigned char* p = &px[(static_cast<std::size_t>(y) * w + x) * 4];
    return 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
  }
  // Mean luminance of a (2r+1)^2 box.
  double box(Vec2 c, int r) const {
    double s = 0.0;
    int n = 0;
    for (int y = static_cast<int>(c.y) - r; y <= static_cast<int>(c.y) + r; ++y)
      for (int x = static_cast<int>(c.x) - r; x <= static_cast<int>(c.x) + r; ++x)
        if (x >= 0 && y >= 0 && x < w && y < h) {
          s += luminance(x, y);
          ++n;
        }
    return n ? s / n : 0.0;
  }
};

Png load_png(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Png img;
  int channels = 0;
  unsigned char* data =
      stbi_load_from_memory(reinterpret_cast<const unsigned char*>(bytes.data()),
                            static_cast<int>(bytes.size()), &img.w, &img.h, &channels, 4);
  REQUIRE(data != nullptr);
  img.px.assign(data, data + static_cast<std::size_t>(img.w) * img.h * 4);
  stbi_image_free(data);
  return img;
}

// The scripted pointer positions of the impressions: a 5 x 4 patch on the mid-scalp, 3 mm apart.
std::vector<Vec2> patch_points() {
  std::vector<Vec2> pts;
  for (int row = 0; row < 4; ++row)
    for (int col = 0; col < 5; ++col) pts.emplace_back(-6.0 + 3.0 * col, 150.0 + 3.0 * row);
  return pts;
}

constexpr double kZoomNotches = 6.0;
const Vec2 kZoomAnchor{0.0, 154.5};

}  // namespace

TEST_CASE("a scripted play of the warm-up level goes brief to results and saves every impression") {
  if (!have_display()) {
    MESSAGE("skipped: DISPLAY is not set (run the tests under xvfb-run -a ctest)");
    return;
  }
  const fs::path dir = fresh_dir("play");
  const fs::path level_file = fs::path(SMP_SOURCE_DIR) / "levels/00-buzz-cut-practice.json";
  const auto points = patch_points();
  std::ostringstream s;
  s << "# brief: treat; the level gives the pigment and has no mockup, so the session starts\n"
    << "300 key T\n"
    << "400 move " << kZoomAnchor.x << " " << kZoomAnchor.y << "\n"
    << "450 wheel " << kZoomNotches << "\n"
    << "500 key 3\n"  // 3RL: a footprint large enough to see at this zoom
    << "600 move -40 120\n";
  std::int64_t t = 1000;
  for (const Vec2& p : points) {
    s << t << " move " << p.x << " " << p.y << "\n";
    s << t + 150 << " press\n" << t + 170 << " release\n";
    t += 250;
  }
  s << t << " move -40 120\n";  // park the reticle away from the dots for the screenshots
  const std::int64_t t_session_shot = t + 200;
  s << t + 400 << " key Return\n";  // end the session -> healing
  const std::int64_t t_heal_shot = t + 700;
  s << t + 1000 << " key Return\n";  // -> results (one session)
  s << t + 1400 << " quit\n";
  std::ofstream(dir / "play.txt") << s.str();

  const fs::path save = dir / "attempt.json";
  const int rc = run(level_file.string() + " --script " + (dir / "play.txt").string() + " --save " +
                     save.string() + " --screenshot-at 900:" + (dir / "before.png").string() +
                     " --screenshot-at " + std::to_string(t_session_shot) + ":" +
                     (dir / "session.png").string() + " --screenshot-at " +
                     std::to_string(t_heal_shot) + ":" + (dir / "healed.png").string());
  REQUIRE(rc == 0);
  REQUIRE(fs::exists(save));

  const smp::io::SaveFile sf = smp::io::load_save(save);
  CHECK(sf.app_version == std::string(smp::io::smpsim_version()));  // CMake's, not a literal
  CHECK(sf.attempt.decision == smp::core::Decision::Treat);
  REQUIRE(sf.attempt.dots.size() == points.size());
  CHECK(sf.attempt.session_duration_ms.size() == 1);  // the session ended and healed
  CHECK_FALSE(sf.attempt.pen_path.empty());
  // Each impression landed where the pen tip was: near the aim, within the tremor's reach.
  for (std::size_t i = 0; i < points.size(); ++i) {
    CAPTURE(i);
    CHECK(smp::core::distance_mm(sf.attempt.dots[i].pos_mm, points[i]) < 0.3);
    CHECK(sf.attempt.dots[i].needle.config == smp::core::NeedleConfig::RL3);
  }
  // The scripted run is deterministic, so the tremor shows as small but non-zero scatter.
  bool any_off = false;
  for (std::size_t i = 0; i < points.size(); ++i)
    any_off = any_off || sf.attempt.dots[i].pos_mm != points[i];
  CHECK(any_off);

  // The score the results screen showed (and saved) is what grading the save gives.
  {
    const smp::core::Scalp client = smp::core::generate_scalp(sf.level.client);
    const smp::core::Report regraded = smp::core::score_attempt(sf.level, client, sf.attempt);
    CHECK(sf.scoring_version == regraded.scoring_version);
    CHECK(sf.score.overall == doctest::Approx(regraded.overall_score).epsilon(1e-9));
    CHECK(sf.score.passed == regraded.passed);
  }

  // Pixels: where the dots are, the session screenshot is darker than before, and the healed
  // one is lighter than the fresh one (smaller, lighter dots).
  const smp::core::Level level = smp::io::load_level(level_file);
  const smp::core::Scalp scalp = smp::core::generate_scalp(level.client);
  const smp::app::Layout layout;
  const int cw = static_cast<int>(1600 - layout.side_panel_w);
  const int ch = static_cast<int>(1000 - layout.top_bar_h - layout.status_bar_h);
  smp::render::View v = smp::app::preset_view(scalp, "head", cw, ch);
  v = smp::render::zoom_about(v, v.mm_to_px(kZoomAnchor), std::pow(1.25, kZoomNotches));
  const Png before = load_png(dir / "before.png");
  const Png session = load_png(dir / "session.png");
  const Png healed = load_png(dir / "healed.png");
  REQUIRE(before.w == 1600);
  double before_sum = 0, session_sum = 0, healed_sum = 0;
  for (const auto& d : sf.attempt.dots) {
    const Vec2 p = v.mm_to_px(d.pos_mm) + Vec2(layout.side_panel_w, layout.top_bar_h);
    before_sum += before.box(p, 1);
    session_sum += session.box(p, 1);
    healed_sum += healed.box(p, 1);
  }
  const double n = static_cast<double>(sf.attempt.dots.size());
  CHECK(session_sum / n < before_sum / n - 15.0);
  CHECK(healed_sum / n > session_sum / n);
  // Between the dots (1.5 mm off in x) the skin is as before.
  const Vec2 between = v.mm_to_px({-4.5, 151.5}) + Vec2(layout.side_panel_w, layout.top_bar_h);
  CHECK(std::abs(session.box(between, 1) - before.box(between, 1)) < 6.0);
  fs::remove_all(dir);
}

TEST_CASE("declining a contraindicated client in the window saves the decision without dots") {
  if (!have_display()) {
    MESSAGE("skipped: DISPLAY is not set (run the tests under xvfb-run -a ctest)");
    return;
  }
  const fs::path dir = fresh_dir("decline");
  std::ofstream(dir / "s.txt") << "200 key D\n600 quit\n";
  const fs::path save = dir / "attempt.json";
  const int rc =
      run((fs::path(SMP_SOURCE_DIR) / "levels/13-decline-keloid.json").string() +
          " --size 800 --script " + (dir / "s.txt").string() + " --save " + save.string());
  REQUIRE(rc == 0);
  const smp::io::SaveFile sf = smp::io::load_save(save);
  CHECK(sf.attempt.decision == smp::core::Decision::Decline);
  CHECK(sf.attempt.dots.empty());
  CHECK(sf.score.passed);
  fs::remove_all(dir);
}

TEST_CASE("a bad script is refused before any window opens, naming the line") {
  const fs::path dir = fresh_dir("badscript");
  std::ofstream(dir / "s.txt") << "100 key T\n50 press\n";
  const int rc = run((fs::path(SMP_SOURCE_DIR) / "levels/00-buzz-cut-practice.json").string() +
                     " --script " + (dir / "s.txt").string());
  CHECK(WEXITSTATUS(rc) == 2);
  fs::remove_all(dir);
}
