// Fixtures for the `sum` kind: findings written above the line they concern
// (`# expect: RULE:COL EVIDENCE`, the pack-fixture dialect, tests/test_util.h).
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
    message: {zh: "合计{stated}≠{computed}", en: "total {stated} != {computed}{likely_wrong|total= (total?)|parts= (parts?)|scale= (scale?)}"}
  - id: t/part
    kind: sum
    check: part
    severity: warning
    message: {zh: "分项和{computed}>{stated}", en: "parts {computed} > {stated}"}
  - id: t/near
    kind: sum
    check: near-total
    severity: warning
    message: {zh: "接近", en: "near {computed} vs {stated}"}
  - id: t/diff
    kind: sum
    check: difference
    severity: error
    message: {zh: "差{stated}≠{computed}", en: "difference {stated} != {computed}"}
)";

TEST_CASE("sum/total fires on a whole list that does not add up, and says which total it read") {
  // A remainder (其他) closes the list; the total may stand in the sentence before, and
  // `rejected` lists the other totals that were tried: 5, the sum of counts 115 + 5, the
  // first part read as a restated total.
  CHECK_FIXTURE(kPack, R"(
# expect: t/total:13 {"stated":100738,"computed":121834,"unit":"条","parts_unit":"条","parts":[{"value":149,"line":2,"column":33},{"value":93861,"line":2,"column":46},{"value":5776,"line":2,"column":62},{"value":1038,"line":2,"column":76},{"value":21010,"line":2,"column":88}],"difference":21096,"tolerance":1,"likely_wrong":"","total_from":"previous_sentence","rejected":[{"total":149,"from":"first_part","computed":121685,"contradictions":1}]}
全市主动公开政府信息共计100738余条。其中，通过政府公报公开149条，通过政府网站公开93861余条，通过政务微博公开5776条，通过政务微信公开1038条，其他方式公开21010条。
# expect: t/total:10 {"stated":8.04,"computed":7.95,"unit":"万亩","parts_unit":"万亩","parts":[{"value":3.928,"line":4,"column":23},{"value":1.509,"line":4,"column":34},{"value":1.835,"line":4,"column":44},{"value":0.678,"line":4,"column":54}],"difference":-0.09,"tolerance":0.007,"likely_wrong":"","total_from":"stated","rejected":[{"total":3.928,"from":"first_part","computed":4.022,"contradictions":1}]}
全区土地流转总面积8.04万亩，其中流向农户3.928万亩、合作社1.509万亩、企业1.835万亩、其它0.678万亩。
# expect: t/total:7 {"stated":115,"computed":130,"unit":"件","parts_unit":"件","parts":[{"value":80,"line":6,"column":28},{"value":30,"line":6,"column":36},{"value":20,"line":6,"column":42}],"difference":15,"tolerance":0,"likely_wrong":"","total_from":"previous_sentence","rejected":[{"total":5,"from":"previous_sentence","computed":130,"contradictions":1},{"total":120,"from":"sum_of_counts","computed":130,"contradictions":1},{"total":80,"from":"first_part","computed":50,"contradictions":1}]}
本年新收申请115件，上年结转申请5件。其中，予以公开80件，部分公开30件，其他20件。
)");
}

TEST_CASE("sum/total: a sum equal to the total's digits accuses a stray 万") {
  CHECK_FIXTURE(kPack, R"(
# expect: t/total:13 {"stated":173769,"computed":173769,"unit":"万条","parts_unit":"条","parts":[{"value":75656,"line":2,"column":29},{"value":98113,"line":2,"column":43}],"difference":-1737516231,"tolerance":5000,"likely_wrong":"scale","total_from":"previous_sentence","rejected":[]}
政府网站主动公开政府信息173769万条。市政府主动公开75656条，县政府主动公开98113条。
)");
}

