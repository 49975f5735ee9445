// Which lines lost their line breaks, and where headings and cells start and end in
// them: the criteria documented in flattened.h.
#include "checker/structure/flattened.h"

#include <algorithm>
#include <string_view>

#include "checker/values/unit_table.h"
#include "checker/values/markers.h"
#include "checker/structure/tables/tables.h"
#include "checker/util/sentences.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

constexpr size_t kMinFlattenedLength = 200;
constexpr size_t kRunOnLength = 1000;
constexpr size_t kMaxRunInTitle = 30;

// The words a section title ends with: "主动公开政府信息情况", "其他需要报告的事项",
// "存在的困难和问题", "下一步工作计划".
constexpr std::u32string_view kTitleWords[] = {U"情况", U"事项", U"概况", U"概述", U"措施",
                                               U"计划", U"问题", U"打算", U"思路"};

bool IsCellChar(char32_t c) { return IsAsciiDigit(c) || c == U'.' || IsEmptyCellMark(c); }

// Words that make the digits before them a date, an amount or a count in prose.
bool ProseWordAt(const std::u32string& text, size_t pos) {
  char32_t c = text[pos];
  if (c == U'月' || c == U'日' || c == U'号' || c == U'余' || c == U'多' || c == U'时') return true;
  return MatchUnit(text, pos) != nullptr || MatchScale(text, pos) != nullptr;
}

}  // namespace

bool WhitespaceBefore(const FoldedText& folded, size_t i) {
  if (i == 0 || i >= folded.size()) return false;
  return folded.text()[i - 1] == U' ' || folded.SourceBegin(i) > folded.SourceEnd(i);
}

bool MarkerMayStart(const FoldedText& folded, LineSpan line, size_t pos) {
  if (pos == line.begin || WhitespaceBefore(folded, pos)) return true;
  const std::u32string& text = folded.text();
  char32_t before = text[pos - 1];
  // A paragraph may end with a figure and no full stop ("…办结率均为100%二、…").
  if (IsSentenceMark(before) || before == U':' || IsAsciiDigit(before) || before == U'%' ||
      IsEmptyCellMark(before)) {
    return true;
  }
  return pos >= line.begin + 2 && text.compare(pos - 2, 2, U"报告") == 0;
}

size_t CellDigitsEnd(const std::u32string& text, size_t pos, size_t end) {
  size_t j = pos;
  while (j < end && IsCellChar(text[j])) ++j;
  if (j == pos || j == end) return j;
  char32_t next = text[j];
  if (next == U'、') {  // "…0001、本机关…": the last digit is the next row's marker
    return j + 1 < end && IsCjkIdeograph(text[j + 1]) && j - pos >= 2 ? j : pos;
  }
  bool label = IsCjkIdeograph(next) || next == U'(' || next == U'“' || next == U'"';
  if (!label || ProseWordAt(text, j)) return pos;
  // "2." alone before a label is a list marker, not a cell.
  if (text[j - 1] == U'.' && j - pos <= 2) return pos;
  return j;
}

size_t RunInTitleLength(const FoldedText& folded, size_t from, size_t end, bool* by_word) {
  const std::u32string& t = folded.text();
  if (by_word) *by_word = false;
  size_t i = from;
  for (; i < end && i - from < kMaxRunInTitle; ++i) {
    char32_t c = t[i];
    if (IsClauseEnd(c) || c == U':' || c == U',' || c == U' ') break;
    // A year may open a title ("一、2015年政府信息公开工作要点落实情况"); a
    // digit after words starts the text.
    if (IsAsciiDigit(c) && !std::all_of(t.begin() + from, t.begin() + i, IsAsciiDigit)) break;
    if (i > from && (WhitespaceBefore(folded, i) || SectionMarkerAt(t, i, end, from))) break;
    // "存在的主要问题及改进情况": a conjunction after a title word continues the title.
    bool continues = i + 1 < end && (t[i + 1] == U'及' || t[i + 1] == U'和' ||
                                     t[i + 1] == U'与' || t[i + 1] == U'、');
    for (std::u32string_view w : kTitleWords) {
      size_t at = i + 1 - std::min(i + 1 - from, w.size());
      if (!continues && std::u32string_view(t).substr(at, i + 1 - at) == w) {
        if (by_word) *by_word = true;
        return i + 1 - from;
      }
    }
  }
  return i - from;
}

std::vector<bool> FindFlattenedLines(const FoldedText& folded, const std::vector<LineSpan>& lines) {
  const std::u32string& text = folded.text();
  bool top_at_line_start = false;
  for (const LineSpan& l : lines) {
    auto m = ParseMarker(LineText(text, l));
    top_at_line_start = top_at_line_start || (m && m->level == 1 && m->number > 0);
  }
  std::vector<bool> flattened(lines.size(), false);
  for (size_t li = 0; li < lines.size(); ++li) {
    const LineSpan& l = lines[li];
    if (l.end - l.begin < kMinFlattenedLength) continue;
    std::vector<Marker> inline_markers;  // and the one the line starts with
    for (size_t p = l.begin; p < l.end; ++p) {
      // The marker first: few characters start one, and MarkerMayStart reads
      // the offset map.
      auto m = SectionMarkerAt(text, p, l.end, l.begin);
      if (m && MarkerMayStart(folded, l, p)) inline_markers.push_back(*m);
    }
    bool step = false, top = false;
    for (size_t i = 0; i < inline_markers.size(); ++i) {
      top = top || inline_markers[i].level == 1;
      for (size_t j = i + 1; j < inline_markers.size() && !step; ++j) {
        step = inline_markers[j].level == inline_markers[i].level &&
               inline_markers[j].number == inline_markers[i].number + 1;
      }
    }
    flattened[li] = step && (top || !top_at_line_start);
  }
  return flattened;
}

bool LostLineBreaks(const std::vector<LineSpan>& lines, const std::vector<bool>& flattened) {
  size_t total = 0, run_on = 0;
  for (size_t li = 0; li < lines.size(); ++li) {
    size_t n = lines[li].end - lines[li].begin;
    total += n;
    if (flattened[li] || n >= kRunOnLength) run_on += n;
  }
  return total > 0 && 2 * run_on >= total;
}

std::vector<LineSpan> LinesAsWritten(const FoldedText& folded, const std::vector<LineSpan>& lines,
                                     const std::vector<bool>& flattened) {
  std::vector<LineSpan> out;
  out.reserve(lines.size());
  for (size_t li = 0; li < lines.size(); ++li) {
    if (!flattened[li] && lines[li].end - lines[li].begin < kRunOnLength) {
      out.push_back(lines[li]);
      continue;
    }
    for (LineSpan piece : SplitFlattenedLine(folded, lines[li])) out.push_back(piece);
  }
  return out;
}

}  // namespace reportlint
