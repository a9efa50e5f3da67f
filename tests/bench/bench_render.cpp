// Render costs the window pays: add_dot on a canvas already holding 100k dots, a pan step, and a
// full base-layer rebuild at 1600x1000. Run: build/tests/bench_render (not part of ctest).
#include <benchmark/benchmark.h>

#include "core/base/rng.hpp"
#include "core/scalp/scalp.hpp"
#include "render/canvas.hpp"

using namespace smp;

namespace {

core::Scalp norwood5() {
  core::ClientSpec spec;
  spec.loss.pattern = core::LossPattern::Norwood;
  spec.loss.norwood = core::NorwoodStage::V;
  spec.seed = 42;
  return core::generate_scalp(spec);
}

std::vector<core::HealedDot> dots_on(const core::Scalp& s, int n) {
  core::Rng rng(1);
  std::vector<core::HealedDot> dots;
  const auto& b = s.chart.bounds_mm;
  while (static_cast<int>(dots.size()) < n) {
    core::HealedDot d;
    d.pos_mm = {rng.uniform(b.min_mm.x, b.max_mm.x), rng.uniform(b.min_mm.y, b.max_mm.y)};
    if (!core::on_head(s.chart, d.pos_mm)) continue;
    d.diameter_mm = rng.uniform(0.1, 0.3);
    d.darkness = rng.uniform(0.5, 0.9);
    dots.push_back(d);
  }
  return dots;
}

render::View whole(const core::Scalp& s) {
  return render::fit_view(s.chart.bounds_mm, 1600, 1000);
}

void BM_AddDotOn100k(benchmark::State& state) {
  const core::Scalp s = norwood5();
  render::Canvas canvas(s, whole(s));
  canvas.set_dots(dots_on(s, 100000));
  const auto extra = dots_on(s, 4096);
  std::size_t i = 0;
  for (auto _ : state) {
    canvas.add_dot(extra[i++ % extra.size()]);
    benchmark::DoNotOptimize(canvas.image().rgba.data());
  }
}
BENCHMARK(BM_AddDotOn100k)->Unit(benchmark::kMicrosecond);

void BM_PanStep(benchmark::State& state) {
  const core::Scalp s = norwood5();
  render::View v =
      render::zoom_about(whole(s), {800.0, 500.0}, static_cast<double>(state.range(0)));
  render::Canvas canvas(s, v);
  canvas.set_dots(dots_on(s, 100000));
  int k = 0;
  for (auto _ : state) {
    // 8 px per frame, back and forth, so the view stays over the head.
    const double dir = (k++ / 20) % 2 ? -1.0 : 1.0;
    v = render::pan_by(v, {8.0 * dir, 3.0 * dir});
    canvas.set_view(v);
    benchmark::DoNotOptimize(canvas.image().rgba.data());
  }
}
BENCHMARK(BM_PanStep)->Arg(1)->Arg(8)->Unit(benchmark::kMicrosecond);

void BM_FullBaseRebuild1600x1000(benchmark::State& state) {
  const core::Scalp s = norwood5();
  render::View v = whole(s);
  render::Canvas canvas(s, v);
  double f = 1.0;
  for (auto _ : state) {
    f = f == 1.0 ? 1.001 : 1.0;  // a zoom step forces a full redraw of every layer
    render::View z = v;
    z.px_per_mm *= f;
    canvas.set_view(z);
    benchmark::DoNotOptimize(canvas.image().rgba.data());
  }
}
BENCHMARK(BM_FullBaseRebuild1600x1000)->Unit(benchmark::kMillisecond);

void BM_BuildLook(benchmark::State& state) {
  const core::Scalp s = norwood5();
  for (auto _ : state) benchmark::DoNotOptimize(render::build_look(s, {}).strands.size());
}
BENCHMARK(BM_BuildLook)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
