// Sentence and clause boundaries of folded report text: the one place that says
// which characters end a sentence, a clause or a list item.
#ifndef REPORTLINT_UTIL_SENTENCES_H_
#define REPORTLINT_UTIL_SENTENCES_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace reportlint {

// The marks that end a sentence. Folded text has ASCII ! ? ; , : (NFKC: full-width
// ！ ？ fold to them) but keeps 。 and 、.
inline bool IsSentenceMark(char32_t c) { return c == U'。' || c == U'!' || c == U'?'; }

// A line end ends a sentence too: headings, table cells and list lines carry no
// full stop.
inline bool IsSentenceEnd(char32_t c) { return IsSentenceMark(c) || c == U'\n'; }

// A clause ends at ';' as well: "…公开信息112881条；通过政务微博…" starts a new
// statement inside the sentence.
inline bool IsClauseMark(char32_t c) { return c == U';' || IsSentenceMark(c); }
inline bool IsClauseEnd(char32_t c) { return IsClauseMark(c) || c == U'\n'; }

// What separates the items of an enumeration.
inline bool IsItemSeparator(char32_t c) { return c == U',' || c == U'、' || IsClauseEnd(c); }

// Where the stretch holding `pos` begins and ends, for a given kind of end.
inline size_t BeginOf(std::u32string_view text, size_t pos, bool (*is_end)(char32_t)) {
  while (pos > 0 && !is_end(text[pos - 1])) --pos;
  return pos;
}
inline size_t EndOf(std::u32string_view text, size_t pos, bool (*is_end)(char32_t)) {
  while (pos < text.size() && !is_end(text[pos])) ++pos;
  return pos;
}

// The first character of the sentence holding `pos`, and its end (its 。 or
// line end, or text.size()); the same for clauses.
inline size_t SentenceBegin(std::u32string_view text, size_t pos) {
  return BeginOf(text, pos, IsSentenceEnd);
}
inline size_t SentenceEnd(std::u32string_view text, size_t pos) {
  return EndOf(text, pos, IsSentenceEnd);
}
inline size_t ClauseBegin(std::u32string_view text, size_t pos) {
  return BeginOf(text, pos, IsClauseEnd);
}
// Where the sentence before the one beginning at `sentence_begin` (> 0) ends:
// "。\n" and blank lines between them are one end.
inline size_t PreviousSentenceEnd(std::u32string_view text, size_t sentence_begin) {
  size_t end = sentence_begin - 1;
  while (end > 0 && IsSentenceEnd(text[end - 1])) --end;
  return end;
}
inline size_t ClauseEnd(std::u32string_view text, size_t pos) { return EndOf(text, pos, IsClauseEnd); }

// The longest sentence the relation finders read. Real sentences stay under 500
// characters; a longer stretch without a sentence end (a garbled or hostile
// file: 1 MiB of "其中…件，") would make the reading quadratic in it.
constexpr size_t kMaxSentenceChars = 2000;

// `text` itself, or (when a sentence is longer than kMaxSentenceChars) a copy in
// *storage where such sentences are cut with a '。' at an item separator in their
// second half, or at the limit: the same length, so every position still holds.
inline std::u32string_view WithBoundedSentences(std::u32string_view text,
                                                std::u32string* storage) {
  bool copied = false;
  size_t begin = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsSentenceEnd(text[i])) {
      begin = i + 1;
      continue;
    }
    if (i - begin < kMaxSentenceChars) continue;
    if (!copied) storage->assign(text), copied = true;
    size_t cut = i;
    for (size_t j = i; j > begin + kMaxSentenceChars / 2; --j) {
      if (IsItemSeparator((*storage)[j])) {
        cut = j;
        break;
      }
    }
    (*storage)[cut] = U'。';
    begin = cut + 1;
  }
  return copied ? std::u32string_view(*storage) : text;
}

}  // namespace reportlint

#endif  // REPORTLINT_UTIL_SENTENCES_H_
