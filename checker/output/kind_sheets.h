// The xlsx sheets of the cross-report findings, one per rule kind present:
// their names, headers and rows, worked out here so xlsx_output.cc only writes.
#ifndef REPORTLINT_OUTPUT_KIND_SHEETS_H_
#define REPORTLINT_OUTPUT_KIND_SHEETS_H_

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "reportlint/checker.h"

namespace reportlint {

struct KindSheet {
  std::string kind;
  std::string name;  // valid in Excel and unique in the workbook
  // path, line, rule, severity, message, then the evidence keys of the
  // kind's findings (their union, in first-seen order).
  std::vector<std::string> headers;
  std::vector<nlohmann::ordered_json> rows;  // cells: strings, numbers, null
};

// By kind in order of first finding. `taken`: the names of the workbook's
// sheets so far (updated with the new ones).
std::vector<KindSheet> KindSheets(const CorpusResult& corpus, const std::string& lang,
                                  std::set<std::string>& taken);

// `wanted` as a sheet name Excel accepts: no []:*?/\ (each becomes '_'), not
// starting or ending with a quote, at most 31 characters, not in `taken`
// (compared as Excel does, ignoring ASCII case; "~2", "~3"… added). Adds it
// to `taken`.
std::string SheetName(const std::string& wanted, std::set<std::string>& taken);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_KIND_SHEETS_H_
