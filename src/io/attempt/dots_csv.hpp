// Dot lists as CSV, for grading dots made elsewhere (`smpsim grade --dots`) and exporting them:
// header required, any column order, x_mm,y_mm required; depth_mm,session,needle,pigment,t_ms
// optional. Not the save format (attempt_io.hpp), which keeps the whole attempt.
#pragma once
#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/geometry.hpp"
#include "core/dot.hpp"

namespace smp::io {

// Limits: a full head over three sessions is ~45k dots and the benchmark grades 1,000,000, so
// 4,000,000 rows leaves room while bounding memory (~4M x 64 B dots); a row with every column
// is ~60 bytes, so 4M rows fit in 256 MiB of text.
inline constexpr std::size_t kMaxCsvRows = 4'000'000;
inline constexpr std::size_t kMaxCsvBytes = 256u * 1024u * 1024u;

// What a file is checked against and what absent columns default to.
struct DotsCsvSpec {
  core::RectMm chart_bounds_mm;  // rows off it are rejected; an empty rectangle checks nothing
  int max_session = 4;           // sessions are 1..max_session
  core::Dot defaults;            // depth_mm, needle, session, pigment, t_ms when a column is absent
  std::size_t max_rows = kMaxCsvRows;
};

struct DotsCsv {
  std::vector<core::Dot> dots;  // in file order
  bool has_depth = false, has_session = false, has_needle = false, has_pigment = false,
       has_t = false;
};

// Parse CSV text. Throws InputError(file_label, "line N", what) for: an empty file, a missing,
// unknown or repeated column, a row with the wrong number of fields, text where a number belongs,
// NaN or infinity, a value out of range (coordinates off the chart, session, depth, needle,
// pigment, t_ms), quotes, or more than spec.max_rows rows. Blank lines are ignored.
DotsCsv parse_dots_csv(std::string_view text, const std::string& file_label,
                       const DotsCsvSpec& spec);
// Read a file (at most kMaxCsvBytes) and parse it.
DotsCsv read_dots_csv(const std::filesystem::path& path, const DotsCsvSpec& spec);

// All seven columns, header first; numbers in shortest round-trip form, so parse(write(d)) == d.
// The pigment column is the dilution in parts of water per part of pigment (0 = neat).
std::string dots_to_csv(std::span<const core::Dot> dots);

}  // namespace smp::io
