#include <doctest/doctest.h>

#include <algorithm>
#include <array>

#include "core/scalp/scalp.hpp"
#include "core/scalp_helpers.hpp"

using namespace smp::core;
using smp::test::fast_params;
using smp::test::norwood_spec;

namespace {
double bald_cm2(NorwoodStage stage, std::uint64_t seed = 11) {
  return area_with_loss_cm2(generate_scalp(norwood_spec(stage, seed), fast_params()), 0.5);
}
constexpr std::array<NorwoodStage, 12> kAllStages{
    NorwoodStage::I,    NorwoodStage::II,        NorwoodStage::IIa, NorwoodStage::III,
    NorwoodStage::IIIa, NorwoodStage::IIIVertex, NorwoodStage::IV,  NorwoodStage::IVa,
    NorwoodStage::V,    NorwoodStage::Va,        NorwoodStage::VI,  NorwoodStage::VII};
}  // namespace

TEST_CASE(
    "bald area grows monotonically with the Norwood stage, A-variants and III vertex included") {
  for (std::uint64_t seed : {1u, 2024u}) {
    CAPTURE(seed);
    double previous = -1.0;
    for (NorwoodStage stage : kAllStages) {
      CAPTURE(norwood_name(stage));
      const double area = bald_cm2(stage, seed);
      CHECK(area > previous);
      previous = area;
    }
  }
}

TEST_CASE("Norwood bald areas fall in the estimated bands (notes N121)") {
  // Grade D bands (graft counts / 25-35 FU per cm^2), so loose.
  CHECK(bald_cm2(NorwoodStage::I) < 8.0);
  const double n3 = bald_cm2(NorwoodStage::III);
  CHECK(n3 >= 40.0);
  CHECK(n3 <= 70.0);
  const double n4 = bald_cm2(NorwoodStage::IV);
  CHECK(n4 >= 60.0);
  CHECK(n4 <= 100.0);
  const double n5 = bald_cm2(NorwoodStage::V);
  CHECK(n5 >= 100.0);
  CHECK(n5 <= 140.0);
  const double n6 = bald_cm2(NorwoodStage::VI);
  CHECK(n6 >= 140.0);
  CHECK(n6 <= 200.0);
}

TEST_CASE(
    "Norwood II temple recession stays 2 cm in front of the bimeatal line and III passes it") {
  // The II/III boundary is 2 cm in front of the coronal line through the ear canals (notes N57).
  auto deepest_front_loss_y = [](NorwoodStage stage) {
    const Scalp s = generate_scalp(norwood_spec(stage), fast_params());
    double deepest = 0.0;
    smp::test::for_each_cell(s, [&](Vec2 p, float natural, float hair) {
      if (natural > 0.0f && hair < 0.5f * natural && p.y < s.chart.landmarks.vertex_mm.y)
        deepest = std::max(deepest, p.y);
    });
    return s.chart.landmarks.vertex_mm.y - deepest;  // distance in front of the vertex line
  };
  CHECK(deepest_front_loss_y(NorwoodStage::II) > 20.0);
  CHECK(deepest_front_loss_y(NorwoodStage::III) < 20.0);
}

TEST_CASE("the crown is bald from III vertex on but not in III or the A-variants") {
  auto crown_loss = [](NorwoodStage stage) {
    const Scalp s = generate_scalp(norwood_spec(stage), fast_params());
    return hair_loss_fraction(s, s.chart.landmarks.crown_whorl_mm);
  };
  CHECK(crown_loss(NorwoodStage::III) < 0.1);
  CHECK(crown_loss(NorwoodStage::IVa) < 0.1);
  CHECK(crown_loss(NorwoodStage::Va) < 0.1);
  CHECK(crown_loss(NorwoodStage::IIIVertex) > 0.8);
  CHECK(crown_loss(NorwoodStage::IV) > 0.8);
  CHECK(crown_loss(NorwoodStage::V) > 0.8);
  CHECK(crown_loss(NorwoodStage::VII) > 0.9);
}

TEST_CASE("IV keeps a moderately dense bridge, V a sparser one, VI none") {
  // The least loss along the midline between the front bald area and the crown spot.
  auto bridge_loss = [](NorwoodStage stage) {
    const Scalp s = generate_scalp(norwood_spec(stage), fast_params());
    double least = 1.0;
    for (double y = 150.0; y <= 180.0; y += 1.0)
      least = std::min(least, hair_loss_fraction(s, {0.0, y}));
    return least;
  };
  const double iv = bridge_loss(NorwoodStage::IV);
  const double v = bridge_loss(NorwoodStage::V);
  const double vi = bridge_loss(NorwoodStage::VI);
  CHECK(iv > 0.1);
  CHECK(iv < 0.5);
  CHECK(v > iv);
  CHECK(v < 0.9);
  CHECK(vi > 0.9);
}

TEST_CASE("the side and back fringe keeps its hair even at VII, and VII's fringe is narrower") {
  const Scalp vi = generate_scalp(norwood_spec(NorwoodStage::VI), fast_params());
  const Scalp vii = generate_scalp(norwood_spec(NorwoodStage::VII), fast_params());
  CHECK(hair_loss_fraction(vii, {0.0, 330.0}) < 0.1);    // above the nape
  CHECK(hair_loss_fraction(vii, {-92.0, 175.0}) < 0.1);  // above the left ear
  CHECK(hair_loss_fraction(vii, {92.0, 175.0}) < 0.1);
  CHECK(area_with_loss_cm2(vii, 0.5) > area_with_loss_cm2(vi, 0.5) + 20.0);
  CHECK(hair_loss_fraction(vi, {-75.0, 175.0}) < 0.2);
  CHECK(hair_loss_fraction(vii, {-75.0, 175.0}) > 0.8);
}

TEST_CASE("Norwood loss boundaries are soft: some cells are partly thinned") {
  const Scalp s = generate_scalp(norwood_spec(NorwoodStage::III), fast_params());
  int partial = 0;
  smp::test::for_each_cell(s, [&](Vec2, float natural, float hair) {
    if (natural > 0.0f && hair > 0.2f * natural && hair < 0.8f * natural) ++partial;
  });
  CHECK(partial > 20);
}

TEST_CASE("norwood_name spells every stage") {
  CHECK(norwood_name(NorwoodStage::I) == "I");
  CHECK(norwood_name(NorwoodStage::IIa) == "IIa");
  CHECK(norwood_name(NorwoodStage::IIIVertex) == "III vertex");
  CHECK(norwood_name(NorwoodStage::VII) == "VII");
}
