// Text folded for matching (NFKC, Simplified script, folded whitespace) and the
// offset map that brings every folded position back to the original text.
#ifndef REPORTLINT_NORMALIZE_FOLDED_TEXT_H_
#define REPORTLINT_NORMALIZE_FOLDED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reportlint {

// Folding is for matching only: rules match on `text`, findings are reported
// at the original positions given by SourceBegin/SourceEnd.
//
// What folds:
//  - each character through FoldTable (full-width digits and punctuation to
//    ASCII, ideographic space to space, Traditional to Simplified);
//  - a run of whitespace to one space; whitespace between two CJK ideographs
//    and at line ends is dropped ("年 度 报 告" -> "年度报告");
//  - line ends are kept, so line N of the folded text is line N of the input.
class FoldedText {
 public:
  FoldedText() = default;
  explicit FoldedText(std::u32string_view original);

  const std::u32string& text() const { return text_; }
  size_t size() const { return text_.size(); }

  // Original index of the character that produced folded position `i`
  // (i == size() maps to the end of the original).
  size_t SourceBegin(size_t i) const { return source_[i]; }
  // Original index one past the last character that produced [.., i).
  size_t SourceEnd(size_t i) const { return i == 0 ? 0 : source_end_[i - 1]; }

 private:
  std::u32string text_;
  std::vector<uint32_t> source_;      // size() + 1 entries
  std::vector<uint32_t> source_end_;  // size() entries
};

}  // namespace reportlint

#endif  // REPORTLINT_NORMALIZE_FOLDED_TEXT_H_
