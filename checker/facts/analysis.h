// Everything the rules may read about one report: the folded text, its structure
// and the facts extracted from it. Built once per document, before any rule runs.
#ifndef REPORTLINT_FACTS_ANALYSIS_H_
#define REPORTLINT_FACTS_ANALYSIS_H_

#include <optional>
#include <vector>

#include "checker/values/dates.h"
#include "checker/facts/period.h"
#include "checker/values/quantity.h"
#include "checker/facts/relations.h"
#include "checker/facts/year_mentions.h"
#include "checker/normalize/folded_text.h"
#include "checker/structure/declaration.h"
#include "checker/structure/headings.h"
#include "checker/structure/lines.h"
#include "checker/facts/report_info.h"
#include "checker/structure/tables/tables.h"
#include "reportlint/document.h"

namespace reportlint {

// Rules never parse text themselves: they read these fields. Spans are
// half-open index ranges into `folded.text()`.
struct Analysis {
  const Document* document = nullptr;  // not owned; outlives the analysis
  FoldedText folded;
  std::vector<LineSpan> lines;
  // structure
  SectionTree sections;
  std::optional<Declaration> declaration;
  std::vector<Table> tables;  // grids and flattened text tables, in text order
  ReportInfo info;
  // facts
  std::vector<DateMention> dates;
  std::vector<PeriodStatement> periods;
  std::vector<YearMention> years;
  std::vector<Quantity> quantities;  // every number, in text order
  // Per quantity: it lies inside a table (a cell, or digits run together in a
  // flattened table), so it is no number of the prose.
  std::vector<bool> in_table;
  std::vector<Relation> relations;   // read with the default lexicon

  // Relations read with another lexicon (a rule pack's own cue words).
  std::vector<Relation> RelationsWith(const RelationLexicon& lexicon) const;

  // Where quantity `k` starts in the original file.
  Location QuantityLocation(int k) const;

  // Where findings about the report as a whole point: its title line, or
  // its first non-empty line.
  std::pair<size_t, size_t> WholeReportSpan() const;

  // The original text (not folded) behind the folded span [begin, end): what
  // evidence quotes, so the officer sees the words as written.
  std::string OriginalText(size_t begin, size_t end) const;
};

// Runs normalise -> structure -> facts on `document`.
Analysis Analyze(const Document& document);

}  // namespace reportlint

#endif  // REPORTLINT_FACTS_ANALYSIS_H_
