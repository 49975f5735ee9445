// Run-in headings of flattened lines: markers where a line may have started, outside
// the tables, kept when they continue the report's heading sequence.
#include "checker/structure/headings_run_in.h"

#include <algorithm>

#include "checker/structure/flattened.h"
#include "checker/values/markers.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

struct Candidate {
  Marker marker;
  size_t begin = 0;
  size_t title_begin = 0;
  size_t title_end = 0;
  // Where a line may have started (MarkerMayStart); else the marker is only
  // a candidate because a title word ends its title.
  bool after_break = false;
};

std::vector<Candidate> Candidates(const FoldedText& folded, LineSpan line,
                                  const std::vector<const Table*>& tables) {
  const std::u32string& text = folded.text();
  std::vector<Candidate> out;
  size_t next_table = 0;  // `tables` are in text order
  for (size_t p = line.begin; p < line.end; ++p) {
    while (next_table < tables.size() && tables[next_table]->end <= p) ++next_table;
    if (next_table < tables.size() && tables[next_table]->begin <= p) {
      p = tables[next_table]->end - 1;  // nothing inside a table is a heading
      continue;
    }
    auto m = SectionMarkerAt(text, p, line.end, line.begin);
    if (!m) continue;
    Candidate c;
    c.marker = *m;
    c.begin = p;
    c.after_break = MarkerMayStart(folded, line, p);
    c.title_begin = p + m->length;
    while (c.title_begin < line.end && text[c.title_begin] == U' ') ++c.title_begin;
    bool by_word = false;
    c.title_end = c.title_begin + RunInTitleLength(folded, c.title_begin, line.end, &by_word);
    std::u32string_view title(text.data() + c.title_begin, c.title_end - c.title_begin);
    if (!HasCjkIdeograph(title) || (!c.after_break && !by_word)) continue;
    // A marker in quotes or brackets is a quotation ("按照“二、主动公开…”的要求").
    if (!c.after_break && std::u32string_view(U"“\"《(「").find(text[p - 1]) != std::u32string_view::npos) {
      continue;
    }
    // "一、本年新收政府信息公开申请数量215012029": a row label and its digits.
    if (!by_word && c.title_end < line.end &&
        CellDigitsEnd(text, c.title_end, line.end) > c.title_end) {
      continue;
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

void HeadingSequence::Took(const Heading& h) {
  if (h.number == 0 || h.level < 1 || h.level > 2) return;
  last_[h.level] = h.number;
  if (h.level == 1) last_[2] = 0;
}

std::vector<Heading> RunInHeadings(const FoldedText& folded, size_t line_index, LineSpan line,
                                   const std::vector<Table>& tables, HeadingSequence* sequence) {
  std::vector<const Table*> here;
  for (const Table& t : tables) {
    if (t.begin < line.end && t.end > line.begin) here.push_back(&t);
  }
  std::vector<Candidate> candidates = Candidates(folded, line, here);
  std::vector<Heading> out;
  for (size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    int level = c.marker.level;
    int want = sequence->Next(level);
    int number = c.marker.number;
    // The numbers of the later candidates of this level that stand after a break.
    std::vector<int> later;
    for (size_t j = i + 1; j < candidates.size(); ++j) {
      if (candidates[j].marker.level == level && candidates[j].after_break) {
        later.push_back(candidates[j].marker.number);
      }
    }
    bool take = c.begin == line.begin || number == want;
    if (!take && c.after_break && number > want) {
      // A skipped number (一 二 四), unless the missing one follows; or, after
      // a heading that could not be found, a marker the next two continue.
      bool missing_follows = std::find(later.begin(), later.end(), want) != later.end();
      take = (number == want + 1 && !missing_follows) ||
             (later.size() >= 2 && later[0] == number + 1 && later[1] == number + 2);
    }
    if (!take) continue;
    Heading h;
    h.level = level;
    h.number = c.marker.number;
    h.line = line_index;
    h.begin = c.begin;
    h.title_begin = c.title_begin;
    h.end = c.title_end;
    h.title = folded.text().substr(c.title_begin, c.title_end - c.title_begin);
    h.run_in = true;
    sequence->Took(h);
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace reportlint
