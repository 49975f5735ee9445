// Optional text as JSON: null for "", else the text. The one definition used by
// every writer (findings JSON, sheets, export records, dump).
#ifndef REPORTLINT_OUTPUT_TEXT_OR_NULL_H_
#define REPORTLINT_OUTPUT_TEXT_OR_NULL_H_

#include <nlohmann/json.hpp>
#include <string>

#include "checker/util/utf.h"

namespace reportlint {

inline nlohmann::ordered_json TextOrNull(const std::string& s) {
  return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s);
}

inline nlohmann::ordered_json TextOrNull(const std::u32string& s) {
  return TextOrNull(U32ToUtf8(s));
}

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_TEXT_OR_NULL_H_
