// The `carry-over` kind over runs of one body's reports: last year's cell against this
// year's, Table A's stock with what was issued and repealed, the prose; skipped when unsure.
#include <doctest/doctest.h>

#include "tests/rules/table_report.h"
#include "tests/test_util.h"

namespace reportlint {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;
using testing::TableReport;

std::string Pack(const std::string& check, const std::string& spec, const std::string& extra) {
  return "pack: t\nrules:\n  - id: t/" + check + "\n    kind: carry-over\n    check: " + check +
         "\n    severity: error\n" + spec + extra + "    message: {zh: \"z\", en: \"e\"}\n";
}

const std::string kTableB =
    Pack("table", testing::kTableBSpec, "    each: column\n    current: R2\n    previous: R25\n");
const std::string kTableA =
    Pack("table", testing::kTableASpec,
         "    each: row\n    current: valid\n    previous: valid\n    plus: [issued]\n"
         "    minus: [repealed]\n");
const std::string kProse =
    Pack("prose", testing::kTableBSpec, "    pattern: 上年结转\n    row: R25\n    column: total\n");

TableReport Year(int year, const std::string& r2, const std::string& r25) {
  TableReport r;
  r.year = year;
  r.r2 = r2;
  r.r25 = r25;
  return r;
}

TEST_CASE("table: this year's 上年结转 against last year's 结转下年度, in every column") {
  TableReport y2021 = Year(2021, "0 0 0", "3 1 4");
  TableReport y2022 = Year(2022, "3 0 3", "2 0 2");
  TableReport y2023 = Year(2023, "2 0 2", "0 0 0");  // consistent with 2022
  Files files{{"a.html", y2021.Html()}, {"b.html", y2022.Html()}, {"c.html", y2023.Html()}};
  // Once for the pair, at this year's first differing cell, naming last
  // year's (a.html, line 39: R25 × 商业企业); the total differs with it.
  CHECK(testing::CorpusFindings(kTableB, files) ==
        R"(b.html:29:5 t/table {"table":"收到和处理政府信息公开申请情况","row":"上年结转政府信息公开申请数量","column":"商业企业","stated":0,"expected":1,"previous":1,"previous_row":"结转下年度继续办理","previous_column":"商业企业","previous_year":2021,"previous_path":"a.html","previous_line":39,"plus":0,"minus":0,"differing":["商业企业","总计"]}
)");
  // The same as a folder fixture: the finding points into b.html only.
  y2022.expect["R2/2"] = "expect: t/table:5";
  files[1].second = y2022.Html();
  CHECK_CORPUS_FIXTURE(kTableB, files);
}

TEST_CASE("table: silent when consistent, across a gap, or for another body") {
  CHECK_CORPUS_FIXTURE(kTableB, (Files{{"a.html", Year(2021, "0 0 0", "3 1 4").Html()},
                                       {"b.html", Year(2022, "3 1 4", "0 0 0").Html()}}));
  // 2020 is not in the run: 2022's report is not 2021's year after.
  CHECK_CORPUS_FIXTURE(kTableB, (Files{{"a.html", Year(2020, "0 0 0", "3 1 4").Html()},
                                       {"b.html", Year(2022, "0 0 0", "0 0 0").Html()}}));
  TableReport other = Year(2022, "0 0 0", "0 0 0");
  other.organisation = "南屏县人民政府";
  CHECK_CORPUS_FIXTURE(kTableB, (Files{{"a.html", Year(2021, "0 0 0", "3 1 4").Html()},
                                       {"b.html", other.Html()}}));
  // The same body in another script and the 政府 form is the same body.
  TableReport traditional = Year(2022, "3 1 5", "0 0 0");
  traditional.organisation = "北山縣政府";
  traditional.expect["R2/3"] = "expect: t/table:5";
  CHECK_CORPUS_FIXTURE(kTableB, (Files{{"a.html", Year(2021, "0 0 0", "3 1 4").Html()},
                                       {"b.html", traditional.Html()}}));
}

TEST_CASE("table: skipped when last year's report is ambiguous or a cell is not a number") {
  // Two 2021 reports of the body: which one is last year's is unknown.
  CHECK_CORPUS_FIXTURE(kTableB, (Files{{"a.html", Year(2021, "0 0 0", "3 1 4").Html()},
                                       {"a2.html", Year(2021, "0 0 0", "0 0 0").Html()},
                                       {"b.html", Year(2022, "0 0 0", "0 0 0").Html()}}));
  // Two 2022 reports: neither is judged.
  CHECK_CORPUS_FIXTURE(kTableB, (Files{{"a.html", Year(2021, "0 0 0", "3 1 4").Html()},
                                       {"b.html", Year(2022, "0 0 0", "0 0 0").Html()},
                                       {"b2.html", Year(2022, "3 1 4", "0 0 0").Html()}}));
  // A blank or "/" cell says nothing to compare (read as 0, each would differ).
  CHECK_CORPUS_FIXTURE(kTableB, (Files{{"a.html", Year(2021, "0 0 0", "3 / 4").Html()},
                                       {"b.html", Year(2022, "3 2 4", "0 0 0").Html()}}));
  CHECK_CORPUS_FIXTURE(kTableB, (Files{{"a.html", Year(2021, "0 0 0", "3 1 4").Html()},
                                       {"b.html", Year(2022, "3 &nbsp; 4", "0 0 0").Html()}}));
}

TEST_CASE("table: Table A's stock is last year's plus issued minus repealed") {
  TableReport y2021;
  y2021.year = 2021;
  y2021.rules = "0 0 3";
  y2021.normative = "5 1 42";
  TableReport y2022;
  y2022.rules = "1 0 4";        // 3 + 1 - 0
  y2022.normative = "6 2 45";  // 42 + 6 - 2 = 46
  CHECK(testing::CorpusFindings(kTableA, {{"a.html", y2021.Html()}, {"b.html", y2022.Html()}}) ==
        R"(b.html:16:5 t/table {"table":"主动公开政府信息情况","row":"行政规范性文件","column":"现行有效件数","stated":45,"expected":46,"previous":42,"previous_row":"行政规范性文件","previous_column":"现行有效件数","previous_year":2021,"previous_path":"a.html","previous_line":16,"plus":6,"minus":2,"differing":["行政规范性文件"]}
)");
  // Without the plus and minus cells of this year the stock is unknown.
  y2022.normative = "/ 2 45";
  CHECK_CORPUS_FIXTURE(kTableA, (Files{{"a.html", y2021.Html()}, {"b.html", y2022.Html()}}));
}

// This year's report without Table B (published as an image, say): only its prose.
std::string ProseOnly(const std::string& sentence) {
  return "<html><body><p>北山县人民政府2022年政府信息公开工作年度报告</p>\n"
         "<p>三、收到和处理政府信息公开申请情况</p>\n<p>" +
         sentence + "</p>\n</body></html>\n";
}

TEST_CASE("prose: 上年结转 in the text against last year's 结转下年度 总计") {
  TableReport y2021 = Year(2021, "0 0 0", "3 1 4");
  // At the number the prose states.
  CHECK(testing::CorpusFindings(kProse, {{"a.html", y2021.Html()},
                                         {"b.html", ProseOnly("本年度新收申请6件，上年结转申请5件。")}}) ==
        R"(b.html:3:20 t/prose {"table":"收到和处理政府信息公开申请情况","stated":5,"previous":4,"previous_row":"结转下年度继续办理","previous_column":"总计","previous_year":2021,"previous_path":"a.html","previous_line":40}
)");
  CHECK_CORPUS_FIXTURE(kProse, (Files{{"a.html", y2021.Html()},
                                      {"b.html", ProseOnly("本年度新收申请6件，上年结转申请4件。")}}));
  // With a table of its own, the prose is that table's to agree with (the
  // table kind) and the table last year's (the `table` check): no third finding.
  TableReport y2022 = Year(2022, "3 1 5", "0 0 0");
  y2022.prose = "本年度新收申请6件，上年结转申请5件。";
  CHECK_CORPUS_FIXTURE(kProse, (Files{{"a.html", y2021.Html()}, {"b.html", y2022.Html()}}));
  // Last year's table holds no number there: nothing to compare with.
  y2021.r25 = "3 1 /";
  CHECK_CORPUS_FIXTURE(kProse, (Files{{"a.html", y2021.Html()},
                                      {"b.html", ProseOnly("上年结转申请5件。")}}));
}

}  // namespace
}  // namespace reportlint
