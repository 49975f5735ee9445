#include "checker/corpus/body_name.h"

#include <unicode/uchar.h>

#include "checker/normalize/folded_text.h"
#include "checker/util/utf.h"

namespace reportlint {

std::string BodyKey(std::u32string_view name) {
  std::u32string folded = FoldedText(name).text();
  std::u32string key;
  for (char32_t c : folded) {
    if (u_isspace(c) || u_ispunct(c)) continue;
    key.push_back(c);
  }
  const std::u32string people = U"人民政府";
  for (size_t at = key.find(people); at != std::u32string::npos; at = key.find(people, at)) {
    key.erase(at, 2);  // 人民政府 -> 政府
  }
  const std::u32string government = U"政府";
  if (key.size() > government.size() && key.ends_with(government)) {
    key.resize(key.size() - government.size());
  }
  // "市政府", "区政府": a level without a place names no body.
  if (key.size() < 2) return "";
  return U32ToUtf8(key);
}

std::string BodyKey(std::string_view name) { return BodyKey(Utf8ToU32(name)); }

}  // namespace reportlint
