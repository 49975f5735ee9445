// Fixtures for the `ratio` kind: findings written under the line they concern.
#include <doctest/doctest.h>

#include "tests/test_util.h"

namespace reportlint::testing {
namespace {

const char* kPack = R"(
rules:
  - id: t/share
    kind: ratio
    check: share
    severity: error
    message: {zh: "占比", en: "{numerator}/{denominator} = {computed_percent}% not {stated_percent}%"}
  - id: t/sum
    kind: ratio
    check: share-sum
    severity: error
    message: {zh: "合计", en: "shares add to {stated_sum}%"}
  - id: t/rate
    kind: ratio
    check: rate
    severity: warning
    message: {zh: "比率", en: "rate {stated_percent}% vs {computed_percent}%"}
)";

TEST_CASE("ratio/share: printed precision is the tolerance") {
  CHECK_FIXTURE(kPack, R"(
主动公开信息8335条。其中，市直各单位6213条，占74.5%；各乡镇2122条，占25.5%。
主动公开信息8335条。其中，市直各单位6213条，占76.5%；各乡镇2122条，占23.5%。
//! :28 t/share {"numerator":{"value":6213,"line":2,"column":21},"denominator":{"value":8335,"line":2,"column":7},"stated_percent":76.5,"computed_percent":74.54,"unit":"条"}
//! :44 t/share {"numerator":{"value":2122,"line":2,"column":37},"denominator":{"value":8335,"line":2,"column":7},"stated_percent":23.5,"computed_percent":25.46,"unit":"条"}
)");
}

TEST_CASE("ratio/share-sum: shares of a whole list add to 100% within their rounding") {
  CHECK_FIXTURE(kPack, R"(
公开信息467328条。其中，概况信息1949条，占0.42%；计划总结信息2617条，占0.56%；规范性文件信息121条，占0.03%；工作动态信息211074条，占45.2%；人事信息1506条，占0.32%；财政信息6146条，占1.32%；行政执法信息23059条，占4.93%；其他信息220856条，占47.26%。
)");
}

TEST_CASE("ratio: one root cause, one finding — right shares of a wrong sum are not re-flagged") {
  CHECK_FIXTURE(kPack, R"(
主动公开政务信息11908条，其中政务动态6143条，占51.59%，专题报道1728条，占14.51%，政策法规291条，占2.44%，人事任免16条，占0.13%，规划计划229条，占1.92%，机构设置35条，占0.29%，其他信息4115条，占34.56%。
//! :29 t/sum {"stated_sum":105.44,"shares":[51.59,14.51,2.44,0.13,1.92,0.29,34.56],"tolerance":0.035}
)");
}

TEST_CASE("ratio/rate: the base is the number the sentence gives") {
  CHECK_FIXTURE(kPack, R"(
有效诉求中当场答复20050件，转部门办理14272件，已办结13832件，办结率达到96.92%。
有效诉求中当场答复20050件，转部门办理14272件，已办结13832件，办结率达到98.5%。
//! :44 t/rate {"numerator":{"value":13832,"line":2,"column":32},"denominator":{"value":14272,"line":2,"column":22},"stated_percent":98.5,"computed_percent":96.92,"unit":"件"}
网上咨询951人次、市长热线48件，答复率均为100%。
)");
}

}  // namespace
}  // namespace reportlint::testing
