#include "io/attempt/dots_csv.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>

#include "io/atomic_file.hpp"
#include "io/errors.hpp"

namespace smp::io {
namespace {

enum class Column { X, Y, Depth, Session, Needle, Pigment, T };
constexpr std::size_t kColumnCount = 7;
constexpr std::array<std::string_view, kColumnCount> kColumnNames{
    "x_mm", "y_mm", "depth_mm", "session", "needle", "pigment", "t_ms"};
constexpr std::string_view kAllowed = "x_mm, y_mm, depth_mm, session, needle, pigment, t_ms";

// Depth outside this is not a plausible pen setting (skin is ~2 mm thick) (notes N14-N16).
constexpr double kMaxDepthMm = 5.0;
// Dilutions beyond this are not on any palette (up to ~20:1 and a little beyond) (notes N70).
constexpr double kMaxDilution = 100.0;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string line_label(std::size_t line) {
  return "line " + std::to_string(line);
}

struct RowParser {
  const std::string& file;
  std::size_t line = 0;

  [[noreturn]] void fail(std::string_view column, const std::string& what) const {
    throw InputError(file, line_label(line) + ", column " + std::string(column), what);
  }

  double number(std::string_view column, std::string_view text) const {
    if (text.empty()) fail(column, "empty value; expected a number");
    double v = 0.0;
    const char* first = text.data();
    if (*first == '+') ++first;  // from_chars does not take a leading '+'
    const auto [ptr, ec] = std::from_chars(first, text.data() + text.size(), v);
    if (ec == std::errc::result_out_of_range)
      fail(column, "'" + std::string(text) + "' is out of range");
    if (ec != std::errc() || ptr != text.data() + text.size())
      fail(column, "'" + std::string(text) + "' is not a number");
    if (!std::isfinite(v)) fail(column, "'" + std::string(text) + "' is not a finite number");
    return v;
  }

  std::int64_t integer(std::string_view column, std::string_view text) const {
    if (text.empty()) fail(column, "empty value; expected a whole number");
    std::int64_t v = 0;
    const char* first = text.data();
    if (*first == '+') ++first;
    const auto [ptr, ec] = std::from_chars(first, text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size())
      fail(column, "'" + std::string(text) + "' is not a whole number");
    return v;
  }

