#include "io/json_reader.hpp"

#include <rapidjson/error/en.h>
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "io/errors.hpp"

namespace smp::io::json {

namespace {

// Line and column (1-based) of a byte offset, for syntax errors.
std::string line_col(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

bool is_identifier(std::string_view key) {
  if (key.empty()) return false;
  return std::all_of(key.begin(), key.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

}  // namespace

Document parse_document(std::string_view text, const std::string& file) {
  using namespace RAPIDJSON_NAMESPACE;
  Document doc;
  // Iterative: no recursion however deep the nesting; full precision: doubles round-trip.
  constexpr unsigned kFlags =
      kParseIterativeFlag | kParseFullPrecisionFlag | kParseValidateEncodingFlag;
  doc.Parse<kFlags>(text.data(), text.size());
  if (doc.HasParseError()) {
    const auto code = doc.GetParseError();
    const std::size_t at = doc.GetErrorOffset();
    std::string what;
    if (code == kParseErrorDocumentEmpty)
      what = "the file is empty or only whitespace; expected a JSON object";
    else if (at >= text.size())
      what = std::string("not valid JSON: the file ends too early (truncated?): ") +
             GetParseError_En(code);
    else
      what = std::string("not valid JSON: ") + GetParseError_En(code);
    throw InputError(file, line_col(text, at), what);
  }
  if (!doc.IsObject())
    throw InputError(file, "$", "expected a JSON object at the top level, got " + type_name(doc));
  return doc;
}

std::string child_path(const std::string& parent, std::string_view key) {
  if (is_identifier(key)) return parent + "." + std::string(key);
  return parent + "[" + printable(key) + "]";
}

std::string index_path(const std::string& parent, std::size_t index) {
  return parent + "[" + std::to_string(index) + "]";
}

std::string printable(std::string_view s, std::size_t max_chars) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size() && i < max_chars; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  if (s.size() > max_chars) out += "...";
  return out + "\"";
}

std::string type_name(const Value& v) {
  if (v.IsNull()) return "null";
  if (v.IsBool()) return "a boolean";
  if (v.IsString()) return "a string";
  if (v.IsArray()) return "an array";
  if (v.IsObject()) return "an object";
  if (v.IsInt() || v.IsUint() || v.IsInt64() || v.IsUint64()) return "an integer";
  return "a number";
}

void Node::fail(const std::string& what) const {
  throw InputError(*file_, path_, what);
}

std::string Node::as_string() const {
  if (!v_->IsString()) fail("expected a string, got " + type_name(*v_));
  return std::string(v_->GetString(), v_->GetStringLength());
}

int Node::as_int() const {
  if (v_->IsInt()) return v_->GetInt();
  if (v_->IsNumber()) {
    if (v_->IsDouble()) fail("expected a whole number, got " + std::to_string(v_->GetDouble()));
    fail("expected a whole number that fits in 32 bits");
  }
  fail("expected an integer, got " + type_name(*v_));
}

std::uint64_t Node::as_uint64() const {
  if (v_->IsUint64()) return v_->GetUint64();
  if (v_->IsInt64()) fail("expected a non-negative integer, got " + std::to_string(v_->GetInt64()));
  fail("expected a non-negative integer, got " + type_name(*v_));
}

double Node::as_double() const {
  if (!v_->IsNumber()) fail("expected a number, got " + type_name(*v_));
  const double d = v_->GetDouble();
  if (!std::isfinite(d)) fail("number out of range");
  return d;
}

bool Node::as_bool() const {
  if (!v_->IsBool()) fail("expected true or false, got " + type_name(*v_));
  return v_->GetBool();
}

Object Node::as_object() const {
  if (!v_->IsObject()) fail("expected an object, got " + type_name(*v_));
  return Object(*this);
}

std::vector<Node> Node::as_array() const {
  if (!v_->IsArray()) fail("expected an array, got " + type_name(*v_));
  std::vector<Node> out;
  out.reserve(v_->Size());
  for (RAPIDJSON_NAMESPACE::SizeType i = 0; i < v_->Size(); ++i)
    out.emplace_back((*v_)[i], index_path(path_, i), *file_);
  return out;
}

Object::Object(const Node& node) : node_(node) {
  for (auto it = node.raw().MemberBegin(); it != node.raw().MemberEnd(); ++it) {
    std::string key(it->name.GetString(), it->name.GetStringLength());
    if (std::find(keys_.begin(), keys_.end(), key) != keys_.end())
      throw InputError(node.file(), child_path(node.path(), key),
                       "field appears twice in the same object");
    keys_.push_back(std::move(key));
  }
  used_.assign(keys_.size(), false);
}

bool Object::has(std::string_view key) const {
  return std::find(keys_.begin(), keys_.end(), key) != keys_.end();
}

std::optional<Node> Object::get(std::string_view key) {
  const auto it = std::find(keys_.begin(), keys_.end(), key);
  if (it == keys_.end()) return std::nullopt;
  const auto i = static_cast<std::size_t>(it - keys_.begin());
  used_[i] = true;
  const Value& v = (node_.raw().MemberBegin() + static_cast<std::ptrdiff_t>(i))->value;
  return Node(v, child_path(node_.path(), key), node_.file());
}

Node Object::require(std::string_view key) {
  auto n = get(key);
  if (!n) node_.fail("missing required field \"" + std::string(key) + "\"");
  return *n;
}

std::vector<std::pair<std::string, Node>> Object::members() {
  std::vector<std::pair<std::string, Node>> out;
  auto it = node_.raw().MemberBegin();
  for (std::size_t i = 0; i < keys_.size(); ++i, ++it) {
    used_[i] = true;
    out.emplace_back(keys_[i], Node(it->value, child_path(node_.path(), keys_[i]), node_.file()));
  }
  return out;
}

void Object::finish() const {
  for (std::size_t i = 0; i < keys_.size(); ++i)
    if (!used_[i])
      throw InputError(node_.file(), child_path(node_.path(), keys_[i]),
                       "unknown field " + printable(keys_[i]) + " (misspelt, or not allowed here)");
}

void Object::only(std::initializer_list<std::string_view> allowed) const {
  for (const auto& key : keys_) {
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string list;
    for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    throw InputError(node_.file(), child_path(node_.path(), key),
                     "unknown field " + printable(key) + "; allowed here: " + list);
  }
}

}  // namespace smp::io::json
