// Field values shared by the export's record builders: exact decimals as JSON
// numbers, optional text as null, and a location as its flat fields.
#ifndef REPORTLINT_OUTPUT_EXPORT_FIELDS_H_
#define REPORTLINT_OUTPUT_EXPORT_FIELDS_H_

#include <nlohmann/json.hpp>
#include <string>

#include "checker/facts/analysis.h"
#include "checker/output/text_or_null.h"
#include "checker/values/decimal.h"

namespace reportlint {

// An integer when the value is whole (so 29 stays 29, not 29.0), else the
// nearest double: what DuckDB, pandas and Spark sum.
nlohmann::ordered_json DecimalJson(Decimal d);

// The label path joined with " / " (the row and column keys).
std::string JoinLabels(const std::vector<std::u32string>& labels);

// Whether quantity `k` is a number of the prose, not of a table.
inline bool IsProseNumber(const Analysis& a, size_t k) {
  return k >= a.in_table.size() || !a.in_table[k];
}

// line, line_column (of the reading text), then with `source_fields`
// paragraph, source_table, source_row, source_col (DOCX) and page (PDF), null
// where they do not apply: of folded position `begin`. Named so that no field
// is an SQL reserved word (column, table) a query would have to quote.
void AddLocation(const Analysis& analysis, size_t begin, nlohmann::ordered_json* record,
                 bool source_fields = true);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_EXPORT_FIELDS_H_
