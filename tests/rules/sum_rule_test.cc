// Fixtures for the `sum` kind: findings written under the line they concern.
#include <doctest/doctest.h>

#include "tests/test_util.h"

namespace reportlint::testing {
namespace {

const char* kPack = R"(
rules:
  - id: t/total
    kind: sum
    check: total
    severity: error
    message: {zh: "合计{stated}≠{computed}", en: "total {stated} != {computed}{likely_wrong|total= (total?)|parts= (parts?)}"}
  - id: t/part
    kind: sum
    check: part
    severity: warning
    message: {zh: "分项{part}>{stated}", en: "part {part} > {stated}"}
  - id: t/diff
    kind: sum
    check: difference
    severity: error
    message: {zh: "差{stated}≠{computed}", en: "difference {stated} != {computed}"}
)";

TEST_CASE("sum/total fires on a whole list that does not add up") {
  CHECK_FIXTURE(kPack, R"(
全市主动公开政府信息共计100738余条。其中，通过政府公报公开149条，通过政府网站公开93861余条，通过政务微博公开5776条，通过政务微信公开1038条，其他方式公开21010条。
//! :13 t/total {"stated":100738,"computed":121834,"unit":"条","parts":[{"value":149,"line":1,"column":33},{"value":93861,"line":1,"column":46},{"value":5776,"line":1,"column":62},{"value":1038,"line":1,"column":76},{"value":21010,"line":1,"column":88}],"difference":21096,"tolerance":1,"likely_wrong":""}
)");
  CHECK_FIXTURE(kPack, R"(
全区土地流转总面积8.04万亩，其中流向农户3.928万亩、合作社1.509万亩、企业1.835万亩、其它0.678万亩。
//! :10 t/total {"stated":8.04,"computed":7.95,"unit":"万亩","parts":[{"value":3.928,"line":1,"column":23},{"value":1.509,"line":1,"column":34},{"value":1.835,"line":1,"column":44},{"value":0.678,"line":1,"column":54}],"difference":-0.09,"tolerance":0.007,"likely_wrong":""}
)");
}

TEST_CASE("sum/total stays silent on consistent and partial lists") {
  CHECK_FIXTURE(kPack, R"(
共受理诉求34322件，其中市长热线29698件，市长信箱3384件，行风热线932件，党报热线244件，社区频道64件。
全市共受理依申请公开472件，其中市政府处理22件。
土地流转总面积8.04万亩，其中农户3.93万亩、合作社1.51万亩、企业1.92万亩、其他0.68万亩。
全年共分房1447户，其中廉租房77户，公租房1370户，享受补助的已脱贫户104户。
公开安全生产信息227条，其中事故调查报告8起，安全生产通报12期。
城市低保43003人，农村低保28075人。
)");
}

TEST_CASE("sum/total: a partial list that almost makes the total is one wrong number") {
  CHECK_FIXTURE(kPack, R"(
全年共受理申请1000件，其中网上申请601件，信函申请300件，当面申请90件。
//! :8 t/total {"stated":1000,"computed":991,"unit":"件","parts":[{"value":601,"line":1,"column":20},{"value":300,"line":1,"column":29},{"value":90,"line":1,"column":38}],"difference":-9,"tolerance":0,"likely_wrong":""}
)");
}

TEST_CASE("sum/total: unmarked parts that exceed their total are a wrong number too") {
  CHECK_FIXTURE(kPack, R"(
全年共受理申请524件，其中网上申请301件，信函申请200件，当面申请145件。
//! :8 t/total {"stated":524,"computed":646,"unit":"件","parts":[{"value":301,"line":1,"column":19},{"value":200,"line":1,"column":28},{"value":145,"line":1,"column":37}],"difference":122,"tolerance":0,"likely_wrong":""}
全年共受理申请900件，其中网上申请301件，信函申请200件，当面申请145件。
)");
}

TEST_CASE("sum/total says which number the shares point at") {
  CHECK_FIXTURE(kPack, R"(
主动公开信息11908条，其中政务动态6143条，占51.59%，专题报道1728条，占14.51%，其他信息4686条，占39.35%。
//! :7 t/total {"stated":11908,"computed":12557,"unit":"条","parts":[{"value":6143,"line":1,"column":20},{"value":1728,"line":1,"column":38},{"value":4686,"line":1,"column":56}],"difference":649,"tolerance":0,"likely_wrong":"parts"}
主动公开信息10000条，其中政务动态6143条，占48.92%，其他信息6414条，占51.08%。
//! :7 t/total {"stated":10000,"computed":12557,"unit":"条","parts":[{"value":6143,"line":2,"column":20},{"value":6414,"line":2,"column":38}],"difference":2557,"tolerance":0,"likely_wrong":"total"}
)");
}

TEST_CASE("sum/part: a part larger than its total") {
  CHECK_FIXTURE(kPack, R"(
全市共受理依申请公开47件，其中市政府处理52件。
//! :22 t/part {"stated":47,"part":{"value":52,"line":1,"column":22},"unit":"件"}
)");
}

TEST_CASE("sum/difference") {
  CHECK_FIXTURE(kPack, R"(
申报采购资金为1138万元，成交资金为1102万元，比采购申报资金减少36万元。
申报采购资金为1138万元，成交资金为1102万元，比采购申报资金减少46万元。
//! :36 t/diff {"stated":46,"computed":36,"unit":"万元","earlier":{"value":1138,"line":2,"column":8},"later":{"value":1102,"line":2,"column":20},"tolerance":1.5}
今年收到申请120件，比去年增加20件。
)");
}

TEST_CASE("sum: the message names the likely culprit through a choice placeholder") {
  auto findings = CheckWithPack(kPack,
                                "主动公开信息10000条，其中政务动态6143条，占48.92%，其他信息6414条，占51.08%。");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "total 10000 != 12557 (total?)");
}

}  // namespace
}  // namespace reportlint::testing
