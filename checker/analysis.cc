#include "checker/analysis.h"

#include "checker/facts/number_scanner.h"
#include "checker/structure/flattened.h"
#include "checker/util/utf.h"

namespace reportlint {

Analysis Analyze(const Document& document) {
  Analysis a;
  a.document = &document;
  a.folded = FoldedText(document.text());
  const std::u32string& text = a.folded.text();
  a.lines = SplitLines(text);

  std::vector<bool> flattened = FindFlattenedLines(a.folded, a.lines);
  a.tables = FindTables(document, a.folded, a.lines, flattened);
  a.sections = FindHeadings(a.folded, a.lines, flattened, a.tables);
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
  a.relations = ExtractRelations(text, a.quantities, RelationLexicon());
  a.info = ReadReportInfo(text, a.lines, a.dates, a.periods);
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
  return ExtractRelations(folded.text(), quantities, lexicon);
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
