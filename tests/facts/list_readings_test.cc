// Which reading of a list its numbers support: the chosen total, its parts and what
// fails under it, one dump line per list.
#include "checker/facts/list_readings.h"

#include <doctest/doctest.h>

#include "checker/values/number_scanner.h"
#include "checker/normalize/folded_text.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// The reading of every total-and-parts relation of `text`, one per line.
std::string Readings(std::string_view text, ReadingOptions options = {}) {
  FoldedText folded(Utf8ToU32(text));
  auto q = ScanQuantities(folded.text());
  std::string out;
  for (const Relation& r : ExtractRelations(folded.text(), q, RelationLexicon())) {
    if (r.kind != RelationKind::kTotalParts) continue;
    out += DebugString(ReadList(q, r, options), r, folded.text(), q) + "\n";
  }
  return out;
}

TEST_CASE("a list opened in a new sentence keeps the total it is consistent with") {
  // The parts belong to 120, not to the aside 5.
  CHECK(Readings("共答复申请120件，包括上年结转5件。其中，予以公开80件，部分公开30件，不予公开10件。") ==
        "reading 120件 (stated): 5件, partial; consistent\n"
        "reading 120件 (previous_sentence): 80件 + 30件 + 10件, whole (adds up); consistent\n");
  // The parts add up to 115 + 5.
  CHECK(Readings("本年新收申请115件，上年结转申请5件。其中，予以公开80件，部分公开30件，其他10件。") ==
        "reading 115件+5件 (sum_of_counts): 80件 + 30件 + 10件, whole (adds up); consistent\n");
  // Shares take their base from the list: 47, not the 59 before it.
  CHECK(Readings("共受理59件，新收到47件，较上一年度增加42件。其中，信函39件，占83%；电子邮件7件，"
                 "占14.9%；在线1件，占2.1%；当面0件，占0%。") ==
        "reading 47件 (previous_sentence): 39件 + 7件 + 1件 + 0件, whole (adds up); consistent\n");
}

TEST_CASE("a whole list no total fits is reported under the nearest total that can hold it") {
  // 5 is nearer but smaller than a part; 115 + 5 is only a reading when it adds up.
  CHECK(Readings("本年新收申请115件，上年结转申请5件。其中，予以公开80件，部分公开30件，其他20件。") ==
        "reading 115件 (previous_sentence): 80件 + 30件 + 20件, whole; fails: sum\n");
  CHECK(Readings("主动公开信息8769条。其中，通过网站2100条，通过县网站5469条，通过媒体1600余条，"
                 "通过其他形式600余条。") ==
        "reading 8769条 (previous_sentence): 2100条 + 5469条 + 1600余条 + 600余条, whole; fails: sum\n");
}

TEST_CASE("a list may restate its total as its first part") {
  CHECK(Readings("共发布600条。其中通过县网站发布5469条，专栏解读2620条，其他信息2849条。") ==
        "reading 5469条 (first_part): 2620条 + 2849条, whole (adds up); consistent\n");
}

TEST_CASE("parts that exceed their total are wrong, also in a partial list of two") {
  CHECK(Readings("共100条，其中政策文件30条，工作动态80条。") ==
        "reading 100条 (stated): 30条 + 80条, partial; fails: sum\n");
  // Unless the categories overlap by nature.
  CHECK(Readings("全年公开信息1000条，其中通过网站发布800条，通过微信发布600条。") ==
        "reading 1000条 (stated): 800条 + 600条, partial; consistent\n");
  // A part with a bracketed count may stand without it (20 - 2 + 156 = 174).
  CHECK(Readings("主动公开174条，其中形势分析类20条(同时撤销2条)，工作动态类156条。") ==
        "reading 174条 (stated): 20条 + 156条, whole (adds up); consistent\n");
  // A leading run that adds up is the whole total, whatever follows it.
  CHECK(Readings("受理54件，上年结转2件。其中予以公开45件，部分公开4件，不予公开6件，结转下年度1件，"
                 "引发行政复议2件。") ==
        "reading 54件+2件 (sum_of_counts): 45件 + 4件 + 6件 + 1件, whole (adds up); consistent\n");
}

