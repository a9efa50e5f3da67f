// Range and cross-field checks on a Level, reported with the JSON path the value has in a level
// file, so the same messages serve files and levels built in code (level_to_json).
#include <algorithm>
#include <cmath>
#include <string>

#include "core/scalp/chart.hpp"
#include "core/scoring/score.hpp"
#include "io/errors.hpp"
#include "io/json_reader.hpp"
#include "io/level/level_io.hpp"
#include "io/level/level_names_internal.hpp"

namespace smp::io {

namespace {

// What a level file may ask for. Wider than the typical values of the domain notes, so that unusual
// but real clients fit; narrow enough to catch typos (a density of 800, a 0 mm scar).
struct LevelLimits {
  int min_age_years = 16, max_age_years = 100;  // SMP is offered to adults
  int max_sessions = 4;                         // 2-4 sessions (notes N20); 1 for practice patches
  int max_days_between = 90;                    // 10-30 typical (notes N21); allow long breaks
  double max_density_per_cm2 = 150.0;           // never > ~115 (notes R6); typo guard at 150
  double max_scar_width_mm = 20.0;              // 1-2 mm, widened strips several mm (notes N63)
  double min_fut_length_mm = 30.0, max_fut_length_mm = 400.0;  // 15-30 cm (notes N62)
  int max_punctures = 5000;                                    // 1,000-3,500 grafts (notes N64)
  double min_punch_mm = 0.3, max_punch_mm = 2.0;               // 0.7-1.0 mm (notes N64)
  double min_patch_mm = 5.0, max_patch_mm = 80.0;              // 1-4 cm (notes N60)
  int max_patches = 12;
  double max_dilution_water_parts = 40.0;  // neat .. 20:1 and beyond (notes N70)
  int max_time_limit_s = 24 * 3600;
  double weight_sum_tolerance = 0.01;
  std::size_t max_text_chars = 8000;
};

class Checker {
 public:
  Checker(const std::string& file, const LevelLimits& lim) : file_(file), lim_(lim) {}

  [[noreturn]] void fail(const std::string& where, const std::string& what) const {
    throw InputError(file_, where, what);
  }
  void finite(const std::string& where, double v) const {
    if (!std::isfinite(v)) fail(where, "must be a finite number");
  }
  void range(const std::string& where, double v, double lo, double hi,
             const std::string& unit = "") const {
    finite(where, v);
    if (v < lo || v > hi)
      fail(where, "value " + num(v) + unit + " is out of range; allowed " + num(lo) + ".." +
                      num(hi) + unit);
  }
  void positive(const std::string& where, double v, double hi, const std::string& unit) const {
    finite(where, v);
    if (v <= 0.0 || v > hi)
      fail(where, "value " + num(v) + unit + " must be more than 0 and at most " + num(hi) + unit);
  }
  void text(const std::string& where, const std::string& s, std::size_t max_chars) const {
    if (s.empty()) fail(where, "must not be empty");
    if (s.size() > max_chars) fail(where, "is longer than " + std::to_string(max_chars) + " bytes");
  }
  // Every point must lie inside the chart's bounds (chart.hpp: everything drawn or scored lies
  // inside them).
  void polyline(const std::string& where, const core::Polyline& line, std::size_t min_points,
                const core::Chart& chart) const {
    if (line.size() < min_points)
      fail(where, "needs at least " + std::to_string(min_points) + " points, has " +
                      std::to_string(line.size()));
    const core::RectMm& b = chart.bounds_mm;
    for (std::size_t i = 0; i < line.size(); ++i) {
      const std::string at = where + "[" + std::to_string(i) + "]";
      finite(at, line[i].x);
      finite(at, line[i].y);
      if (!b.contains(line[i]))
        fail(at, "point [" + num(line[i].x) + ", " + num(line[i].y) + "] is off the chart (x " +
                     num(b.min_mm.x) + ".." + num(b.max_mm.x) + " mm, y " + num(b.min_mm.y) + ".." +
                     num(b.max_mm.y) + " mm)");
    }
  }
  static std::string num(double v) {
    std::string s = std::to_string(v);
    if (s.find('.') != std::string::npos) {
      while (s.back() == '0') s.pop_back();
      if (s.back() == '.') s.pop_back();
    }
    return s;
  }
  const LevelLimits& lim() const { return lim_; }

