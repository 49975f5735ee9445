// The `rollup` kind over a hierarchy: a body's cells against the sum of its parts' the
// same year, equal or at most; silent unless the body and every part have one report.
#include <doctest/doctest.h>

#include "tests/rules/table_report.h"
#include "tests/test_util.h"

namespace reportlint {
namespace {

using Files = std::vector<std::pair<std::string, std::string>>;
using testing::TableReport;

// Table B's rows R1 and R25, 总计 only: the spec lists just the cells compared.
std::string Pack(const std::string& relation) {
  return R"(pack: t
rules:
  - id: t/sum
    kind: rollup
    severity: warning
    table: {name: 收到和处理政府信息公开申请情况, find: [本年新收, 上年结转, 结转下年度]}
    rows:
      - {id: R1, label: 本年新收政府信息公开申请数量}
      - {id: R25, label: 结转下年度继续办理}
    columns:
      - {id: total, label: 总计}
    relation: )" + relation + R"(
    message: {zh: "z", en: "e"}
)";
}

const std::string kHierarchy = R"(
bodies:
  - organisation: 北山市
  - organisation: 东区
    parent: 北山市
  - organisation: 西区
    parent: 北山市
)";

TableReport Body(const std::string& org, const std::string& r1, const std::string& r25) {
  TableReport r;
  r.organisation = org;
  r.year = 2023;
  r.r1 = r1;
  r.r25 = r25;
  return r;
}

TEST_CASE("sum, equal: the parent's cell is the sum of its children's") {
  TableReport city = Body("北山市人民政府", "5 4 9", "1 1 2");
  Files reports{{"a.html", city.Html()},
                {"b.html", Body("东区", "5 1 6", "1 0 1").Html()},
                {"c.html", Body("西区", "4 0 4", "0 1 1").Html()}};
  // At the parent's cell, with each child's value and where it is.
  CHECK(testing::CorpusFindings(Pack("equal"), reports, kHierarchy) ==
        R"(a.html:25:5 t/sum {"table":"收到和处理政府信息公开申请情况","row":"本年新收政府信息公开申请数量","column":"总计","relation":"equal","stated":9,"children_sum":10,"children":[{"organisation":"东区","value":6,"path":"b.html","line":25},{"organisation":"西区","value":4,"path":"c.html","line":25}],"children_count":2}
)");
  city.expect["R1/3"] = "expect: t/sum:5";
  CHECK_CORPUS_FIXTURE(Pack("equal"), (Files{{"hierarchy.yaml", kHierarchy},
                                            {"a.html", city.Html()},
                                            reports[1],
                                            reports[2]}));
  // Consistent: silent.
  CHECK_CORPUS_FIXTURE(Pack("equal"),
                       (Files{{"hierarchy.yaml", kHierarchy},
                              {"a.html", Body("北山市", "9 1 10", "1 1 2").Html()},
                              {"b.html", Body("东区", "5 1 6", "1 0 1").Html()},
                              {"c.html", Body("西区", "4 0 4", "0 1 1").Html()}}));
}

TEST_CASE("sum, at-most: a parent above the sum of its children") {
  TableReport city = Body("北山市", "9 1 10", "3 1 4");
  city.expect["R25/3"] = "expect: t/sum:5";
  Files files{{"hierarchy.yaml", kHierarchy},
              {"a.html", city.Html()},
              {"b.html", Body("东区", "5 1 6", "1 0 1").Html()},
              {"c.html", Body("西区", "4 0 4", "0 1 1").Html()}};
  // R1: 10 <= 6 + 4 holds; R25: 4 > 1 + 1 does not.
  CHECK_CORPUS_FIXTURE(Pack("at-most"), files);
  // at-least holds for both.
  files[1].second = Body("北山市", "9 1 10", "3 1 4").Html();
  CHECK_CORPUS_FIXTURE(Pack("at-least"), files);
}

TEST_CASE("sum: silent when a child has no report, two, or no number there") {
  TableReport city = Body("北山市", "5 4 9", "1 1 2");
  // 西区 has no report for 2023 (its 2022 report is another year).
  TableReport west_2022 = Body("西区", "4 0 4", "0 1 1");
  west_2022.year = 2022;
  CHECK_CORPUS_FIXTURE(Pack("equal"), (Files{{"hierarchy.yaml", kHierarchy},
                                            {"a.html", city.Html()},
                                            {"b.html", Body("东区", "5 1 6", "1 0 1").Html()},
                                            {"c.html", west_2022.Html()}}));
  // Two reports of 西区 for 2023.
  CHECK_CORPUS_FIXTURE(Pack("equal"), (Files{{"hierarchy.yaml", kHierarchy},
                                            {"a.html", city.Html()},
                                            {"b.html", Body("东区", "5 1 6", "1 0 1").Html()},
                                            {"c.html", Body("西区", "4 0 4", "0 1 1").Html()},
                                            {"d.html", Body("西區", "4 0 4", "0 1 1").Html()}}));
  // 西区's 总计 is "/": the children's sum is unknown.
  CHECK_CORPUS_FIXTURE(Pack("equal"), (Files{{"hierarchy.yaml", kHierarchy},
                                            {"a.html", city.Html()},
                                            {"b.html", Body("东区", "5 1 6", "1 0 1").Html()},
                                            {"c.html", Body("西区", "4 0 /", "0 1 1").Html()}}));
  // Without a hierarchy there are no children.
  CHECK_CORPUS_FIXTURE(Pack("equal"), (Files{{"a.html", city.Html()},
                                            {"b.html", Body("东区", "5 1 6", "1 0 1").Html()},
                                            {"c.html", Body("西区", "4 0 4", "0 1 1").Html()}}));
}

}  // namespace
}  // namespace reportlint
