// Fixtures for the `period` rule kind. Expected findings are written above the
// line they point at ("# expect: RULE:COL EVIDENCE", see tests/test_util.h).
#include <doctest/doctest.h>

#include "tests/test_util.h"

namespace reportlint {
namespace {

using testing::CheckWithPack;
using testing::DumpFindingWithMessage;

std::string Pack(const std::string& check, const std::string& extra = "") {
  return "pack: t\nrules:\n  - id: t/" + check + "\n    kind: period\n    check: " + check +
         "\n    severity: warning\n" + extra + "    message: {zh: \"z\", en: \"e\"}\n";
}

const std::string kStated = Pack("stated");
const std::string kRange = Pack("range");
const std::string kOtherYear = Pack("other-year");
const std::string kDeadline = Pack("deadline", "    deadline: \"03-31\"\n");
const std::string kYearKnown = Pack("year-known");

TEST_CASE("stated: a report without a period statement") {
  CHECK_FIXTURE(kStated, R"(
# expect: t/stated:1 {"report_year":2017}
某县2017年政府信息公开工作年度报告
一、概述
自2017年1月1日至12月31日,共受理申请3件。
)");
  // Without a report year the evidence is empty.
  CHECK_FIXTURE(kStated, R"(
# expect: t/stated:1 {}
某县政府信息公开工作
全年受理申请3件。
)");
}

TEST_CASE("stated: any period statement satisfies it") {
  CHECK_FIXTURE(kStated, R"(
某县2017年政府信息公开工作年度报告
本报告所列数据统计期限为2017年1月1日至12月31日。
)");
  CHECK_FIXTURE(kStated, R"(
某县2017年政府信息公开工作年度报告
統計期為2016年1月1日至2016年12月31日。
)");
}

TEST_CASE("range: a period of the wrong year or the wrong end") {
  CHECK_FIXTURE(kRange, R"(
某县2017年政府信息公开工作年度报告
# expect: t/range:15 {"stated_start":"2016-01-01","stated_end":"2016-12-31","expected_start":"2017-01-01","expected_end":"2017-12-31","report_year":2017,"year_source":"title","year_text":"某县2017年政府信息公开工作年度报告"}
本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。
)");
  CHECK_FIXTURE(kRange, R"(
某县2017年政府信息公开工作年度报告
# expect: t/range:6 {"stated_start":"2017-01-01","stated_end":"2017-11-30","expected_start":"2017-01-01","expected_end":"2017-12-31","report_year":2017,"year_source":"title","year_text":"某县2017年政府信息公开工作年度报告"}
统计期限为2017年1月1日至2017年11月30日。
)");
  CHECK_FIXTURE(kRange, R"(
某县2017年政府信息公开工作年度报告
# expect: t/range:8 {"stated_start":"2017-02-01","stated_end":"2017-12-31","expected_start":"2017-01-01","expected_end":"2017-12-31","report_year":2017,"year_source":"title","year_text":"某县2017年政府信息公开工作年度报告"}
　　统计期限为２０１７年２月１日至１２月３１日。
)");
  CHECK_FIXTURE(kRange, R"(
某县2017年政府信息公开工作年度报告
# expect: t/range:6 {"stated_start":"2017-01-01","stated_end":"2018-12-31","expected_start":"2017-01-01","expected_end":"2017-12-31","report_year":2017,"year_source":"title","year_text":"某县2017年政府信息公开工作年度报告"}
统计期限为2017年1月1日至2018年12月31日。
)");
}

TEST_CASE("range: the report year's period stays silent") {
  CHECK_FIXTURE(kRange, R"(
某县2017年政府信息公开工作年度报告
本报告所列数据的统计期限自2017年1月1日起至2017年12月31日止。
)");
  CHECK_FIXTURE(kRange, R"(
某县2017年政府信息公开工作年度报告
报告所列数据的统计期限自2017年1月1日起至12月31日止。
)");
  CHECK_FIXTURE(kRange, R"(
某县2017年政府信息公开工作年度报告
統計期限從2017 1 1 日到 2017 12 31 日止。
)");
  // No year known: nothing to compare with (year-known says so).
  CHECK_FIXTURE(kRange, "工作总结\n全年受理申请3件。\n");
}

TEST_CASE("range: a period copied from last year's report, against the year the report names") {
  // No title line: the first sentence names the report and its year.
  CHECK_FIXTURE(kRange, R"(
# expect: t/range:46 {"stated_start":"2021-01-01","stated_end":"2021-12-31","expected_start":"2022-01-01","expected_end":"2022-12-31","report_year":2022,"year_source":"naming_sentence","year_text":"公布北山县2022年政府信息公开工作年度报告"}
根据《条例》规定，现公布北山县2022年政府信息公开工作年度报告。本报告所列数据统计期限为2021年1月1日至12月31日。
)");
  // The title run together with the text, as copied from a web page.
  CHECK_FIXTURE(kRange, R"(
# expect: t/range:41 {"stated_start":"2021-01-01","stated_end":"2021-12-31","expected_start":"2022-01-01","expected_end":"2022-12-31","report_year":2022,"year_source":"title","year_text":"北山县2022年政府信息公开工作年度报告"}
北山县2022年政府信息公开工作年度报告 一、总体情况 本报告所列数据统计期限为2021年1月1日至2021年12月31日。2022年，我县扎实推进政务公开。
)");
  // Without the title or a naming sentence the period is the only source.
  CHECK_FIXTURE(kRange, R"(
北山县政府信息公开工作年度报告
本报告所列数据统计期限为2021年1月1日至12月31日。
)");
}

TEST_CASE("range: titles and naming sentences that disagree leave each year as a reading") {
  // The title says 2022, the first sentence 2021: a period of either year stands.
  CHECK_FIXTURE(kRange, R"(
北山县2022年政府信息公开工作年度报告
现公布北山县2021年政府信息公开工作年度报告。本报告所列数据统计期限为2021年1月1日至12月31日。
)");
  // A period of neither is still wrong, measured against the title's year.
  CHECK_FIXTURE(kRange, R"(
北山县2022年政府信息公开工作年度报告
# expect: t/range:37 {"stated_start":"2021-01-01","stated_end":"2021-06-30","expected_start":"2022-01-01","expected_end":"2022-12-31","report_year":2022,"year_source":"title","year_text":"北山县2022年政府信息公开工作年度报告"}
现公布北山县2021年政府信息公开工作年度报告。本报告所列数据统计期限为2021年1月1日至6月30日。
)");
}

const char* kOtherYearReport = R"(
某县2017年政府信息公开工作年度报告
本报告所列数据统计期限为2017年1月1日至12月31日。
一、概述
# expect: t/other-year:1 {"year":2016,"report_year":2017}
2016年度全镇共发生火灾3起。
# expect: t/other-year:2 {"year":2016,"report_year":2017}
在2016年共受理依申请公开12件。
2017年共受理申请12件,较2016年增加3件。
2016年12月1日起施行的办法共15条。
根据《关于做好2016年政府信息公开工作的通知》(县政办发〔2016〕12号)要求,公开信息3条。
全年共受理申请15件,比上年增长25%。
较2016年,申请量增加3件。
2016年,我县政务公开工作取得新进展。
二、存在的主要问题及改进情况
2018年,我县将继续加强平台建设,新建栏目2个。
2018年计划开展培训3次。
)";

TEST_CASE("other-year: data of another year, and what is not") {
  CHECK_FIXTURE(kOtherYear, kOtherYearReport);
}

TEST_CASE("other-year: a period statement is the range check's business") {
  CHECK_FIXTURE(kOtherYear, R"(
某县2017年政府信息公开工作年度报告
统计期为2016年1月1日至2016年12月31日,共受理申请12件。
期限2016年度 1 1 日至 12 31 日,共12件。
一、概述
)");
}

TEST_CASE("other-year: a later year's data is not a plan") {
  CHECK_FIXTURE(kOtherYear, R"(
某县2017年政府信息公开工作年度报告
# expect: t/other-year:1 {"year":2018,"report_year":2017}
2018年度共受理申请5件。
)");
  // A plan for an earlier year is still that year's business.
  CHECK_FIXTURE(kOtherYear, R"(
某县2017年政府信息公开工作年度报告
# expect: t/other-year:1 {"year":2016,"report_year":2017}
2016年计划新建栏目2个。
)");
}

TEST_CASE("other-year: the message") {
  const std::string pack =
      "pack: t\nrules:\n  - id: t/o\n    kind: period\n    check: other-year\n"
      "    severity: warning\n"
      "    message: {zh: \"本句报告的是{year}年的数据，而本报告年度为{report_year}年\", "
      "en: \"data of {year} in the {report_year} report\"}\n";
  auto zh = CheckWithPack(pack, "某县2017年政府信息公开工作年度报告\n2016年共受理申请12件。\n", "zh");
  REQUIRE(zh.size() == 1);
  CHECK(DumpFindingWithMessage(zh[0]) ==
        "2:1 t/o {\"year\":2016,\"report_year\":2017} | 本句报告的是2016年的数据，而本报告年度为2017年");
  CHECK(zh[0].severity == Severity::kWarning);
  CHECK(zh[0].end.line == 2);
  CHECK(zh[0].end.column == 6);  // "2016年"
}

TEST_CASE("deadline: a report dated after the deadline") {
  CHECK_FIXTURE(kDeadline, R"(
某县2017年政府信息公开工作年度报告
一、概述
全年受理申请3件。
某县人民政府办公室
# expect: t/deadline:1 {"published":"2018-04-10","deadline":"2018-03-31","report_year":2017}
2018年4月10日
)");
  CHECK_FIXTURE(kDeadline, R"(
某县2017年政府信息公开工作年度报告
# expect: t/deadline:14 {"published":"2018-04-02","deadline":"2018-03-31","report_year":2017}
来源:县政府办 发布时间:2018-04-02 09:30
一、概述
)");
  // A department's own deadline, set by a custom pack.
  CHECK_FIXTURE(Pack("deadline", "    deadline: \"01-31\"\n"), R"(
某县教育局2020年政府信息公开工作年度报告
# expect: t/deadline:6 {"published":"2021-02-01","deadline":"2021-01-31","report_year":2020}
发布日期:2021年2月1日
)");
}

TEST_CASE("deadline: on time, or re-posted later than an on-time signature") {
  CHECK_FIXTURE(kDeadline, R"(
某县2017年政府信息公开工作年度报告
一、概述
某县人民政府办公室
2018年3月31日
)");
  // The page was posted again in May; the report was signed in March.
  CHECK_FIXTURE(kDeadline, R"(
某县2017年政府信息公开工作年度报告
发布时间:2018-05-02 10:00
一、概述
全年受理申请3件。
某县人民政府办公室
二〇一八年三月二十日
)");
  // No date at all: nothing to judge.
  CHECK_FIXTURE(kDeadline, "某县2017年政府信息公开工作年度报告\n一、概述\n");
  // A deadline two years on (deadline_year_offset).
  CHECK_FIXTURE(Pack("deadline", "    deadline: \"03-31\"\n    deadline_year_offset: 2\n"), R"(
某县2017年政府信息公开工作年度报告
2019年3月1日
)");
}

TEST_CASE("deadline: its parameters are checked") {
  CHECK(testing::PackErrors(Pack("deadline", "    deadline: \"3/31\"\n")) ==
        "pack.yaml:7:15: error: 'deadline' must be a month and day such as \"03-31\"");
  CHECK(testing::PackErrors(Pack("deadline", "    deadline: \"02-30\"\n")) ==
        "pack.yaml:7:15: error: 'deadline' must be a month and day such as \"03-31\"");
  CHECK(testing::PackErrors(Pack("deadline")) ==
        "pack.yaml:3:5: error: missing required key 'deadline'");
  // Parameters of another check are unknown keys.
  CHECK(testing::PackErrors(Pack("range", "    deadline: \"03-31\"\n")) ==
        "pack.yaml:7:5: error: unknown key 'deadline'");
}

TEST_CASE("year-known") {
  CHECK_FIXTURE(kYearKnown, R"(

# expect: t/year-known:1 {}
工作总结
全年受理申请3件。
)");
  CHECK_FIXTURE(kYearKnown, "某县2017年政府信息公开工作年度报告\n");
  CHECK_FIXTURE(kYearKnown, "某县政府信息公开工作年度报告\n统计期限自2017年1月1日至12月31日。\n");
}

}  // namespace
}  // namespace reportlint