 private:
  const std::string& file_;
  const LevelLimits& lim_;
};

bool is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

void check_chart_params(const Checker& c, const core::ChartParams& ch) {
  c.range("$.client.chart.nasion_inion_arc_mm", ch.nasion_inion_arc_mm, 250, 450, " mm");
  c.range("$.client.chart.bitragal_arc_mm", ch.bitragal_arc_mm, 250, 450, " mm");
  c.range("$.client.chart.mid_frontal_height_mm", ch.mid_frontal_height_mm, 40, 120, " mm");
  c.range("$.client.chart.lateral_canthus_x_mm", ch.lateral_canthus_x_mm, 30, 80, " mm");
  c.range("$.client.chart.crown_whorl_behind_vertex_mm", ch.crown_whorl_behind_vertex_mm, 10, 120,
          " mm");  // 1.5-11 cm (notes N58)
  c.range("$.client.chart.occipital_band_top_mm", ch.occipital_band_top_mm,
          ch.nasion_inion_arc_mm * 0.5, ch.nasion_inion_arc_mm, " mm");
  c.range("$.client.chart.occipital_band_bottom_mm", ch.occipital_band_bottom_mm,
          ch.occipital_band_top_mm + 10.0, ch.nasion_inion_arc_mm + 20.0, " mm");
}

void check_client(const Checker& c, const core::ClientSpec& cl, const core::Chart& chart) {
  const auto& lim = c.lim();
  const auto& p = cl.profile;
  c.text("$.client.profile.name", p.name, 80);
  c.range("$.client.profile.age_years", p.age_years, lim.min_age_years, lim.max_age_years,
          " years");
  c.range("$.client.profile.fitzpatrick", p.fitzpatrick, 1, 6);

  const auto& l = cl.loss;
  using core::LossPattern;
  if (l.pattern == LossPattern::Ludwig || l.pattern == LossPattern::Savin)
    c.range("$.client.pattern.ludwig_grade", l.ludwig_grade, 1, 3);
  if (l.pattern == LossPattern::Ludwig || l.pattern == LossPattern::Savin ||
      l.pattern == LossPattern::DiffuseThinning)
    c.range("$.client.pattern.remaining_density_fraction", l.remaining_density_fraction, 0.0, 1.0);
  if (l.pattern == LossPattern::AlopeciaAreata) {
    c.range("$.client.pattern.areata_patch_count", l.areata_patch_count, l.areata_ophiasis ? 0 : 1,
            lim.max_patches);
    c.range("$.client.pattern.areata_min_diameter_mm", l.areata_min_diameter_mm, lim.min_patch_mm,
            lim.max_patch_mm, " mm");
    c.range("$.client.pattern.areata_max_diameter_mm", l.areata_max_diameter_mm,
            l.areata_min_diameter_mm, lim.max_patch_mm, " mm");
  }

  if (cl.scars.size() > 20) c.fail("$.client.scars", "more than 20 scars");
  for (std::size_t i = 0; i < cl.scars.size(); ++i) {
    const auto& s = cl.scars[i];
    const std::string at = "$.client.scars[" + std::to_string(i) + "]";
    switch (s.kind) {
      case core::ScarKind::FutStrip:
        c.positive(at + ".width_mm", s.width_mm, lim.max_scar_width_mm, " mm");
        if (s.path_mm.empty())
          c.range(at + ".length_mm", s.length_mm, lim.min_fut_length_mm, lim.max_fut_length_mm,
                  " mm");
        else
          c.polyline(at + ".path_mm", s.path_mm, 2, chart);
        break;
      case core::ScarKind::SurgicalLine:
        c.positive(at + ".width_mm", s.width_mm, lim.max_scar_width_mm, " mm");
        c.polyline(at + ".path_mm", s.path_mm, 2, chart);
        break;
      case core::ScarKind::FuePunctures:
        c.range(at + ".puncture_count", s.puncture_count, 1, lim.max_punctures);
        c.range(at + ".punch_min_diameter_mm", s.punch_min_diameter_mm, lim.min_punch_mm,
                lim.max_punch_mm, " mm");
        c.range(at + ".punch_max_diameter_mm", s.punch_max_diameter_mm, s.punch_min_diameter_mm,
                lim.max_punch_mm, " mm");
        break;
      case core::ScarKind::IrregularArea:
        c.polyline(at + ".outline_mm", s.outline_mm, 3, chart);
        break;
    }
    c.range(at + ".tissue.retention_factor", s.tissue.retention_factor, 0.0, 1.0);
    c.range(at + ".tissue.spread_factor", s.tissue.spread_factor, 0.5, 5.0);
    c.range(at + ".tissue.hypopigmentation", s.tissue.hypopigmentation, 0.0, 1.0);
  }
}

void check_task(const Checker& c, const core::Level& level, const core::Chart& chart) {
  const auto& lim = c.lim();
  const auto& t = level.task;
  if (!t.given_hairline_mm.empty()) {
    if (t.mockup_required)
      c.fail("$.task.given_hairline_mm",
             "given_hairline_mm is only allowed when mockup_required is false");
    c.polyline("$.task.given_hairline_mm", t.given_hairline_mm, 2, chart);
  }
  if (t.colour_choice && t.given_pigment)
    c.fail("$.task.given_pigment", "given_pigment is only allowed when colour_choice is false");
  if (!t.colour_choice && !t.given_pigment)
    c.fail("$.task", "missing required field \"given_pigment\" (colour_choice is false)");
  if (t.given_pigment) {
    c.text("$.task.given_pigment.name", t.given_pigment->name, 40);
    c.range("$.task.given_pigment.dilution_water_parts", t.given_pigment->dilution_water_parts, 0.0,
            lim.max_dilution_water_parts);
  }
  c.range("$.task.sessions", t.sessions, 1, lim.max_sessions);
  c.range("$.task.days_between_sessions", t.days_between_sessions, 1, lim.max_days_between,
          " days");
  for (const auto& [zone, density] : t.target_density_per_cm2) {
    const std::string at =
        "$.task.target_density_per_cm2." + std::string(names::name_of(names::kZone, zone));
    if (zone == core::Zone::Forehead || zone == core::Zone::OffHead)
      c.fail(at, "zone " + std::string(names::name_of(names::kZone, zone)) +
                     " is never dotted; remove it");
    c.positive(at, density, lim.max_density_per_cm2, " per cm^2");
  }
  if (level.expected_decision == core::Decision::Treat && t.target_density_per_cm2.empty())
    c.fail("$.task.target_density_per_cm2",
           "a level the trainee should treat needs at least one zone with a target density");
}

void check_scoring(const Checker& c, const core::Level& level) {
  const auto& s = level.scoring;
  c.range("$.scoring.pass_mark", s.pass_mark, 0.0, 100.0);
  if (s.metrics.empty()) c.fail("$.scoring.metrics", "needs at least one metric");
  double sum = 0.0;
  for (const auto& [id, w] : s.metrics) {
    const std::string at = "$.scoring.metrics." + std::string(names::name_of(names::kMetric, id));
    c.range(at + ".weight", w.weight, 0.0, 1.0);
    c.range(at + ".pass_mark", w.pass_mark, 0.0, 100.0);
    sum += w.weight;
  }
  if (std::abs(sum - 1.0) > c.lim().weight_sum_tolerance)
    c.fail("$.scoring.metrics",
           "the weights add up to " + Checker::num(sum) + "; they must add up to 1 (+/- 0.01)");
  const auto scar = s.metrics.find(core::MetricId::ScarCoverage);
  if (scar != s.metrics.end() && scar->second.weight > 0.0 && level.client.scars.empty())
    c.fail("$.scoring.metrics.scar_coverage",
           "scar_coverage is weighted but the client has no scars");
  // Override names are "group.parameter"; the groups are the scoring params structs.
  static const char* const kGroups[] = {"uniformity.", "hairline.", "scar.",
                                        "colour.",     "depth.",    "healing."};
  for (const auto& [name, value] : s.overrides) {
    const std::string at = json::child_path("$.scoring.overrides", name);
    const bool known = std::any_of(std::begin(kGroups), std::end(kGroups), [&](const char* g) {
      return name.rfind(g, 0) == 0 && name.size() > std::char_traits<char>::length(g);
    });
    if (!known)
      c.fail(at, "unknown override " + json::printable(name) +
                     "; names are GROUP.PARAMETER with GROUP one of uniformity, hairline, scar, "
                     "colour, depth, healing");
    c.finite(at, value);
  }
  // A known group with a misspelt parameter must not be silently ignored either.
  const std::vector<std::string> unknown = core::unknown_overrides(level);
  if (!unknown.empty())
    c.fail(json::child_path("$.scoring.overrides", unknown.front()),
           "unknown override " + json::printable(unknown.front()) +
               ": no scoring parameter has that name (see src/core/scoring/*_params.hpp)");
}

}  // namespace

void check_level(const core::Level& level, const std::string& file_label) {
  const LevelLimits lim;
  const Checker c(file_label, lim);
  if (level.id.empty() || level.id.size() > 64 ||
      !std::all_of(level.id.begin(), level.id.end(), is_id_char))
    c.fail("$.id",
           "must be 1-64 characters of a-z, 0-9, '-' and '_', got " + json::printable(level.id));
  c.text("$.title", level.title, 120);
  c.text("$.brief", level.brief, lim.max_text_chars);
  c.range("$.difficulty", level.difficulty, 1, 5);
  check_chart_params(c, level.client.chart);
  // Head dimensions are valid now, so the client's own chart can bound the polylines.
  const core::Chart chart = core::make_chart(level.client.chart);
  check_client(c, level.client, chart);
  check_task(c, level, chart);
  c.range("$.rules.time_limit_s", level.rules.time_limit_s, 0, lim.max_time_limit_s, " s");
  check_scoring(c, level);

  // A client with a contraindication must be declined, and a decline level must give
  // the trainee a reason to find (notes R21).
  const bool must_decline = core::should_decline(level.client.profile);
  if (level.expected_decision == core::Decision::Undecided)
    c.fail("$.expected_decision", "must be \"treat\" or \"decline\"");
  if (level.expected_decision == core::Decision::Treat && must_decline)
    c.fail("$.expected_decision",
           "is \"treat\" but the client has a contraindication or a skin condition that must be "
           "declined (notes R21)");
  if (level.expected_decision == core::Decision::Decline && !must_decline)
    c.fail("$.expected_decision",
           "is \"decline\" but the client has no contraindication and a treatable skin condition");
}

}  // namespace smp::io
