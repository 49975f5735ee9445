// Fixtures for the `ratio` kind: findings written above the line they concern
// (`# expect: RULE:COL EVIDENCE`, the pack-fixture dialect, tests/test_util.h).
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
  - id: t/bound
    kind: ratio
    check: rate-bound
    severity: error
    message: {zh: "超过", en: "{rate} {stated_percent}% > 100%"}
)";

TEST_CASE("ratio/share: printed precision is the tolerance") {
  CHECK_FIXTURE(kPack, R"(
主动公开信息8335条。其中，市直各单位6213条，占74.5%；各乡镇2122条，占25.5%。
# expect: t/share:28 {"numerator":{"value":6213,"line":4,"column":21},"denominator":{"value":8335,"line":4,"column":7},"stated_percent":76.5,"computed_percent":74.54,"unit":"条","total_from":"previous_sentence","rejected":[]}
# expect: t/share:44 {"numerator":{"value":2122,"line":4,"column":37},"denominator":{"value":8335,"line":4,"column":7},"stated_percent":23.5,"computed_percent":25.46,"unit":"条","total_from":"previous_sentence","rejected":[]}
主动公开信息8335条。其中，市直各单位6213条，占76.5%；各乡镇2122条，占23.5%。
)");
}

TEST_CASE("ratio/share: shares take their base from the list they belong to") {
  // 47 of the three totals before the list, 59 after 已答复; a whole percentage is rounded
  // too (36/59 = 61.02% is printed 61%); shares that fit no total but agree on one are of a
  // total the text does not print.
  CHECK_FIXTURE(kPack, R"(
共受理59件，新收到47件，较上一年度增加42件。其中，信函39件，占83%；电子邮件7件，占14.9%；在线1件，占2.1%；当面0件，占0%。
已答复59件。其中“予以公开”3件，占已答复件数的5.1%；“部分公开”36件，占61%；“不予公开”2件，占3.4%；“无法提供”18件，占30.5%。
主动公开信息500条。其中，政策文件30条，占30%；工作动态70条，占70%。
)");
}

TEST_CASE("ratio/share: a share off by more than its rounding, however it is written") {
  // 5/12 = 41.67% is printed 42, not 41; 10/1323 = 0.76%, not 0.7 (written 类比例0.7%).
  CHECK_FIXTURE(kPack, R"(
# expect: t/share:42 {"numerator":{"value":5,"line":2,"column":38},"denominator":{"value":12,"line":2,"column":11},"stated_percent":41,"computed_percent":41.67,"unit":"条","total_from":"previous_sentence","rejected":[{"total":1,"from":"first_part","computed":11,"contradictions":1}]}
累计主动公开政府信息12条。在主动公开的信息中，指南1条，占8%；其他公文5条，占41%；决算预算2条，占17%，采购目录2条，占17%，公示公告2条，占17%。
# expect: t/share:55 {"numerator":{"value":10,"line":4,"column":44},"denominator":{"value":1323,"line":4,"column":9},"stated_percent":0.7,"computed_percent":0.76,"unit":"条","total_from":"previous_sentence","rejected":[]}
主动公开政府信息1323条。其中：机构职能类43条，机构职能类比例3.3%；规划计划类10条，规划计划类比例0.7%。
)");
}

TEST_CASE("ratio/share-sum: the shares of part of a total add up to at most 100%") {
  // The shares choose 606 over the cumulative 2739; under 606 they add up to 101%.
  CHECK_FIXTURE(kPack, R"(
共主动公开信息606条，其中全文电子化率达100%，目前总计主动公开信息2739条。
# expect: t/sum:29 {"stated_sum":101,"shares":[8.42,1.16,91.42],"tolerance":0.015,"limit":"at-most","total_from":"previous_sentence","rejected":[{"total":2739,"from":"previous_sentence","computed":618,"contradictions":3},{"total":3345,"from":"sum_of_counts","computed":618,"contradictions":1},{"total":51,"from":"first_part","computed":567,"contradictions":1}]}
在主动公开的信息中，法规文件类信息51条，占总体的比例为8.42%；规划计划类信息7条，占总体的比例为1.16%；业务动态类信息554条，占总体的比例为91.42%；调整机构职能类信息6条。
)");
}

TEST_CASE("ratio: one wrong share spoils the shares' sum, and only the share is reported") {
  CHECK_FIXTURE(kPack, R"(
# expect: t/share:22 {"numerator":{"value":32,"line":2,"column":17},"denominator":{"value":47,"line":2,"column":6},"stated_percent":58.1,"computed_percent":68.09,"unit":"件","total_from":"previous_sentence","rejected":[{"total":32,"from":"first_part","computed":15,"contradictions":1}]}
共收到申请47件。其中，予以公开32件，占58.1%；部分公开9件，占19.1%；不予公开6件，占12.8%。
)");
}

TEST_CASE("ratio/share-sum: shares of a whole list add to 100% within their rounding") {
  CHECK_FIXTURE(kPack, R"(
公开信息467328条。其中，概况信息1949条，占0.42%；计划总结信息2617条，占0.56%；规范性文件信息121条，占0.03%；工作动态信息211074条，占45.2%；人事信息1506条，占0.32%；财政信息6146条，占1.32%；行政执法信息23059条，占4.93%；其他信息220856条，占47.26%。
)");
}

TEST_CASE("ratio: one root cause, one finding — right shares of a wrong sum are not re-flagged") {
  CHECK_FIXTURE(kPack, R"(
# expect: t/sum:29 {"stated_sum":105.44,"shares":[51.59,14.51,2.44,0.13,1.92,0.29,34.56],"tolerance":0.035,"limit":"equal","total_from":"stated","rejected":[{"total":6143,"from":"first_part","computed":6414,"contradictions":1}]}
主动公开政务信息11908条，其中政务动态6143条，占51.59%，专题报道1728条，占14.51%，政策法规291条，占2.44%，人事任免16条，占0.13%，规划计划229条，占1.92%，机构设置35条，占0.29%，其他信息4115条，占34.56%。
)");
}

TEST_CASE("ratio/rate: the base is a number the sentence gives, also a smaller one") {
  // 受理236件，办结263件 cannot give 100%; a bounded rate above 100% is a defect by itself,
  // a growth rate is not. New and carried-over counts add up to a base, and a count in
  // brackets may be part of the numerator or not.
  CHECK_FIXTURE(kPack, R"(
有效诉求中当场答复20050件，转部门办理14272件，已办结13832件，办结率达到96.92%。
# expect: t/rate:44 {"numerator":{"value":13832,"line":3,"column":32},"denominator":{"value":14272,"line":3,"column":22},"stated_percent":98.5,"computed_percent":96.92,"unit":"件","total_from":"stated","rejected":[{"base":20050,"from":"same_sentence"},{"base":34322,"from":"sum_of_counts"}]}
有效诉求中当场答复20050件，转部门办理14272件，已办结13832件，办结率达到98.5%。
网上咨询951人次、市长热线48件，答复率均为100%。
# expect: t/rate:20 {"numerator":{"value":263,"line":6,"column":12},"denominator":{"value":236,"line":6,"column":5},"stated_percent":100,"computed_percent":111.44,"unit":"件","total_from":"stated","rejected":[]}
受理申请236件，办结263件，办结率100%。
# expect: t/bound:8 {"rate":"满意率","stated_percent":105}
群众满意率达到105%，申请数量同比增长率为120%。
新收申请50件，上年结转5件，办结55件，办结率100%。
新收申请50件，办结55件(含上年结转5件)，办结率100%。
)");
}

}  // namespace
}  // namespace reportlint::testing
