#include "core/healing/healing.hpp"

#include <algorithm>
#include <cmath>
#include <span>
#include <string_view>

#include "core/base/hash.hpp"
#include "core/colour/dot_look.hpp"
#include "core/healing/healing_internal.hpp"
#include "core/needle.hpp"
#include "core/scoring/named_params.hpp"

namespace smp::core {
namespace {

double lerp(double a, double b, double t) {
  return a + (b - a) * std::clamp(t, 0.0, 1.0);
}

bool oily(const ClientProfile& c) {
  return c.skin_condition == SkinCondition::Oily ||
         std::find(c.contraindications.begin(), c.contraindications.end(),
                   Contraindication::ExcessivelyOilyScalp) != c.contraindications.end();
}

// The scar under p, if any (bounding box first: most dots are nowhere near a scar).
const Scar* scar_at(const Scalp& scalp, Vec2 p) {
  for (const Scar& s : scalp.scars) {
    const RectMm& b = s.bounds_mm;
    if (p.x < b.min_mm.x || p.x > b.max_mm.x || p.y < b.min_mm.y || p.y > b.max_mm.y) continue;
    if (on_scar(s, p)) return &s;
  }
  return nullptr;
}

double fresh_diameter_mm(const Dot& dot, const Scar* scar, bool is_oily, const HealingParams& p) {
  const double spread = std::max(0.0, dot.depth_mm - p.target_max_depth_mm) * p.deep_spread_per_mm;
  double d = cluster_diameter_mm(dot.needle) + 2.0 * spread;
  if (is_oily) d *= p.oily_spread;
  if (scar) d *= scar->tissue.spread_factor;
  return d;
}

double p_keep(double depth_mm, const HealingParams& p) {
  if (depth_mm < p.shallow_depth_mm)
    return lerp(p.p_keep_surface, p.p_keep_shallow, depth_mm / p.shallow_depth_mm);
  if (depth_mm <= p.target_max_depth_mm) return p.p_keep_target;
  return p.p_keep_deep;
}

std::uint64_t impression_id(const Dot& dot) {
  return mix64(static_cast<std::uint64_t>(dot.session) * 0xD6E8FEB86659FD93ull ^
               static_cast<std::uint64_t>(dot.t_ms) * 0xA0761D6478BD642Full);
}

// inline: called from both heal_dots instantiations, g++ 12 no longer inlined it on its own
// (+1.4M instructions, 4 %, in heal() at 100k dots).
inline std::uint64_t dot_stream_key(std::uint64_t attempt_seed, const Dot& dot,
                                    bool time_is_unique) {
  // A dot whose (session, t_ms) is its own is keyed by time alone: nudging or mirroring it is
  // still the same impression and heals the same. Dots that share a time (a CSV without t_ms)
  // fall back to their position, so they still draw independent outcomes.
  std::uint64_t k = mix64(attempt_seed ^ impression_id(dot));
  if (!time_is_unique) k = position_hash(dot.pos_mm, k);
  k ^= static_cast<std::uint64_t>(
           static_cast<std::int64_t>(std::floor(dot.depth_mm * 1000.0 + 0.5))) *
       0xE7037ED1A0B428DBull;
  return mix64(k);
}

// Per dot: 1 when its (session, t_ms) is its own, counted in an open-addressed table: linear in
// n and independent of the dots' order, so a shuffled attempt heals exactly as the original. Only
// built when the dots are not in strictly increasing (session, time) or time order.
std::vector<std::uint8_t> time_is_unique(std::span<const Dot> dots) {
  std::size_t slots = 16;
  while (slots < 2 * dots.size()) slots *= 2;
  struct Slot {
    std::int64_t t_ms = -1;
    int session = 0;
    int count = 0;
  };
  std::vector<Slot> table(slots);
  const auto find = [&](const Dot& d) -> Slot& {
    std::size_t i = impression_id(d) & (slots - 1);
    while (table[i].count > 0 && (table[i].t_ms != d.t_ms || table[i].session != d.session))
      i = (i + 1) & (slots - 1);
    return table[i];
  };
  for (const Dot& d : dots) {
    Slot& s = find(d);
    s.t_ms = d.t_ms, s.session = d.session, ++s.count;
  }
  std::vector<std::uint8_t> unique(dots.size());
  for (std::size_t i = 0; i < dots.size(); ++i) unique[i] = find(dots[i]).count == 1;
  return unique;
}

// The k-th uniform in [0, 1) of a dot's stream: counter-based, so a dot costs four hashes
// rather than seeding a generator (heal runs on every grading and every window session).
double stream_uniform(std::uint64_t key, std::uint64_t k) {
  return static_cast<double>(mix64(key + k * 0x9E3779B97F4A7C15ull) >> 11) * 0x1.0p-53;
}

// heal(), with each dot's random-stream key hashed one dot ahead (kHashAhead) or at the dot
// itself (heal_plain(): the same result, and the reference heal() is tested against).
template <bool kHashAhead>
std::vector<HealedDot> heal_dots(const Scalp& scalp, const Attempt& attempt, const HealingParams& p,
                                 double years_after) {
  const std::vector<Dot>& dots = attempt.dots;
  const bool is_oily = oily(scalp.spec.profile);
  const bool no_scars = scalp.scars.empty();
  // Only the settling blend reads the last session: skip that pass over the dots when it is off.
  const bool settling = p.days_after_last_session < p.settle_days;
  int last_session = 1;
  if (settling)
    for (const Dot& d : dots) last_session = std::max(last_session, d.session);
  const double deep_span = std::max(1e-9, p.blowout_full_depth_mm - p.deep_depth_mm);
  const double blue_span = std::max(1e-9, p.blue_full_depth_mm - p.target_max_depth_mm);
  const double log_step = std::log(std::max(p.shade_step_factor, 1e-9));
  // The darkness factor after years_after years, off a scar and on one.
  double fade_plain = 1.0, fade_scar = 1.0;
  if (years_after > 0.0) {
    fade_plain = std::pow(std::clamp(1.0 - p.fade_per_year, 0.0, 1.0), years_after);
    fade_scar =
        std::pow(std::clamp(1.0 - p.fade_per_year * p.scar_fade_multiplier, 0.0, 1.0), years_after);
  }
  std::vector<HealedDot> out;
  out.reserve(dots.size());
  // Every dot is first keyed as if its (session, t_ms) were its own. That holds when the dots list
  // impressions in (session, time) order (saves, exemplars) or in time order (other tools), which
  // the same pass checks; an attempt in neither order is healed again with each dot's flag.
  std::vector<std::uint8_t> unique_time;
  for (;;) {
    const bool all_unique = unique_time.empty();
    bool by_session_time = true, by_time = true;
    int prev_session = 0;
    std::int64_t prev_t_ms = 0;
    // Each dot's key is hashed one dot ahead: its chain of hashes then overlaps the previous
    // dot's arithmetic instead of stalling its own (at 100k dots heal() took ~2.4 ms with it,
    // ~3.1 ms without: 3-4 % of a grading).
    const auto key_of = [&](std::size_t i) {
      return dot_stream_key(attempt.seed, dots[i], all_unique || unique_time[i] != 0);
    };
    [[maybe_unused]] std::uint64_t next_key = kHashAhead && !dots.empty() ? key_of(0) : 0;
    for (std::size_t i = 0; i < dots.size(); ++i) {
      const Dot& dot = dots[i];
      if (i > 0) {
        // Bitwise, not short-circuit: sessions in any order would make branches mispredict.
        by_session_time &=
            (prev_session < dot.session) | ((prev_session == dot.session) & (prev_t_ms < dot.t_ms));
        by_time &= prev_t_ms < dot.t_ms;
      }
      prev_session = dot.session, prev_t_ms = dot.t_ms;
      std::uint64_t key = 0;
      if constexpr (kHashAhead) {
        key = next_key;
        if (i + 1 < dots.size()) next_key = key_of(i + 1);
      } else {
        key = key_of(i);
      }
      const double u_keep = stream_uniform(key, 0);
      const double u_steps = stream_uniform(key, 1);
      const double u_size = stream_uniform(key, 2);
      const double u_scar = stream_uniform(key, 3);

      const Scar* scar = no_scars ? nullptr : scar_at(scalp, dot.pos_mm);
      const double depth = dot.depth_mm;
      double keep = p_keep(depth, p);
      if (is_oily) keep *= p.oily_retention;
      if (scar)
        keep *= std::clamp(
            scar->tissue.retention_factor + (2.0 * u_scar - 1.0) * p.scar_retention_spread, 0.0,
            1.0);
      bool kept = u_keep < keep;

      const double fresh = fresh_diameter_mm(dot, scar, is_oily, p);

      double diameter = fresh * p.shrink_factor * (1.0 + (2.0 * u_size - 1.0) * p.size_jitter);
      const bool blown_out = depth > p.deep_depth_mm;
      if (blown_out)
        diameter *=
            lerp(p.blowout_min_factor, p.blowout_max_factor, (depth - p.deep_depth_mm) / deep_span);
      double blue_shift = std::clamp((depth - p.target_max_depth_mm) / blue_span, 0.0, 1.0);
      const double steps = lerp(p.shade_steps_min, p.shade_steps_max, u_steps);
      const double fresh_darkness =
          pigment_darkness(dot.dilution_water_parts, p.darkness_per_water_part);
      double darkness =
          fresh_darkness * std::exp(steps * log_step) * (1.0 - p.deep_darkness_loss * blue_shift);
      if (depth < p.shallow_depth_mm) darkness *= p.shallow_darkness;

      // The last session may not have settled yet: blend from the fresh look (notes N26).
      if (settling && dot.session == last_session) {
        const double t = std::max(0.0, p.days_after_last_session) / p.settle_days;
        // The fresh look (fresh_appearance) from the values above: same scar, same skin.
        diameter = lerp(fresh, diameter, t);
        darkness = lerp(fresh_darkness, darkness, t);
        blue_shift *= t;
        if (t < 1.0 && !kept) kept = true;  // not shed yet
      }
      darkness *= scar ? fade_scar : fade_plain;
      // Built in place from registers: a local copied in cost a store-forwarding stall per dot.
      out.emplace_back(dot.pos_mm, diameter, std::clamp(darkness, 0.0, 1.0), blue_shift, kept,
                       blown_out, dot.session, static_cast<std::uint32_t>(i));
    }
    if (by_session_time || by_time || !all_unique) break;
    unique_time = time_is_unique(dots);
    out.clear();
  }
  return out;
}

}  // namespace

HealedDot fresh_appearance(const Dot& dot, const Scalp& scalp, const HealingParams& p) {
  HealedDot h;
  h.pos_mm = dot.pos_mm;
  h.session = dot.session;
  h.diameter_mm = fresh_diameter_mm(dot, scar_at(scalp, dot.pos_mm), oily(scalp.spec.profile), p);
  h.darkness = pigment_darkness(dot.dilution_water_parts, p.darkness_per_water_part);
  return h;
}

std::vector<HealedDot> heal(const Scalp& scalp, const Attempt& attempt, const HealingParams& p,
                            double years_after) {
  return heal_dots<true>(scalp, attempt, p, years_after);
}

std::vector<HealedDot> heal_plain(const Scalp& scalp, const Attempt& attempt,
                                  const HealingParams& p, double years_after) {
  return heal_dots<false>(scalp, attempt, p, years_after);
}

bool set_healing_param(HealingParams& p, std::string_view name, double value) {
  static constexpr NamedField<HealingParams> kTable[] = {
      {"shrink_factor", &HealingParams::shrink_factor},
      {"size_jitter", &HealingParams::size_jitter},
      {"deep_spread_per_mm", &HealingParams::deep_spread_per_mm},
      {"blowout_min_factor", &HealingParams::blowout_min_factor},
      {"blowout_max_factor", &HealingParams::blowout_max_factor},
      {"shallow_depth_mm", &HealingParams::shallow_depth_mm},
      {"target_max_depth_mm", &HealingParams::target_max_depth_mm},
      {"deep_depth_mm", &HealingParams::deep_depth_mm},
      {"blowout_full_depth_mm", &HealingParams::blowout_full_depth_mm},
      {"blue_full_depth_mm", &HealingParams::blue_full_depth_mm},
      {"p_keep_surface", &HealingParams::p_keep_surface},
      {"p_keep_shallow", &HealingParams::p_keep_shallow},
      {"p_keep_target", &HealingParams::p_keep_target},
      {"p_keep_deep", &HealingParams::p_keep_deep},
      {"shallow_darkness", &HealingParams::shallow_darkness},
      {"shade_steps_min", &HealingParams::shade_steps_min},
      {"shade_steps_max", &HealingParams::shade_steps_max},
      {"shade_step_factor", &HealingParams::shade_step_factor},
      {"deep_darkness_loss", &HealingParams::deep_darkness_loss},
      {"darkness_per_water_part", &HealingParams::darkness_per_water_part},
      {"scar_retention_spread", &HealingParams::scar_retention_spread},
      {"oily_retention", &HealingParams::oily_retention},
      {"oily_spread", &HealingParams::oily_spread},
      {"settle_days", &HealingParams::settle_days},
      {"days_after_last_session", &HealingParams::days_after_last_session},
      {"fade_per_year", &HealingParams::fade_per_year},
      {"scar_fade_multiplier", &HealingParams::scar_fade_multiplier},
  };
  return set_named_field(p, kTable, name, value);
}

HealingTally tally_healing(const Attempt& attempt, std::span<const HealedDot> healed,
                           const HealingParams& params) {
  HealingTally t;
  t.placed = attempt.dots.size();
  for (const HealedDot& h : healed) {
    t.blown_out += h.blown_out;
    if (h.kept) {
      ++t.kept;
      continue;
    }
    const bool shallow = h.source_index < attempt.dots.size() &&
                         attempt.dots[h.source_index].depth_mm < params.shallow_depth_mm;
    ++(shallow ? t.lost_too_shallow : t.shed_in_healing);
  }
  return t;
}

}  // namespace smp::core
