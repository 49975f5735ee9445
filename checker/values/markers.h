// Heading and list markers as reports write them: 一、 (一) 1. 1、 (1), 第一部分, Markdown #.
// One reader for the section tree, the pieces of flattened text and table row labels.
#ifndef REPORTLINT_VALUES_MARKERS_H_
#define REPORTLINT_VALUES_MARKERS_H_

#include <optional>
#include <string_view>

namespace reportlint {

struct Marker {
  int level = 0;      // 1: 一、 第一部分  2: (一)  3: 1. 1、  4: (1); Markdown: number of #
  int number = 0;     // the ordinal (一 -> 1, 3 -> 3); 0 for a bare Markdown #
  size_t length = 0;  // characters of the marker itself
};

// The marker `s` starts with, or nullopt. Folded text writes "(" for "（" and
// "." for "．"; both forms are read, so a reader's raw text (PDF) can ask too. "1.5%" and "2018.3" are numbers, "一是" and "一 总体" are not markers.
std::optional<Marker> ParseMarker(std::u32string_view s);

// Length of the list marker a table row label starts with (folded text), 0
// when none: what ParseMarker reads, and also 一. as tables print it.
size_t LabelMarkerLength(std::u32string_view s);

// A marker of level 1 or 2 (一、 第一部分 (一)) at `pos` of `text`, read up to
// `end`, that is not the tail of a longer ordinal ("十|一、") nor part of an
// article reference ("第二十条第|(一)项"); `from` is where the text around
// may be looked at (a line start).
std::optional<Marker> SectionMarkerAt(std::u32string_view text, size_t pos, size_t end,
                                      size_t from);

}  // namespace reportlint

#endif  // REPORTLINT_VALUES_MARKERS_H_
