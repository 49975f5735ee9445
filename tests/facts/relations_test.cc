// What the relation extractor reads from prose: one-line dumps compared in tables.
#include "checker/facts/relations.h"

#include <doctest/doctest.h>

#include "checker/values/number_scanner.h"
#include "checker/normalize/folded_text.h"
#include "checker/util/sentences.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// Every relation of `text` (folded first, as the checker does), one per line.
std::string Relations(std::string_view text, const std::vector<bool>& excluded = {}) {
  FoldedText folded(Utf8ToU32(text));
  auto q = ScanQuantities(folded.text());
  std::string out;
  for (const Relation& r : ExtractRelations(folded.text(), q, RelationLexicon(), excluded)) {
    out += DebugString(r, folded.text(), q) + "\n";
  }
  return out;
}

TEST_CASE("a total and the parts after 其中") {
  CHECK(Relations("共受理诉求34322件，其中市长热线29698件，市长信箱3384件，行风热线932件，"
                  "党报热线244件，社区频道64件。") ==
        "total 34322件 | 29698件 (first_part) = 29698件 + 3384件 + 932件 + 244件 + 64件  "
        "[partial]  (cue 其中)\n");
}

TEST_CASE("the list's last part named 其他 makes it the whole total") {
  CHECK(Relations("全区土地流转总面积8.04万亩，其中流向农户3.928万亩、合作社1.509万亩、"
                  "企业1.835万亩、其它0.678万亩。") ==
        "total 8.04万亩 | 3.928万亩 (first_part) = 3.928万亩 + 1.509万亩 + 1.835万亩 + "
        "0.678万亩  [whole (remainder named)]  (cue 其中)\n");
  // The label after the number, and a lead word before the head.
  CHECK(Relations("受理申请3件，其中2件为网上申请，1件为其他方式。") ==
        "total 3件 = 2件 + 1件  [whole (remainder named)]  (cue 其中)\n");
  CHECK(Relations("主动公开8769条，其中通过网站2100条，通过其他形式600余条。") ==
        "total 8769条 = 2100条 + 600余条  [whole (remainder named)]  (cue 其中)\n");
}

TEST_CASE("其他 inside a label, or not in the last part, does not close the list") {
  CHECK(Relations("主动公开信息80条，其中：机构信息3条；其他文件信息6条；动态信息71条。") ==
        "total 80条 | 3条 (first_part) = 3条 + 6条 + 71条  [partial]  (cue 其中)\n");
  CHECK(Relations("主动公开信息80条，其中行政许可、行政确认和其他权力事项12条，政策文件68条。") ==
        "total 80条 = 12条 + 68条  [partial]  (cue 其中)\n");
}

TEST_CASE("a list runs to the end of its sentence, whatever separates its parts") {
  CHECK(Relations("主动公开信息345条，其中规章11条、行政规范性文件8条、其他文件102条；工作报告2条"
                  "(中英文各1条)、财政信息4条、政务动态213条、其他信息5条。") ==
        "total 345条 | 11条 (first_part) = 11条 + 8条 + 102条 + 2条 + 4条 + 213条 + 5条  "
        "[whole (remainder named)]  (cue 其中)\n");
  // A part without a unit is a part.
  CHECK(Relations("受理申请1500件，其中予以公开1200件，部分公开58，占3.9%，不予公开242件。") ==
        "total 1500件 | 1200件 (first_part) = 1200件 + 58 (3.9%) + 242件  [partial]  (cue 其中)\n");
}

TEST_CASE("a list ends at a part in another unit or at a new statement") {
  CHECK(Relations("共受理申请50件，其中网上申请30件，按时办结48件。") ==
        "total 50件 = 30件  [partial]  (cue 其中)\n");
  CHECK(Relations("共受理申请100件，其中网上申请60件；办理答复95件。") ==
        "total 100件 = 60件  [partial]  (cue 其中)\n");
  CHECK(Relations("累计主动公开信息10220条，其中政务动态4792条，目录信息5403条，新开设专栏6个，"
                  "发布解读信息44条。") ==
        "total 10220条 = 4792条 + 5403条  [partial]  (cue 其中)\n");
  CHECK(Relations("共受理申请10件，其中网上申请8件，已全部办结10件。") ==
        "total 10件 = 8件  [partial]  (cue 其中)\n");
  CHECK(Relations("公开安全生产信息227条，其中事故调查报告8起，安全生产通报12期。") == "");
  // A count in another unit before the first part describes it.
  CHECK(Relations("共公开信息500条，其中涉及12个部门的信息300条，其他信息200条。") ==
        "total 500条 = 300条 + 200条  [whole (remainder named)]  (cue 其中)\n");
  // Changes are never parts or totals.
  CHECK(Relations("共受理申请100件，其中网上申请60件，比上年增加5件，信函申请40件。") ==
        "total 100件 = 60件 + 40件  [partial]  (cue 其中)\n");
}