  // "8", "8.5", "8:1" or "neat": parts of water per part of pigment.
  double dilution(std::string_view column, std::string_view text) const {
    if (text == "neat" || text == "NEAT") return 0.0;
    std::string_view t = text;
    if (t.size() > 2 && t.substr(t.size() - 2) == ":1") t.remove_suffix(2);
    const double v = number(column, t);
    if (v < 0.0 || v > kMaxDilution)
      fail(column, "dilution " + std::string(text) + " is outside 0..100 parts of water");
    return v;
  }
};

}  // namespace

DotsCsv parse_dots_csv(std::string_view text, const std::string& file_label,
                       const DotsCsvSpec& spec) {
  DotsCsv out;
  std::size_t pos = 0;
  std::size_t line = 0;
  auto next_line = [&](std::string_view& l) {
    if (pos >= text.size()) return false;
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    l = text.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    return true;
  };

  // Header: the first non-blank line.
  std::string_view header;
  bool found = false;
  while (next_line(header)) {
    if (!trim(header).empty()) {
      found = true;
      break;
    }
  }
  if (!found)
    throw InputError(file_label, "line 1",
                     "the file is empty; expected a header line such as x_mm,y_mm");
  if (line == 1 && header.substr(0, 3) == "\xEF\xBB\xBF") header.remove_prefix(3);  // UTF-8 BOM
  const std::size_t header_line = line;

  std::vector<Column> order;  // column of each field, in file order
  std::array<bool, kColumnCount> present{};
  {
    std::size_t start = 0;
    while (true) {
      const std::size_t comma = header.find(',', start);
      const std::string_view name = trim(header.substr(
          start, comma == std::string_view::npos ? header.size() - start : comma - start));
      if (name.find('"') != std::string_view::npos)
        throw InputError(file_label, line_label(header_line),
                         "quoted column names are not supported");
      std::optional<Column> col;
      for (std::size_t i = 0; i < kColumnCount; ++i)
        if (kColumnNames[i] == name) col = static_cast<Column>(i);
      if (!col) {
        // A header that starts with a number is a data row: the header is missing.
        if (!name.empty() && (std::isdigit(static_cast<unsigned char>(name.front())) ||
                              name.front() == '-' || name.front() == '.'))
          throw InputError(file_label, line_label(header_line),
                           "the header is missing: the first line must name the columns (" +
                               std::string(kAllowed) + ")");
        throw InputError(
            file_label, line_label(header_line),
            "unknown column '" + std::string(name) + "'; allowed: " + std::string(kAllowed));
      }
      const auto idx = static_cast<std::size_t>(*col);
      if (present[idx])
        throw InputError(file_label, line_label(header_line),
                         "column '" + std::string(name) + "' appears twice");
      present[idx] = true;
      order.push_back(*col);
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
  }
  for (Column required : {Column::X, Column::Y})
    if (!present[static_cast<std::size_t>(required)])
      throw InputError(file_label, line_label(header_line),
                       "missing required column " +
                           std::string(kColumnNames[static_cast<std::size_t>(required)]));
  out.has_depth = present[static_cast<std::size_t>(Column::Depth)];
  out.has_session = present[static_cast<std::size_t>(Column::Session)];
  out.has_needle = present[static_cast<std::size_t>(Column::Needle)];
  out.has_pigment = present[static_cast<std::size_t>(Column::Pigment)];
  out.has_t = present[static_cast<std::size_t>(Column::T)];

  const bool check_bounds =
      spec.chart_bounds_mm.width_mm() > 0.0 && spec.chart_bounds_mm.height_mm() > 0.0;
  // Rows are ~20-60 bytes; reserving from the size avoids regrowth for a million rows.
  out.dots.reserve(std::min(spec.max_rows, text.size() / 16 + 1));

  RowParser p{file_label};
  std::string_view row;
  while (next_line(row)) {
    if (trim(row).empty()) continue;
    p.line = line;
    if (out.dots.size() >= spec.max_rows)
      throw InputError(file_label, line_label(line),
                       "too many rows: the limit is " + std::to_string(spec.max_rows) + " dots");
    if (row.find('"') != std::string_view::npos)
      throw InputError(file_label, line_label(line), "quoted values are not supported");
    core::Dot d = spec.defaults;
    std::size_t start = 0;
    std::size_t field = 0;
    while (true) {
      const std::size_t comma = row.find(',', start);
      const std::string_view value = trim(
          row.substr(start, comma == std::string_view::npos ? row.size() - start : comma - start));
      if (field >= order.size())
        throw InputError(file_label, line_label(line),
                         "has more fields than the header's " + std::to_string(order.size()));
      const Column col = order[field];
      const std::string_view name = kColumnNames[static_cast<std::size_t>(col)];
      switch (col) {
        case Column::X:
          d.pos_mm.x = p.number(name, value);
          break;
        case Column::Y:
          d.pos_mm.y = p.number(name, value);
          break;
        case Column::Depth: {
          d.depth_mm = p.number(name, value);
          if (!(d.depth_mm > 0.0 && d.depth_mm <= kMaxDepthMm))
            p.fail(name, "depth " + std::string(value) + " mm is outside (0, 5] mm");
          break;
        }
        case Column::Session: {
          const std::int64_t s = p.integer(name, value);
          if (s < 1 || s > spec.max_session)
            p.fail(name, "session " + std::string(value) + " is outside 1.." +
                             std::to_string(spec.max_session));
          d.session = static_cast<int>(s);
          break;
        }
        case Column::Needle: {
          if (!core::parse_needle(std::string(value), d.needle))
            p.fail(name, "'" + std::string(value) +
                             "' is not a needle; expected e.g. 1RL-0.20 or 3RL-0.25");
          break;
        }
        case Column::Pigment:
          d.dilution_water_parts = p.dilution(name, value);
          break;
        case Column::T: {
          d.t_ms = p.integer(name, value);
          if (d.t_ms < 0) p.fail(name, "t_ms must not be negative");
          break;
        }
      }
      ++field;
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
    if (field != order.size())
      throw InputError(file_label, line_label(line),
                       "has " + std::to_string(field) + " fields; the header has " +
                           std::to_string(order.size()));
    if (check_bounds && !spec.chart_bounds_mm.contains(d.pos_mm)) {
      char buf[200];
      std::snprintf(buf, sizeof buf,
                    "dot at x_mm=%g, y_mm=%g is off the chart (x %g..%g, y %g..%g mm)", d.pos_mm.x,
                    d.pos_mm.y, spec.chart_bounds_mm.min_mm.x, spec.chart_bounds_mm.max_mm.x,
                    spec.chart_bounds_mm.min_mm.y, spec.chart_bounds_mm.max_mm.y);
      throw InputError(file_label, line_label(line), buf);
    }
    out.dots.push_back(d);
  }
  return out;
}

DotsCsv read_dots_csv(const std::filesystem::path& path, const DotsCsvSpec& spec) {
  const std::string text = read_text_file(path, kMaxCsvBytes);
  return parse_dots_csv(text, path.string(), spec);
}

namespace {
void append_number(std::string& out, double v) {
  char buf[32];
  const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, ec == std::errc() ? ptr : buf);
}
void append_integer(std::string& out, std::int64_t v) {
  char buf[24];
  const auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, ec == std::errc() ? ptr : buf);
}
}  // namespace

std::string dots_to_csv(std::span<const core::Dot> dots) {
  std::string out = "x_mm,y_mm,depth_mm,session,needle,pigment,t_ms\n";
  out.reserve(out.size() + dots.size() * 56);
  for (const core::Dot& d : dots) {
    append_number(out, d.pos_mm.x);
    out += ',';
    append_number(out, d.pos_mm.y);
    out += ',';
    append_number(out, d.depth_mm);
    out += ',';
    append_integer(out, d.session);
    out += ',';
    out += core::needle_name(d.needle);
    out += ',';
    append_number(out, d.dilution_water_parts);
    out += ',';
    append_integer(out, d.t_ms);
    out += '\n';
  }
  return out;
}

}  // namespace smp::io
