#include <doctest/doctest.h>

#include "core/scalp/scalp.hpp"
#include "core/scalp_helpers.hpp"

using namespace smp::core;
using smp::test::fast_params;

namespace {
ClientSpec busy_spec(std::uint64_t seed) {
  ClientSpec spec = smp::test::norwood_spec(NorwoodStage::V, seed);
  ScarSpec fut;
  fut.kind = ScarKind::FutStrip;
  fut.length_mm = 220.0;
  fut.width_mm = 3.0;
  ScarSpec fue;
  fue.kind = ScarKind::FuePunctures;
  fue.puncture_count = 300;
  spec.scars = {fut, fue};
  return spec;
}
bool same_values(const FieldGrid& a, const FieldGrid& b) {
  if (a.cols != b.cols || a.rows != b.rows || a.values.size() != b.values.size()) return false;
  for (std::size_t i = 0; i < a.values.size(); ++i)
    if (a.values[i] != b.values[i]) return false;
  return true;
}
}  // namespace

TEST_CASE("the same seed gives identical fields and scars, value for value") {
  const Scalp a = generate_scalp(busy_spec(77), fast_params());
  const Scalp b = generate_scalp(busy_spec(77), fast_params());
  CHECK(same_values(a.natural_density_per_cm2, b.natural_density_per_cm2));
  CHECK(same_values(a.hair_density_per_cm2, b.hair_density_per_cm2));
  REQUIRE(a.scars.size() == b.scars.size());
  for (std::size_t i = 0; i < a.scars.size(); ++i) {
    CHECK(a.scars[i].path_mm == b.scars[i].path_mm);
    CHECK(a.scars[i].punctures_mm == b.scars[i].punctures_mm);
    CHECK(a.scars[i].puncture_diameters_mm == b.scars[i].puncture_diameters_mm);
    CHECK(a.scars[i].area_mm2 == b.scars[i].area_mm2);
  }
}

TEST_CASE("a different seed gives a different hair field and different scars") {
  const Scalp a = generate_scalp(busy_spec(77), fast_params());
  const Scalp b = generate_scalp(busy_spec(78), fast_params());
  CHECK(same_values(a.natural_density_per_cm2, b.natural_density_per_cm2));  // healthy head
  CHECK_FALSE(same_values(a.hair_density_per_cm2, b.hair_density_per_cm2));
  CHECK(a.scars[0].path_mm != b.scars[0].path_mm);
  CHECK(a.scars[1].punctures_mm != b.scars[1].punctures_mm);
}

TEST_CASE("adding a scar does not move the hair-loss pattern away from the scar") {
  ClientSpec plain = smp::test::norwood_spec(NorwoodStage::IV, 5);
  ClientSpec scarred = plain;
  ScarSpec line;
  line.kind = ScarKind::SurgicalLine;
  line.path_mm = {{-40.0, 300.0}, {40.0, 300.0}};
  line.width_mm = 3.0;
  scarred.scars.push_back(line);
  const Scalp a = generate_scalp(plain, fast_params());
  const Scalp b = generate_scalp(scarred, fast_params());
  const FieldGrid& ha = a.hair_density_per_cm2;
  const FieldGrid& hb = b.hair_density_per_cm2;
  int differing_far = 0;
  int differing_near = 0;
  for (int r = 0; r < ha.rows; ++r)
    for (int c = 0; c < ha.cols; ++c) {
      if (ha.at(c, r) == hb.at(c, r)) continue;
      const double d = distance_to_polyline_mm(ha.centre_of(c, r), line.path_mm);
      (d > 5.0 ? differing_far : differing_near) += 1;
    }
  CHECK(differing_far == 0);
  CHECK(differing_near > 10);
}