TEST_CASE("a list opened in a new sentence offers every total of the sentence before") {
  CHECK(Relations("共答复申请120件，包括上年结转5件。其中，予以公开80件，部分公开30件，不予公开10件。") ==
        "total 120件 = 5件  [partial]  (cue 包括)\n"
        "total 5件 (previous_sentence) | 120件 (previous_sentence) | 120件+5件 (sum_of_counts) | "
        "80件 (first_part) = 80件 + 30件 + 10件  [partial]  (cue 其中)\n");
  // A change ("增加42件") is not among them.
  CHECK(Relations("共受理59件，新收到47件，较上一年度增加42件。其中，信函39件，占83%；电子邮件7件，"
                  "占14.9%；在线1件，占2.1%。") ==
        "total 47件 (previous_sentence) | 59件 (previous_sentence) | 59件+47件 (sum_of_counts) | "
        "39件 (first_part) = 39件 (83%) + 7件 (14.9%) + 1件 (2.1%)  [partial]  (cue 其中)\n");
  // An aside in brackets is never a total.
  CHECK(Relations("主动公开政府信息467328条（不同渠道公开相同信息计一条）。其中，概况信息1949条。") ==
        "total 467328条 (previous_sentence) = 1949条  [partial]  (cue 其中)\n");
}

TEST_CASE("a list inside a list holds the parts of its part up to its clause end") {
  CHECK(Relations("业务动态类信息554条，包括统计信息等内容，占91.42%；调整机构职能类信息6条。") == "");
  CHECK(Relations("主动公开5469条，其中规划类20条，其中撤销2条；动态类156条。") ==
        "total 5469条 = 20条 + 156条  [partial]  (cue 其中)\n"
        "total 20条 | 5469条 (same_sentence) | 5469条+20条 (sum_of_counts) = 2条  [partial]  (cue 其中)\n");
}

TEST_CASE("a count in brackets after a part is kept as its aside") {
  FoldedText folded(Utf8ToU32("主动公开174条，其中形势分析类20条(同时撤销2条)，工作动态类156条。"));
  auto q = ScanQuantities(folded.text());
  auto r = ExtractRelations(folded.text(), q, RelationLexicon());
  REQUIRE(r.size() == 1);
  REQUIRE(r[0].parts.size() == 2);
  CHECK(r[0].parts[0].aside == 2);
  CHECK(r[0].parts[1].aside == -1);
}

TEST_CASE("publication channels overlap by nature") {
  CHECK(Relations("全年公开信息1000条，其中通过网站发布800条，通过微信发布600条。") ==
        "total 1000条 = 800条 + 600条  [partial, overlapping]  (cue 其中)\n");
  CHECK(Relations("全年公开信息1000条，其中政策文件800条，工作动态600条。") ==
        "total 1000条 = 800条 + 600条  [partial]  (cue 其中)\n");
}

TEST_CASE("在…中 opens a list of the total stated before") {
  CHECK(Relations("累计主动公开信息12条。在主动公开的信息中，指南1条，占8%；其他公文5条，占41%；"
                  "决算预算6条，占50%。") ==
        "total 12条 (previous_sentence) | 1条 (first_part) = 1条 (8%) + 5条 (41%) + 6条 (50%)  "
        "[partial]  (cue 在…中)\n");
  // A scope whose first item is a new statement ("已答复…") lists nothing.
  // A circumstance ("在工作中") is no collection to list.
  CHECK(Relations("主动公开信息12条。在工作中，政策文件30条，动态类信息6条。") == "");
  CHECK(Relations("在收到的申请中，已答复59件，答复率为100%。") ==
        "rate 100% = ?  [at most 100%]  (cue 答复率)\n");
}

TEST_CASE("shares are read in every way reports write them") {
  std::string dump = Relations(
      "主动公开信息1000条。其中，机构类100条，机构类比例10%；法规类200条(占20%)；"
      "规划类300条，30%占比；业务类400条(40%)。");
  CHECK(dump ==
        "total 1000条 (previous_sentence) | 100条 (first_part) = 100条 (10%) + 200条 (20%) + "
        "300条 (30%) + 400条 (40%)  [partial]  (cue 其中)\n");
  // Shares given in turn after the parts.
  CHECK(Relations("共收到申请30件，其中网上申请22件，信函申请5件，当面申请3件，占比分别为73.3%、16.7%、10%。") ==
        "total 30件 | 22件 (first_part) = 22件 (73.3%) + 5件 (16.7%) + 3件 (10%)  [partial]  (cue 其中)\n");
  // A rate after a part is not its share.
  CHECK(Relations("受理申请100件，其中网上申请60件，答复率100%。") ==
        "total 100件 = 60件  [partial]  (cue 其中)\n"
        "rate 100% = ?  [at most 100%]  (cue 答复率)\n");
}

TEST_CASE("a sentence of parts with shares belongs to the total before it") {
  CHECK(Relations("主动公开信息100条。政策文件30条，占30%；工作动态70条，占70%。") ==
        "total 100条 (previous_sentence) = 30条 (30%) + 70条 (70%)  [partial, implicit]  (cue )\n");
}

