// The `table` kind's `cells` check: every cell of a row read by its place, in the
// example report's Table A written as text, a web page and a Word document.
#include <doctest/doctest.h>

#include "reportlint/checker.h"
#include "tests/examples/report_2021.h"
#include "tests/examples/report_writer.h"
#include "tests/test_util.h"

namespace reportlint {
namespace {

// Table A's cell `row` (its label) × `index` (0-based among its values) set to `text`.
examples::ReportSpec WithCell(const std::string& row, int index, const std::string& text) {
  examples::ReportSpec spec = examples::Report2021(false);
  for (auto& b : spec.blocks) {
    if (b.kind != examples::BlockSpec::kTable || b.rows.empty() ||
        b.rows[0][0].text != "第二十条第（一）项") {
      continue;
    }
    for (auto& r : b.rows) {
      if (r[0].text == row) r[1 + index].text = text;
    }
  }
  return spec;
}

// The findings of the built-in packs, one "RULE EVIDENCE" line each, the same in
// the three formats (checked), as the text copy gives them.
std::string Findings(const examples::ReportSpec& spec, bool with_text = true) {
  std::vector<Error> errors;
  static std::unique_ptr<Checker> checker = Checker::Create(Options{}, &errors);
  REQUIRE(checker);
  std::string first;
  // Not the PDF: its table reader splits this Table A's label column when a
  // cell is negative or text, so the row is not found and nothing is said.
  for (const char* name : {"r.html", "r.docx", "r.txt"}) {
    std::string n = name;
    if (n == "r.txt" && !with_text) break;
    std::string bytes = n == "r.txt"    ? examples::WriteText(spec)
                        : n == "r.html" ? examples::WriteHtml(spec)
                                        : examples::WriteDocx(spec);
    Result r = checker->CheckBytes(name, bytes);
    std::string dump;
    for (const Finding& f : r.findings) dump += f.rule_id + " " + f.evidence_json + "\n";
    CAPTURE(name);
    if (first.empty() && n == "r.html") first = dump;
    CHECK(dump == first);
  }
  return first;
}

TEST_CASE("cells: every row of Table A 2021 is checked, in every format") {
  CHECK(Findings(examples::Report2021(false)) == "");
  CHECK(Findings(WithCell("行政事业性收费", 0, "-12.5")) ==
        "ogi-2021-tables/table-a-non-negative {\"table\":\"主动公开政府信息情况\",\"row\":"
        "\"行政事业性收费\",\"column\":\"本年收费金额（单位：万元）\",\"cell\":\"-12.5\","
        "\"problem\":\"negative\",\"value\":-12.5}\n");
  CHECK(Findings(WithCell("行政处罚", 0, "-87")) ==
        "ogi-2021-tables/table-a-non-negative {\"table\":\"主动公开政府信息情况\",\"row\":"
        "\"行政处罚\",\"column\":\"本年处理决定数量\",\"cell\":\"-87\",\"problem\":\"negative\","
        "\"value\":-87}\n");
  CHECK(Findings(WithCell("行政许可", 0, "1.5")) ==
        "ogi-2021-tables/table-a-counts {\"table\":\"主动公开政府信息情况\",\"row\":\"行政许可\","
        "\"column\":\"本年处理决定数量\",\"cell\":\"1.5\",\"problem\":\"fraction\",\"value\":1.5}\n");
  CHECK(Findings(WithCell("规章", 1, "/")) ==
        "ogi-2021-tables/table-a-placeholders {\"table\":\"主动公开政府信息情况\",\"row\":\"规章\","
        "\"column\":\"本年废止件数\",\"cell\":\"/\",\"problem\":\"placeholder\"}\n");
}

TEST_CASE("cells: text where a count belongs is read in grids (a text copy has no such row)") {
  CHECK(Findings(WithCell("行政强制", 0, "abc"), false) ==
        "ogi-2021-tables/table-a-counts {\"table\":\"主动公开政府信息情况\",\"row\":\"行政强制\","
        "\"column\":\"本年处理决定数量\",\"cell\":\"abc\",\"problem\":\"text\"}\n");
}

const char* kCellsPack = R"(pack: t
rules:
  - id: t/cells
    kind: table
    check: cells
    severity: error
    table: {name: A, find: [信息内容]}
    rows:
      - {id: a, label: 甲}
      - {id: b, label: 乙}
    columns:
      - {id: n, label: 数量}
      - {id: d, label: 增减}
      - {id: m, label: 金额}
    cells:
      - {rows: [a], columns: [n, d]}
      - {rows: [b], columns: [m]}
    except: [d]
    money: [m]
    message: {zh: "{row}", en: "{row}"}
)";

TEST_CASE("cells: signed and money columns; rows that lost a cell or hold one more") {
  // 甲's change may be negative, 乙's amount may have decimals.
  CHECK_FIXTURE(kCellsPack, R"(
信息内容
数量
增减
甲 3 -2
金额
乙 1.25
)");
  // A row with more values than it lists is laid out otherwise: not read.
  CHECK_FIXTURE(kCellsPack, R"(
信息内容
数量
增减
甲 -3 -2 7
金额
乙 1.25
)");
  CHECK_FIXTURE(kCellsPack, R"(
信息内容
数量
增减
# expect: t/cells:3 {"table":"A","row":"甲","column":"数量","cell":"1.5","problem":"fraction","value":1.5}
甲 1.5 -2
金额
乙 1.25
)");
  std::string errors = testing::PackErrors(std::string(kCellsPack) + "    problems: [wrong]\n");
  CHECK(errors.find("unknown problem 'wrong'") != std::string::npos);
}

}  // namespace
}  // namespace reportlint
