#include "checker/facts/analysis.h"

#include <algorithm>

#include "checker/values/number_scanner.h"
#include "checker/structure/flattened.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

std::vector<bool> QuantitiesInTables(const std::vector<Quantity>& q, const std::vector<Table>& tables) {
  std::vector<bool> in(q.size(), false);
  for (const Table& t : tables) {
    auto it = std::lower_bound(q.begin(), q.end(), t.begin,
                               [](const Quantity& x, size_t pos) { return x.begin < pos; });
    for (; it != q.end() && it->begin < t.end; ++it) in[static_cast<size_t>(it - q.begin())] = true;
  }
  return in;
}

}  // namespace

Analysis Analyze(const Document& document) {
  Analysis a;
  a.document = &document;
  a.folded = FoldedText(document.text());
  const std::u32string& text = a.folded.text();
  a.lines = SplitLines(text);

  std::vector<bool> flattened = FindFlattenedLines(a.folded, a.lines);
  a.tables = FindTables(document, a.folded, a.lines, flattened);
  a.sections = FindHeadings(a.folded, a.lines, flattened, a.tables);
  // A PDF without a text layer on any page (a scan): nothing of it can be
  // assessed, and only the sections kind's text-layer check speaks.
  bool any_text = std::any_of(text.begin(), text.end(), [](char32_t c) { return !IsSpace(c); });
  if (!any_text && !document.pages_without_text().empty()) {
    a.sections.readable = false;
    a.sections.no_text = true;
  }
  // The declaration comes before the first top-level heading, which in a
  // flattened line may stand in the middle of the declaration's line.
  std::vector<int> top = a.sections.TopLevel();
  std::vector<LineSpan> before_top = a.lines;
  size_t limit_line = a.lines.size();
  if (!top.empty()) {
    const Heading& first = a.sections.headings[top[0]];
    limit_line = first.line + (first.begin > a.lines[first.line].begin ? 1 : 0);
    if (limit_line > first.line) before_top[first.line].end = first.begin;
  }
  a.declaration = FindDeclaration(text, before_top, limit_line);

  a.dates = FindDates(text);
  a.periods = FindPeriods(text);
  a.years = FindYearMentions(text);
  a.quantities = ScanQuantities(text);
  a.in_table = QuantitiesInTables(a.quantities, a.tables);
  static const RelationLexicon kDefaultLexicon;  // built once per run, not per report
  a.relations = ExtractRelations(text, a.quantities, kDefaultLexicon, a.in_table);
  // A title, a 发布时间 or a signing date inside a line that lost its breaks
  // is read from the line's pieces.
  a.info = ReadReportInfo(text, LinesAsWritten(a.folded, a.lines, flattened), a.dates, a.periods,
                          a.years);
  return a;
}

std::pair<size_t, size_t> Analysis::WholeReportSpan() const {
  if (info.title_line) return {info.title_begin, info.title_end};
  for (const LineSpan& l : lines) {
    if (l.end > l.begin) return {l.begin, l.end};
  }
  return {0, 0};
}

std::vector<Relation> Analysis::RelationsWith(const RelationLexicon& lexicon) const {
  return ExtractRelations(folded.text(), quantities, lexicon, in_table);
}

Location Analysis::QuantityLocation(int k) const {
  return document->Locate(folded.SourceBegin(quantities[k].begin));
}

std::string Analysis::OriginalText(size_t begin, size_t end) const {
  size_t from = folded.SourceBegin(begin);
  size_t to = folded.SourceEnd(end);
  if (to < from) to = from;
  return U32ToUtf8(std::u32string_view(document->text()).substr(from, to - from));
}

}  // namespace reportlint
