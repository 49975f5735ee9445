// A small HTML report of one body and year with the national Tables A and B, and the
// YAML that finds them: what the cross-report table kinds' tests (carry-over, rollup) read.
#ifndef REPORTLINT_TESTS_RULES_TABLE_REPORT_H_
#define REPORTLINT_TESTS_RULES_TABLE_REPORT_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace reportlint::testing {

// Each cell on a line of its own (column 5, after "<td>"), so an expectation
// can be written above any cell.
struct TableReport {
  std::string organisation = "北山县人民政府";
  int year = 2022;
  std::string prose;  // a sentence of section 三, before Table B
  // Table A, 第二十条第（一）项: 本年制发件数, 本年废止件数, 现行有效件数.
  std::string rules = "0 0 3";
  std::string normative = "5 1 42";
  // Table B (rows R1, R2, R24, R25): 自然人, 商业企业, 总计.
  std::string r1 = "5 1 6";
  std::string r2 = "1 0 1";
  std::string r24 = "5 1 6";
  std::string r25 = "1 0 1";
  // Expectation lines (the text inside "<!-- -->") above a cell: "R2/3" is
  // the third value of row R2, "normative/3" of 行政规范性文件, "prose" the sentence.
  std::map<std::string, std::string> expect;

  std::string Html() const;
};

// `table`, `rows` and `columns` of a rule reading TableReport's Table B, and
// the same for its Table A (rows `rules`, `normative`; columns `issued`,
// `repealed`, `valid`); indented for a rule of a pack.
extern const char* const kTableBSpec;
extern const char* const kTableASpec;

// The cross-report findings of `files` (name -> report, checked from memory
// under that name, so evidence paths read "a.html") with `yaml_pack` as the
// only pack, one "NAME:LINE:COL RULE EVIDENCE" line each ("" for none): what
// the folder fixtures cannot pin, as their paths are a temporary folder's.
std::string CorpusFindings(const std::string& yaml_pack,
                           const std::vector<std::pair<std::string, std::string>>& files,
                           const std::string& hierarchy_yaml = "");

}  // namespace reportlint::testing

#endif  // REPORTLINT_TESTS_RULES_TABLE_REPORT_H_
