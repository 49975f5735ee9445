// The report's own statement of its structure: "全文包括A、B和C", "本报告由…八部分组成",
// "…共6个部分" — the declared count, if any, and the listed parts.
#ifndef REPORTLINT_STRUCTURE_DECLARATION_H_
#define REPORTLINT_STRUCTURE_DECLARATION_H_

#include <optional>
#include <string>
#include <vector>

#include "checker/structure/lines.h"

namespace reportlint {

struct Declaration {
  size_t begin = 0;  // span of the whole declaration in the folded text
  size_t end = 0;
  std::optional<int> count;  // "八部分" -> 8; absent when only a list is given
  // The listed parts, folded, in order, as the reading of the list that has
  // `count` parts, or the closest one (declared_list.h).
  std::vector<std::u32string> parts;
  // The fewest and the most parts any reading of the list gives; the list
  // agrees with the count when it lies between them.
  int min_parts = 0, max_parts = 0;
};

// Looks for a declaration in the lines before `limit_line` (the first
// top-level heading): a declaration further down is a quotation, not ours.
std::optional<Declaration> FindDeclaration(const std::u32string& text,
                                           const std::vector<LineSpan>& lines,
                                           size_t limit_line);

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_DECLARATION_H_
