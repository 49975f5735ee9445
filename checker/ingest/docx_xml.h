// Namespace-prefix-agnostic access to WordprocessingML with pugixml: elements and
// attributes are matched by local name ("p" matches <w:p>), whatever the prefix.
#ifndef REPORTLINT_INGEST_DOCX_XML_H_
#define REPORTLINT_INGEST_DOCX_XML_H_

#include <pugixml.hpp>

#include <cstdlib>
#include <string_view>

namespace reportlint {

inline std::string_view LocalName(const char* qualified) {
  std::string_view s(qualified);
  size_t colon = s.rfind(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

inline bool Is(const pugi::xml_node& n, std::string_view local) {
  return n.type() == pugi::node_element && LocalName(n.name()) == local;
}

// The first child element with local name `local` (empty node if none).
inline pugi::xml_node Child(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (Is(c, local)) return c;
  }
  return pugi::xml_node();
}

// The value of the attribute with local name `local` ("" if none).
inline const char* AttrValue(const pugi::xml_node& n, std::string_view local) {
  for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
    if (LocalName(a.name()) == local) return a.value();
  }
  return "";
}

// The integer w:val of `n`, or `fallback` when it is absent or not a number.
inline long IntVal(const pugi::xml_node& n, long fallback) {
  const char* v = AttrValue(n, "val");
  if (*v == '\0') return fallback;
  char* end = nullptr;
  long x = std::strtol(v, &end, 10);
  return end == v ? fallback : x;
}

// An on/off property such as <w:vanish/> or <w:vanish w:val="false"/>.
inline bool OnOff(const pugi::xml_node& n) {
  if (!n) return false;
  std::string_view v = AttrValue(n, "val");
  return !(v == "0" || v == "false" || v == "off" || v == "none");
}

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_DOCX_XML_H_
