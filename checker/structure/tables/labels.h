// Table labels as rules compare them: folded, without spaces, punctuation, brackets
// or list markers, and matched with tolerance for notes appended and small typos.
#ifndef REPORTLINT_STRUCTURE_TABLES_LABELS_H_
#define REPORTLINT_STRUCTURE_TABLES_LABELS_H_

#include <string>
#include <string_view>

namespace reportlint {

// Folded label text without whitespace, punctuation and brackets (half- or
// full-width): "（二）部分公开（区分处理的，…）" -> "二部分公开区分处理的…".
std::u32string NormalizeLabel(std::u32string_view folded);

// The folded label without its leading list marker (一、 (一) 1. 1、 (1) ①),
// then normalised: "（二）部分公开（区分…）" -> "部分公开区分…".
std::u32string RowLabelKey(std::u32string_view folded);

// How well a table label `cell` (a key as above) fits the label a rule
// names, `wanted` (normalised the same way):
//   3  the same;
//   2  `cell` starts with `wanted` (a note follows: 部分公开（区分处理的…）),
//      or contains it when `wanted` has four characters or more;
//   1  a small typo: edit distance at most one per five characters;
//   0  no match.
int LabelScore(std::u32string_view wanted, std::u32string_view cell);

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_TABLES_LABELS_H_
