// Headings at line starts and, in flattened lines, run into the text; then the tree:
// parents, section ends, the main top-level sequence, and whether it could be read.
#include "checker/structure/headings.h"

#include <algorithm>
#include <optional>

#include "checker/structure/flattened.h"
#include "checker/structure/headings_run_in.h"
#include "checker/values/markers.h"
#include "checker/util/sentences.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// Titles longer than this with no terminator are cut: the line is a
// paragraph that starts with its heading ("(一)加强建设。按照…").
constexpr size_t kMaxHeadingTitleLength = 60;

size_t TitleLength(std::u32string_view rest) {
  for (size_t i = 0; i < rest.size(); ++i) {
    char32_t c = rest[i];
    if (IsClauseMark(c) || c == U':') return i;
  }
  return rest.size();
}

// A table row label followed by its numbers, as in a plain-text table.
bool LooksLikeTableRow(std::u32string_view title) {
  if (title.empty()) return false;
  size_t i = title.size();
  while (i > 0 && (title[i - 1] == U' ')) --i;
  return i > 0 && IsAsciiDigit(title[i - 1]);
}

// What may stand between two entries of a table of contents: blank lines and
// dot leaders.
bool OnlyLeaders(std::u32string_view text, size_t from, size_t to) {
  for (size_t i = from; i < to && i < text.size(); ++i) {
    char32_t c = text[i];
    if (c != U' ' && c != U'\n' && c != U'\t' && c != U'.' && c != U'…' && c != U'·') return false;
  }
  return true;
}

std::u32string_view WithoutLeaders(std::u32string_view title) {
  while (!title.empty() && (title.back() == U'.' || title.back() == U'…' || title.back() == U'·' ||
                            title.back() == U' ')) {
    title.remove_suffix(1);
  }
  return title;
}

// A table of contents lists the sections before the report gives them: three
// or more headings of one level numbered 1, 2, 3 … with nothing but blank lines
// or dot leaders between them, whose first title comes back later as a heading
// numbered 1. Its entries are not headings: kept, they would stand for the
// sections (each "without its table") and the real ones would leave the main
// sequence. (Entries with page numbers are no headings already: LooksLikeTableRow.)
void DropTableOfContents(std::u32string_view text, std::vector<Heading>* headings) {
  std::vector<Heading>& hs = *headings;
  for (size_t i = 0; i < hs.size(); ++i) {
    if (hs[i].number != 1) continue;
    size_t j = i + 1;
    while (j < hs.size() && hs[j].level == hs[i].level && hs[j].number == hs[j - 1].number + 1 &&
           OnlyLeaders(text, hs[j - 1].end, hs[j].begin)) {
      ++j;
    }
    if (j - i < 3) continue;
    std::u32string_view first = WithoutLeaders(hs[i].title);
    bool again = std::any_of(hs.begin() + j, hs.end(), [&](const Heading& h) {
      return h.number == 1 && WithoutLeaders(h.title) == first;
    });
    if (!again) continue;
    hs.erase(hs.begin() + i, hs.begin() + j);
    return;
  }
}

}  // namespace

std::vector<int> SectionTree::TopLevel() const {
  std::vector<int> result;
  for (size_t i = 0; i < headings.size(); ++i) {
    if (headings[i].top_level) result.push_back(static_cast<int>(i));
  }
  return result;
}

SectionTree FindHeadings(const FoldedText& folded, const std::vector<LineSpan>& all_lines,
                         const std::vector<bool>& flattened, const std::vector<Table>& tables) {
  const std::u32string& text = folded.text();
  // Row labels such as "一、本年新收…" are not headings.
  std::vector<LineSpan> lines = LinesOutsideTables(all_lines, tables);
  SectionTree tree;
  HeadingSequence sequence;
  for (size_t li = 0; li < lines.size(); ++li) {
    if (flattened[li]) {
      for (Heading& h : RunInHeadings(folded, li, lines[li], tables, &sequence)) {
        tree.headings.push_back(std::move(h));
      }
      continue;
    }
    std::u32string_view line = LineText(text, lines[li]);
    auto marker = ParseMarker(line);
    if (!marker) continue;
    size_t skip = marker->length;
    while (skip < line.size() && line[skip] == U' ') ++skip;
    std::u32string_view rest = line.substr(skip);
    size_t title_len = std::min(TitleLength(rest), kMaxHeadingTitleLength);
    std::u32string_view title = rest.substr(0, title_len);
    while (!title.empty() && (title.back() == U' ' || title.back() == U',')) {
      title.remove_suffix(1);
    }
    if (title.empty() || LooksLikeTableRow(title)) continue;
    // "一是…" never reaches here (no 、); a marker followed by a digit-only
    // title or a bare marker is not a heading either.
    Heading h;
    h.level = marker->level;
    h.number = marker->number;
    h.line = li;
    h.begin = lines[li].begin;
    h.title_begin = lines[li].begin + skip;
    h.end = h.title_begin + title.size();
    h.title = std::u32string(title);
    sequence.Took(h);
    tree.headings.push_back(std::move(h));
  }

  DropTableOfContents(text, &tree.headings);

  // Parents and body ends: a section runs until the next heading of the same
  // or a higher (smaller) level.
  std::vector<int> stack;
  for (size_t i = 0; i < tree.headings.size(); ++i) {
    Heading& h = tree.headings[i];
    while (!stack.empty() && tree.headings[stack.back()].level >= h.level) {
      tree.headings[stack.back()].body_end = h.begin;
      stack.pop_back();
    }
    h.parent = stack.empty() ? -1 : stack.back();
    stack.push_back(static_cast<int>(i));
  }
  for (int i : stack) tree.headings[i].body_end = text.size();

  // The main sequence: the headings of the shallowest numbered level, in
  // rising order.
  // Unnumbered (Markdown) headings count only in a report without numbers,
  // where the top is the shallowest level used more than once (a lone "#"
  // line is the report's title).
  bool any_numbered = false;
  for (const Heading& h : tree.headings) any_numbered = any_numbered || h.number > 0;
  if (any_numbered) {
    int top = 99;
    for (const Heading& h : tree.headings) {
      if (h.number > 0) top = std::min(top, h.level);
    }
    // A gap (一 二 四) or a repeated number (二 二 三) is the report's own
    // numbering slip and stays in the sequence; a restart at 一 ends it.
    bool started = false;
    for (Heading& h : tree.headings) {
      if (h.level != top || h.number == 0) continue;
      if (started && h.number == 1) break;
      h.top_level = true;
      started = true;
    }
  } else if (!tree.headings.empty()) {
    int count[8] = {};
    for (const Heading& h : tree.headings) ++count[std::min(h.level, 7)];
    int top = 0;
    for (int l = 1; l < 8 && top == 0; ++l) {
      if (count[l] > 1) top = l;
    }
    for (Heading& h : tree.headings) h.top_level = (h.level == top);
  }
  size_t numbered = 0;
  for (const Heading& h : tree.headings) numbered += h.number > 0;
  tree.readable = !LostLineBreaks(all_lines, flattened) || numbered >= 2;
  return tree;
}

size_t HeadingTextBegin(const std::u32string& folded, const Heading& h) {
  size_t at = h.begin;
  while (at < h.end && folded[at] == U'#') ++at;
  if (at == h.begin) return h.begin;
  while (at < h.end && (folded[at] == U' ' || folded[at] == U'\t')) ++at;
  return at;
}

}  // namespace reportlint
