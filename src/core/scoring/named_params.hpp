// Setting a scoring parameter by its name (level overrides such as "depth.bad_share_zero"):
// each params struct lists its fields once in a table of NamedField and calls set_named_field.
#pragma once
#include <cstddef>
#include <string_view>

namespace smp::core {

template <class P>
struct NamedField {
  std::string_view name;
  double P::*field;
};

template <class P, std::size_t N>
bool set_named_field(P& params, const NamedField<P> (&table)[N], std::string_view name,
                     double value) {
  for (const NamedField<P>& e : table)
    if (e.name == name) {
      params.*e.field = value;
      return true;
    }
  return false;
}

}  // namespace smp::core
