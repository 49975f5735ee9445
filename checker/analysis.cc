#include "checker/analysis.h"

#include "checker/facts/number_scanner.h"
#include "checker/util/utf.h"

namespace reportlint {

Analysis Analyze(const Document& document) {
  Analysis a;
  a.document = &document;
  a.folded = FoldedText(document.text());
  const std::u32string& text = a.folded.text();
  a.lines = SplitLines(text);

  a.tables = FindTables(document, a.folded, a.lines);
  // Row labels such as "一、本年新收…" are not headings.
  a.sections = FindHeadings(text, LinesOutsideTables(a.lines, a.tables));
  std::vector<int> top = a.sections.TopLevel();
  size_t first_top_line = top.empty() ? a.lines.size() : a.sections.headings[top[0]].line;
  a.declaration = FindDeclaration(text, a.lines, first_top_line);

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
