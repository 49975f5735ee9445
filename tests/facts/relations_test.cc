// What the relation extractor reads from prose: one-line dumps compared in tables.
#include "checker/facts/relations.h"

#include <doctest/doctest.h>

#include "checker/facts/number_scanner.h"
#include "checker/normalize/folded_text.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// Every relation of `text` (folded first, as the checker does), one per line.
std::string Relations(std::string_view text) {
  FoldedText folded(Utf8ToU32(text));
  auto q = ScanQuantities(folded.text());
  std::string out;
  for (const Relation& r : ExtractRelations(folded.text(), q, RelationLexicon())) {
    out += DebugString(r, folded.text(), q) + "\n";
  }
  return out;
}

TEST_CASE("a total and the parts after 其中") {
  CHECK(Relations("共受理诉求34322件，其中市长热线29698件，市长信箱3384件，行风热线932件，"
                  "党报热线244件，社区频道64件。") ==
        "total 34322件 = 29698件 + 3384件 + 932件 + 244件 + 64件  [whole (adds up)]  (cue 其中)\n");
}

TEST_CASE("a list ending in 其他 is the whole total, right or wrong") {
  CHECK(Relations("全区土地流转总面积8.04万亩，其中流向农户3.928万亩、合作社1.509万亩、"
                  "企业1.835万亩、其它0.678万亩。") ==
        "total 8.04万亩 = 3.928万亩 + 1.509万亩 + 1.835万亩 + 0.678万亩  "
        "[whole (remainder named)]  (cue 其中)\n");
  CHECK(Relations("受理申请3件，其中2件为网上申请，1件为其他方式。") ==
        "total 3件 = 2件 + 1件  [whole (remainder named)]  (cue 其中)\n");
}

TEST_CASE("分别为 announces the whole list") {
  CHECK(Relations("共办理复议案件5件，分别为维持3件、纠正1件。") ==
        "total 5件 = 3件 + 1件  [whole (分别)]  (cue 分别为)\n");
}

TEST_CASE("其中 at the start of a sentence refers to the last number before it") {
  CHECK(Relations("主动公开信息100738余条，内容包括规范性文件等。其中，通过政府公报公开149条，"
                  "其他方式公开21010条。") ==
        "total 100738余条 = 149条 + 21010条  [whole (remainder named)]  (cue 其中)\n");
  // An aside in brackets is never the total.
  CHECK(Relations("主动公开政府信息467328条（不同渠道公开相同信息计一条）。其中，概况信息1949条。") ==
        "total 467328条 = 1949条  [partial]  (cue 其中)\n");
}

TEST_CASE("a partial list keeps only the parts of its first clause") {
  // Channel counts overlap on purpose; after the ';' they are not parts.
  CHECK(Relations("通过政府网站公开信息112881条，其中市政府网站公开信息40762条；通过政务微博公开"
                  "信息28805条；通过报刊、广播等方式公开信息436637条。") ==
        "total 112881条 = 40762条  [partial]  (cue 其中)\n");
  CHECK(Relations("全市共受理依申请公开472件，其中市政府处理22件，不予公开0件。") ==
        "total 472件 = 22件 + 0件  [partial]  (cue 其中)\n");
}

TEST_CASE("a leading run that adds up ends the list") {
  CHECK(Relations("全年共分房1447户，其中廉租房77户，公租房1370户，享受补助的已脱贫户104户。") ==
        "total 1447户 = 77户 + 1370户  [whole (adds up)]  (cue 其中)\n");
}

TEST_CASE("parts must be counted in the total's unit") {
  CHECK(Relations("公开安全生产信息227条，其中事故调查报告8起，安全生产通报12期。") == "");
  // "人次(件)": the total is counted in both units.
  CHECK(Relations("接受咨询21323人次(件)，其中现场咨询9202人次、电话咨询11122人次、网上咨询951人次、"
                  "市长热线48件。") ==
        "total 21323人次 = 9202人次 + 11122人次 + 951人次 + 48件  [whole (adds up)]  (cue 其中)\n");
}

TEST_CASE("shares follow their parts") {
  CHECK(Relations("主动公开信息8335条。其中，市直各单位6213条，占74.5%；各乡镇2122条，占25.5%。") ==
        "total 8335条 = 6213条 (74.5%) + 2122条 (25.5%)  [whole (adds up)]  (cue 其中)\n");
}

TEST_CASE("parallel counts without a total are not a relation") {
  CHECK(Relations("城市低保43003人，农村低保28075人。") == "");
}

TEST_CASE("a rate over the number just before its numerator") {
  CHECK(Relations("当场答复20050件，转部门办理14272件，已办结13832件，办结率达到96.92%。") ==
        "rate 96.92% = 13832件 / 14272件 | 20050件  (cue 办结率)\n");
  // The numerator must name what the rate counts.
  CHECK(Relations("网上咨询951人次、市长热线48件，答复率均为100%。") == "");
  // No number before it: nothing to check.
  CHECK(Relations("全文电子化率达100%。") == "");
}

TEST_CASE("a stated difference") {
  CHECK(Relations("申报采购资金为1138万元，成交资金为1102万元，比采购申报资金减少36万元。") ==
        "difference 36万元 = 1138万元 - 1102万元  (cue 减少)\n");
  CHECK(Relations("今年收到申请120件，去年100件，比去年增加20件。") == "");
}

}  // namespace
}  // namespace reportlint