TEST_CASE("shares choose between the totals and then the sum is checked") {
  // The shares fit 606, not the cumulative 2739: under 606 the parts exceed it
  // and the three shares add up to 101%.
  CHECK(Readings("共主动公开信息606条，其中全文电子化率达100%，目前总计主动公开信息2739条。\n"
                 "在主动公开的信息中，法规文件类信息51条，占总体的比例为8.42%；规划计划类信息7条，"
                 "占总体的比例为1.16%；业务动态类信息554条，占总体的比例为91.42%；调整机构职能类信息6条。") ==
        "reading 606条 (previous_sentence): 51条 + 7条 + 554条 + 6条, partial; fails: sum, share sum\n");
  // One share off by more than its rounding (5/12 = 41.67%, printed 41%).
  CHECK(Readings("累计主动公开政府信息12条。在主动公开的信息中，指南1条，占8%；其他公文5条，占41%；"
                 "决算预算2条，占17%，采购目录2条，占17%，公示公告2条，占17%。") ==
        "reading 12条 (previous_sentence): 1条 + 5条 + 2条 + 2条 + 2条, whole (adds up); fails: share 41%\n");
}

TEST_CASE("shares that fit no total but agree on one are of a total the text does not print") {
  CHECK(Readings("主动公开信息500条。其中，政策文件30条，占30%；工作动态70条，占70%。") ==
        "reading 500条 (previous_sentence): 30条 + 70条, partial, shares of an unstated total; consistent\n");
  // Shares that imply different totals are wrong one by one.
  CHECK(Readings("主动公开政府信息数104条。其中，机构职能类2条，占总数的1.5%；法规文件类21条，"
                 "占总数的22.6%。") ==
        "reading 104条 (previous_sentence): 2条 + 21条, partial; fails: share 1.5%, share 22.6%\n");
}

TEST_CASE("a sum equal to the total's digits accuses its scale word") {
  CHECK(Readings("政府网站主动公开政府信息173769万条。市政府主动公开75656条，县政府主动公开98113条。") ==
        "reading 173769万条 (previous_sentence): 75656条 + 98113条, whole (scale slip); fails: sum\n");
  CHECK(Readings("全年主动公开信息1.7万条，其中市政府7000条，县政府10000条。") ==
        "reading 1.7万条 (stated): 7000条 + 10000条, whole (adds up); consistent\n");
}

TEST_CASE("a list without an opener counts only when it adds up or a share ties it") {
  CHECK(Readings("主动公开信息100条。政策文件30条，占30%；工作动态70条，占70%。") ==
        "reading 100条 (previous_sentence): 30条 + 70条, whole (adds up); consistent\n");
  CHECK(Readings("主动公开信息100条。政策文件30条，占20%；工作动态60条，占40%。") ==
        "no reading\n");
}

TEST_CASE("near_sum_percent reads an unmarked list just short of its total as whole") {
  std::string text = "全年共受理申请1000件，其中网上申请601件，信函申请300件，当面申请90件。";
  CHECK(Readings(text) == "reading 1000件 (stated): 601件 + 300件 + 90件, partial; consistent\n");
  ReadingOptions near;
  near.near_sum_percent = 10;
  CHECK(Readings(text, near) ==
        "reading 1000件 (stated): 601件 + 300件 + 90件, whole (near the total); fails: sum\n");
  // Two parts are never enough, nor a gap beyond the limit.
  CHECK(Readings("全年共受理申请1000件，其中网上申请601件，信函申请390件。", near) ==
        "reading 1000件 (stated): 601件 + 390件, partial; consistent\n");
  CHECK(Readings("全年共受理申请1000件，其中网上申请501件，信函申请300件，当面申请90件。", near) ==
        "reading 1000件 (stated): 501件 + 300件 + 90件, partial; consistent\n");
}

}  // namespace
}  // namespace reportlint