TEST_CASE("sum/total stays silent when some reading of the list is consistent") {
  // Lists that add up (also to a total of the sentence before, to the sum of parallel
  // counts, to a restated first part, in a leading run), partial lists, 其他 that is not
  // the last part, parts in other units, publication channels that overlap, new
  // statements (已全部办结) that end a list, parallel counts with no total.
  CHECK_FIXTURE(kPack, R"(
共受理诉求34322件，其中市长热线29698件，市长信箱3384件，行风热线932件，党报热线244件，社区频道64件。
全市共受理依申请公开472件，其中市政府处理22件。
土地流转总面积8.04万亩，其中农户3.93万亩、合作社1.51万亩、企业1.92万亩、其他0.68万亩。
全年共分房1447户，其中廉租房77户，公租房1370户，享受补助的已脱贫户104户。
公开安全生产信息227条，其中事故调查报告8起，安全生产通报12期。
城市低保43003人，农村低保28075人。
共答复申请120件，包括上年结转5件。其中，予以公开80件，部分公开30件，不予公开10件。
本年新收申请115件，上年结转申请5件。其中，予以公开80件，部分公开30件，其他10件。
主动公开信息80条，其中：机构信息3条；其他文件信息6条；动态信息71条。
主动公开信息345条，其中规章11条、行政规范性文件8条、其他文件102条；工作报告2条(中英文各1条)、财政信息4条、政务动态213条、其他信息5条。
累计主动公开信息10220条，其中政务动态4792条，目录信息5403条，新开设专栏6个，发布解读信息44条。
全年公开信息1000条，其中通过网站发布800条，通过微信发布600条。
共发布600条。其中通过县网站发布5469条，专栏解读2620条，其他信息2849条。
行政复议5宗、行政诉讼0宗，其中2宗维持原答复，1宗结果纠正，1宗其他结果，1宗尚未审结。
共受理申请10件，其中网上申请8件，已全部办结10件。
)");
}

TEST_CASE("sum/part: parts that add up to more than their total, even in a partial list") {
  CHECK_FIXTURE(kPack, R"(
# expect: t/part:2 {"stated":100,"computed":110,"unit":"条","parts_unit":"条","parts":[{"value":30,"line":2,"column":13},{"value":80,"line":2,"column":21}],"excess":10,"total_from":"stated","rejected":[]}
共100条，其中政策文件30条，工作动态80条。
# expect: t/part:11 {"stated":47,"computed":52,"unit":"件","parts_unit":"件","parts":[{"value":52,"line":4,"column":22}],"excess":5,"total_from":"stated","rejected":[]}
全市共受理依申请公开47件，其中市政府处理52件。
# expect: t/part:8 {"stated":524,"computed":646,"unit":"件","parts_unit":"件","parts":[{"value":301,"line":6,"column":19},{"value":200,"line":6,"column":28},{"value":145,"line":6,"column":37}],"excess":122,"total_from":"stated","rejected":[{"total":301,"from":"first_part","computed":345,"contradictions":1}]}
全年共受理申请524件，其中网上申请301件，信函申请200件，当面申请145件。
)");
}

TEST_CASE("sum/near-total: an unmarked list of three or more just short of its total") {
  // Only near-total says so (a warning); `total` reads such a list as partial.
  CHECK_FIXTURE(kPack, R"(
# expect: t/near:8 {"stated":1000,"computed":991,"unit":"件","parts_unit":"件","parts":[{"value":601,"line":2,"column":20},{"value":300,"line":2,"column":29},{"value":90,"line":2,"column":38}],"difference":-9,"tolerance":0,"likely_wrong":"","total_from":"stated","rejected":[{"total":601,"from":"first_part","computed":390,"contradictions":1}]}
全年共受理申请1000件，其中网上申请601件，信函申请300件，当面申请90件。
)");
}

TEST_CASE("sum/total says which number the shares point at") {
  CHECK_FIXTURE(kPack, R"(
# expect: t/total:7 {"stated":11908,"computed":12557,"unit":"条","parts_unit":"条","parts":[{"value":6143,"line":2,"column":20},{"value":1728,"line":2,"column":38},{"value":4686,"line":2,"column":56}],"difference":649,"tolerance":0,"likely_wrong":"parts","total_from":"stated","rejected":[{"total":6143,"from":"first_part","computed":6414,"contradictions":1}]}
主动公开信息11908条，其中政务动态6143条，占51.59%，专题报道1728条，占14.51%，其他信息4686条，占39.35%。
# expect: t/total:7 {"stated":10000,"computed":12557,"unit":"条","parts_unit":"条","parts":[{"value":6143,"line":4,"column":20},{"value":6414,"line":4,"column":38}],"difference":2557,"tolerance":0,"likely_wrong":"total","total_from":"stated","rejected":[]}
主动公开信息10000条，其中政务动态6143条，占48.92%，其他信息6414条，占51.08%。
)");
}

TEST_CASE("sum/difference") {
  CHECK_FIXTURE(kPack, R"(
申报采购资金为1138万元，成交资金为1102万元，比采购申报资金减少36万元。
# expect: t/diff:36 {"stated":46,"computed":36,"unit":"万元","earlier":{"value":1138,"line":3,"column":8},"later":{"value":1102,"line":3,"column":20},"tolerance":1.5,"total_from":"stated","rejected":[]}
申报采购资金为1138万元，成交资金为1102万元，比采购申报资金减少46万元。
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