TEST_CASE("a total written after its parts") {
  CHECK(Relations("网上申请105件，快递17件，合计122件。") ==
        "total 122件 = 105件 + 17件  [whole (opener)]  (cue 合计)\n");
  // Its parts are the run of counts before it that adds up, if one does.
  CHECK(Relations("去年受理40件，今年网上申请30件，信函申请20件，合计50件。") ==
        "total 50件 = 30件 + 20件  [whole (opener)]  (cue 合计)\n");
}

TEST_CASE("counts after a total printed with 万 are kept for a stray scale word") {
  CHECK(Relations("政府网站主动公开政府信息173769万条。市政府主动公开75656条，县政府主动公开98113条。") ==
        "total 173769万条 (previous_sentence) = 75656条 + 98113条  [partial, implicit]  (cue )\n");
  // Without a scale word parallel counts are no relation.
  CHECK(Relations("城市低保43003人，农村低保28075人。") == "");
  CHECK(Relations("主动公开173769条。市政府75656条，县政府98113条。") == "");
}

TEST_CASE("分别 pairing subjects with numbers is not a breakdown") {
  CHECK(Relations("共发布信息7910条，微信和微博分别为1408条、6502条。") == "");
  CHECK(Relations("共办理复议案件5件，分别为维持3件、纠正1件。") ==
        "total 5件 = 3件 + 1件  [whole (opener)]  (cue 分别为)\n");
}

TEST_CASE("numbers of a table are never a total or a part") {
  std::string text = "共受理申请100件，其中网上申请60件，信函申请40件。";
  FoldedText folded(Utf8ToU32(text));
  auto q = ScanQuantities(folded.text());
  CHECK(Relations(text, std::vector<bool>(q.size(), true)) == "");
  CHECK(Relations(text, {true}) == "");  // the total is a table cell: no list
}

TEST_CASE("a rate over the number just before its numerator") {
  CHECK(Relations("当场答复20050件，转部门办理14272件，已办结13832件，办结率达到96.92%。") ==
        "rate 96.92% = 13832件 / 14272件 | 20050件 | 20050件+14272件  [at most 100%]  (cue 办结率)\n");
  // Adjacent counts add up to a base: new and carried over.
  CHECK(Relations("新收申请50件，上年结转5件，办结55件，办结率100%。") ==
        "rate 100% = 55件 / 5件 | 50件 | 50件+5件  [at most 100%]  (cue 办结率)\n");
  // A base smaller than the numerator is a defect to report, not one to skip.
  CHECK(Relations("受理236件，办结263件，办结率100%。") ==
        "rate 100% = 263件 / 236件  [at most 100%]  (cue 办结率)\n");
  // The numerator must name what the rate counts; without one only the bound is kept.
  CHECK(Relations("网上咨询951人次、市长热线48件，答复率均为100%。") ==
        "rate 100% = ?  [at most 100%]  (cue 答复率)\n");
  CHECK(Relations("全文电子化率达100%。") == "rate 100% = ?  [at most 100%]  (cue 电子化率)\n");
  // Growth rates are not bounded, and without a count there is nothing to keep.
  CHECK(Relations("申请数量增长率为120%。") == "");
}

TEST_CASE("a stated difference") {
  CHECK(Relations("申报采购资金为1138万元，成交资金为1102万元，比采购申报资金减少36万元。") ==
        "difference 36万元 = 1138万元 - 1102万元  (cue 减少)\n");
  CHECK(Relations("今年收到申请120件，去年100件，比去年增加20件。") == "");
}

TEST_CASE("a stretch without a sentence end is read in sentences of at most 2000 characters") {
  std::u32string clause = U"其中网上申请12件,";  // 10 characters
  std::u32string text;
  for (int i = 0; i < 500; ++i) text += clause;
  std::u32string storage;
  std::u32string_view bounded = WithBoundedSentences(text, &storage);
  REQUIRE(bounded.size() == text.size());
  size_t begin = 0, cuts = 0;
  for (size_t i = 0; i < bounded.size(); ++i) {
    if (bounded[i] != text[i]) {
      CHECK(text[i] == U',');  // cut at an item separator
      CHECK(bounded[i] == U'。');
      CHECK(i - begin <= kMaxSentenceChars);
      begin = i + 1;
      ++cuts;
    }
  }
  CHECK(cuts == 2);  // 5000 characters: 2000 + 2000 + 1000
  // Real sentences are left alone, and no copy is made.
  std::u32string prose = U"共受理申请3件,其中网上2件,当面1件。\n";
  CHECK(WithBoundedSentences(prose, &storage).data() == prose.data());
}

TEST_CASE("after a stretch cut into pieces, the next sentence reads as it would alone") {
  std::string sentence = "共受理申请3件，其中网上2件，当面1件。";
  std::string text;
  for (int i = 0; i < 300; ++i) text += "办结申请12件，";  // 2100 characters, no list
  CHECK(Relations(text + "。" + sentence) == Relations(sentence));
}

}  // namespace
}  // namespace reportlint
