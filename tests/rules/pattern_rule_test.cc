// Fixtures for the `pattern` rule kind. Expected findings are written above the
// line they point at ("# expect: RULE:COL EVIDENCE", see tests/test_util.h).
#include <doctest/doctest.h>

#include <chrono>

#include "tests/test_util.h"

namespace reportlint {
namespace {

using testing::CheckWithPack;
using testing::DumpFindingWithMessage;

std::string Pack(const std::string& params) {
  return "pack: t\nrules:\n  - id: t/p\n    kind: pattern\n    severity: error\n" + params +
         "    message: {zh: \"z\", en: \"e\"}\n";
}

const std::string kForbid = Pack("    pattern: 'XX|××'\n");

TEST_CASE("forbid: every match is a finding, quoting the original text") {
  CHECK_FIXTURE(kForbid, R"(
# expect: t/p:1 {"match":"XX"}
XX市2017年政府信息公开工作年度报告
一、概述
# expect: t/p:6 {"match":"××"}
# expect: t/p:12 {"match":"XX"}
全年共公开××条信息,XX件申请。
)");
  // Full-width letters fold before matching; the finding quotes them as written.
  CHECK_FIXTURE(kForbid, R"(
# expect: t/p:3 {"match":"ＸＸ"}
　　ＸＸ县
)");
}

TEST_CASE("the fixture harness catches unexpected and missing findings") {
  // An expectation that is not produced, and a finding that is not expected.
  testing::FixtureResult r = testing::RunFixture(kForbid, R"(
# expect: t/p:1 {"match":"XX"}
正文XX
)");
  CHECK_FALSE(r.outcome.passed());
  CHECK(r.expected == "2:1 t/p {\"match\":\"XX\"}\n");
  CHECK(r.actual == "2:3 t/p {\"match\":\"XX\"}\n");
  // Expectation lines are blanked, not removed: every report line keeps its
  // number, and an expectation belongs to the next report line.
  r = testing::RunFixture(kForbid, "# expect: t/p:1 {\"match\":\"XX\"}\n标题\nXX\n");
  CHECK_FALSE(r.outcome.passed());
  CHECK(r.expected == "2:1 t/p {\"match\":\"XX\"}\n");
  CHECK(r.actual == "3:1 t/p {\"match\":\"XX\"}\n");
  // The column and the evidence are optional; when given they must match.
  CHECK(testing::RunFixture(kForbid, "# expect: t/p\n正文XX\n").outcome.passed());
  CHECK(testing::RunFixture(kForbid, "# expect: t/p:3\n正文XX\n").outcome.passed());
  CHECK_FALSE(testing::RunFixture(kForbid, "# expect: t/p {\"match\":\"YY\"}\n正文XX\n")
                  .outcome.passed());
}

TEST_CASE("forbid: silent without a match") {
  CHECK_FIXTURE(kForbid, "某县2017年政府信息公开工作年度报告\n一、概述\n");
}

TEST_CASE("forbid: a document number with a broken bracket") {
  const std::string pack = Pack("    pattern: '[〔\\[【] ?(?:19|20)[0-9]{2}[0-9]+ ?号'\n");
  CHECK_FIXTURE(pack, R"(
# expect: t/p:22 {"match":"〔201746号"}
依据《国务院关于加强政务公开的意见》(国发〔201746号)要求,
及县政办发〔2017〕12号、县政办发［2017］13号文件。
)");
}

TEST_CASE("forbid with then_expect: fine when followed by what it announces") {
  const std::string pack = Pack(
      "    pattern: '(?m)^附件[:]?[^\\n]{0,60}统计表$'\n"
      "    then_expect: '本年新收'\n");
  CHECK_FIXTURE(pack, R"(
某县2017年政府信息公开工作年度报告
# expect: t/p:1 {"match":"附件:政府信息公开情况统计表"}
附件:政府信息公开情况统计表
)");
  CHECK_FIXTURE(pack, R"(
某县2017年政府信息公开工作年度报告
附件：政府信息公开情况统计表
一、本年新收政府信息公开申请数量 21
)");
  // What it expects must come after the match, not before.
  CHECK_FIXTURE(pack, R"(
本年新收申请21件。
# expect: t/p:1 {"match":"附件:政府信息公开情况统计表"}
附件:政府信息公开情况统计表
)");
}

TEST_CASE("require: fewer matches than min") {
  const std::string pack = Pack("    mode: require\n    pattern: '统计期限'\n");
  CHECK_FIXTURE(pack, R"(
# expect: t/p:1 {"count":0,"min":1}
某县2017年政府信息公开工作年度报告
全年受理申请3件。
)");
  CHECK_FIXTURE(pack, R"(
某县2017年政府信息公开工作年度报告
統計期限自2017年1月1日至12月31日。
)");
  const std::string two = Pack("    mode: require\n    pattern: '复议'\n    min: 2\n");
  CHECK_FIXTURE(two, R"(
# expect: t/p:1 {"count":1,"min":2}
某县2017年政府信息公开工作年度报告
一、行政复议情况
)");
  CHECK_FIXTURE(Pack("    mode: require\n    pattern: '复议'\n    min: 0\n"), "标题\n");
}

TEST_CASE("require: more matches than max") {
  const std::string pack = Pack("    mode: require\n    pattern: '统计期限'\n    max: 1\n");
  CHECK_FIXTURE(pack, R"(
# expect: t/p:1 {"count":2,"min":1,"max":1}
某县2017年政府信息公开工作年度报告
统计期限自2017年1月1日至12月31日。
统计期限自2016年1月1日至12月31日。
)");
  CHECK_FIXTURE(pack, R"(
某县2017年政府信息公开工作年度报告
统计期限自2017年1月1日至12月31日。
)");
  CHECK(testing::PackErrors(Pack("    mode: require\n    pattern: 'x'\n    min: 3\n    max: 2\n")) ==
        "pack.yaml:9:10: error: 'max' must not be less than 'min'");
  // then_expect belongs to forbid; min and max to require.
  CHECK(testing::PackErrors(Pack("    pattern: 'x'\n    max: 1\n")) ==
        "pack.yaml:7:5: error: unknown key 'max'");
  CHECK(testing::PackErrors(Pack("    mode: require\n    pattern: 'x'\n    then_expect: 'y'\n")) ==
        "pack.yaml:8:5: error: unknown key 'then_expect'");
}

TEST_CASE("the message quotes the match") {
  const std::string pack =
      "pack: t\nrules:\n  - id: t/p\n    kind: pattern\n    severity: info\n"
      "    pattern: '××'\n    message: {zh: \"占位符“{match}”未替换\", en: \"placeholder \\\"{match}\\\"\"}\n";
  auto zh = CheckWithPack(pack, "共××条\n", "zh");
  REQUIRE(zh.size() == 1);
  CHECK(DumpFindingWithMessage(zh[0]) == "1:2 t/p {\"match\":\"××\"} | 占位符“××”未替换");
  CHECK(zh[0].severity == Severity::kInfo);
  CHECK(zh[0].end.column == 4);
  auto en = CheckWithPack(pack, "共××条\n", "en");
  REQUIRE(en.size() == 1);
  CHECK(en[0].message == "placeholder \"××\"");
}

TEST_CASE("a catastrophic pattern gives up instead of hanging") {
  const std::string pack = Pack("    pattern: '(a+)+$'\n");
  std::string text = "标题\n" + std::string(5000, 'a') + "b\n";
  auto start = std::chrono::steady_clock::now();
  auto findings = CheckWithPack(pack, text);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // Not silent: the rule is reported as not evaluated, at the text it gave up on.
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule_id == "reportlint/pattern-too-costly");
  CHECK(findings[0].evidence_json == "{\"rule\":\"t/p\"}");
  CHECK(seconds < 5.0);

  // Nested quantifiers with alternation, and a require rule over the same text.
  const std::string nested = Pack("    mode: require\n    pattern: '(a|aa)*c'\n");
  start = std::chrono::steady_clock::now();
  auto required = CheckWithPack(nested, text);
  seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 5.0);
  // PCRE2 sees that no "c" occurs and answers at once: a true absence.
  REQUIRE(required.size() == 1);
  CHECK(testing::DumpFinding(required[0]) == "1:1 t/p {\"count\":0,\"min\":1}");
}

}  // namespace
}  // namespace reportlint
