// Fingerprints of report prose for finding copied passages without keeping the text:
// the form two passages are compared in, and the MinHash sketch of its character shingles.
#ifndef REPORTLINT_CORPUS_TEXT_SKETCH_H_
#define REPORTLINT_CORPUS_TEXT_SKETCH_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reportlint {

// Design. Two passages are compared as sets of character k-shingles (k =
// kShingle) of their comparison form (ComparisonForm). A shingle is hashed
// with a fixed 64-bit hash (FNV-1a over its code points, then splitmix64's
// finaliser; no seed, so runs are reproducible); a sketch keeps, for each of
// kSketchValues fixed hash functions of that (multiply-add-shift), the least
// value of any shingle (MinHash). The share of equal
// values of two sketches estimates the Jaccard similarity of their shingle
// sets (standard error sqrt(J(1-J)/64): ±0.05 at 0.8). A sketch of a union is
// the element-wise minimum of the sketches (Merge), so a report's whole-text
// sketch costs nothing beyond its paragraphs'.
inline constexpr int kShingle = 4;
inline constexpr int kSketchValues = 64;
using Sketch = std::array<uint32_t, kSketchValues>;  // 256 bytes

// `folded` (FoldedText) as passages are compared: only letters and digits (no
// whitespace, punctuation or symbols), and every year (four digits 19xx or
// 20xx standing alone) as one '#', so "2022年" and "2023年" are equal.
std::u32string ComparisonForm(std::u32string_view folded);

// `words` sorted longest first, as ReplaceWords needs them.
void LongestFirst(std::vector<std::u32string>* words);
// Every occurrence of each of `words` in `text` replaced by `mark` (nothing
// when `mark` is 0), in order; words shorter than two characters are left
// alone. REQUIRES: `words` longest first (LongestFirst), so "东区人民政府"
// goes before "东区" can split it.
void ReplaceWords(const std::vector<std::u32string>& words, char32_t mark, std::u32string* text);

// The sketch of `text`'s shingles (a text shorter than kShingle is one
// shingle); all values UINT32_MAX for "".
Sketch SketchOf(std::u32string_view text);
// Element-wise minimum: the sketch of the union of both shingle sets.
void Merge(const Sketch& from, Sketch* into);
// Estimated Jaccard similarity: the share of equal values.
double Similarity(const Sketch& a, const Sketch& b);
// Locality-sensitive hashing: the key of rows [band*rows, band*rows+rows) of
// the sketch. Sketches whose estimated similarity is s share a given band's
// key with probability s^rows.
uint64_t BandKey(const Sketch& sketch, int band, int rows);

}  // namespace reportlint

#endif  // REPORTLINT_CORPUS_TEXT_SKETCH_H_
