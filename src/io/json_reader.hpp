// A strict reader over a parsed JSON document that knows the JSON path of every value, so each
// problem in a user's file is reported as one line naming FILE, $.path and what is wrong.
// For reading hand-written input files (levels, tracks); writing goes through cereal archives.
#pragma once
// cereal's JSON header sets rapidjson's assert/flag macros; include it first so that every TU
// of smpsim sees the same rapidjson configuration.
#include <cereal/archives/json.hpp>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace smp::io::json {

using Value = RAPIDJSON_NAMESPACE::Value;
using Document = RAPIDJSON_NAMESPACE::Document;

// Parse `text` strictly: no NaN/Infinity, no comments, valid UTF-8, nothing after the value,
// iterative (so deep nesting cannot overflow the stack). Throws InputError(file, "line L,
// column C", ...) for text that is not JSON, and requires the top level to be an object.
Document parse_document(std::string_view text, const std::string& file);

class Object;

// One value of the document together with its JSON path.
class Node {
 public:
  Node(const Value& v, std::string path, const std::string& file)
      : v_(&v), path_(std::move(path)), file_(&file) {}

  const std::string& path() const { return path_; }
  const std::string& file() const { return *file_; }
  const Value& raw() const { return *v_; }
  [[noreturn]] void fail(const std::string& what) const;

  std::string as_string() const;
  int as_int() const;
  std::uint64_t as_uint64() const;
  double as_double() const;
  bool as_bool() const;
  Object as_object() const;
  std::vector<Node> as_array() const;
  bool is_object() const { return v_->IsObject(); }

 private:
  const Value* v_;
  std::string path_;
  const std::string* file_;
};

// An object whose fields are taken one by one; finish() rejects the fields nobody asked for,
// so a typo in a field name is an error instead of a silently ignored setting.
class Object {
 public:
  explicit Object(const Node& node);  // rejects duplicate field names

  const Node& node() const { return node_; }
  bool has(std::string_view key) const;
  std::optional<Node> get(std::string_view key);
  Node require(std::string_view key);
  // All members in document order, each marked as used (for maps keyed by name).
  std::vector<std::pair<std::string, Node>> members();
  // Throws for the first member (in document order) that was never taken.
  void finish() const;
  // Throws for the first member (in document order) whose name is not in `allowed`, listing
  // the allowed names; call before reading so a misspelt field is named as such.
  void only(std::initializer_list<std::string_view> allowed) const;

 private:
  Node node_;
  std::vector<std::string> keys_;
  std::vector<bool> used_;
};

// "$.a" + "b" -> "$.a.b"; keys that are not identifiers are quoted: $.a["x.y"].
std::string child_path(const std::string& parent, std::string_view key);
std::string index_path(const std::string& parent, std::size_t index);
// `s` in double quotes for a one-line message: control characters escaped, long text cut.
std::string printable(std::string_view s, std::size_t max_chars = 60);
// "a number", "a string", ... for messages.
std::string type_name(const Value& v);

// Convenience readers for optional fields with defaults.
inline std::string opt_string(Object& o, std::string_view k, std::string def) {
  auto n = o.get(k);
  return n ? n->as_string() : def;
}
inline int opt_int(Object& o, std::string_view k, int def) {
  auto n = o.get(k);
  return n ? n->as_int() : def;
}
inline double opt_double(Object& o, std::string_view k, double def) {
  auto n = o.get(k);
  return n ? n->as_double() : def;
}
inline bool opt_bool(Object& o, std::string_view k, bool def) {
  auto n = o.get(k);
  return n ? n->as_bool() : def;
}

}  // namespace smp::io::json
