#include "checker/facts/year_mentions.h"

#include <doctest/doctest.h>

#include "checker/normalize/folded_text.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// "YEAR flags" per mention, flags in the order of YearMention's fields:
// o(pens) d(ate) q(uoted) c(omparison) p(lan) n(umber), "-" where unset.
std::string Mentions(const char* utf8) {
  FoldedText folded(Utf8ToU32(utf8));
  std::string out;
  for (const YearMention& y : FindYearMentions(folded.text())) {
    if (!out.empty()) out += ", ";
    out += std::to_string(y.year) + " ";
    out += y.opens_sentence ? 'o' : '-';
    out += y.is_date ? 'd' : '-';
    out += y.quoted ? 'q' : '-';
    out += y.comparison ? 'c' : '-';
    out += y.plan ? 'p' : '-';
    out += y.states_count ? 'n' : '-';
  }
  return out;
}

TEST_CASE("year mentions and what their sentence says") {
  const char* kCases[][2] = {
      // Data of a year: opens the sentence and states a count.
      {"2016年度全镇共发生火灾3起。", "2016 o----n"},
      {"2017年,共受理申请十二件。", "2017 o----n"},
      {"在2016年共公开信息1,200条。", "2016 o----n"},
      {"截至2016年底共有网站3个。", "2016 od---n"},
      {"全年2016 年度办理5件。", "2016 o----n"},
      // A point in time.
      {"2016年3月召开会议2次。", "2016 od---n"},
      {"2016年上半年公开信息20条。", "2016 od---n"},
      {"2019-03-13印发。", ""},  // no 年: not a year mention
      // Quoted titles (not opening the sentence, so its flags are not read).
      {"印发《关于2016年政务公开工作要点的通知》1份。", "2016 --q---"},
      {"开设“2016年脱贫攻坚”专栏3个。", "2016 --q---"},
      {"完成《2016年重点工作》3项。", "2016 --q---"},
      // Comparisons.
      {"较2016年增加12件。", "2016 o--c-n"},  // one character before: opens
      {"2016年共收到申请12件,比上年增长20%。", "2016 o--c-n"},
      // Plans.
      {"2019年将继续加强平台建设。", "2019 o---p-"},
      {"2019年计划新建栏目2个。", "2019 o---pn"},
      // No count in the rest of the sentence.
      {"2016年,我县政务公开工作取得新进展。", "2016 o-----"},
      {"受理申请12件。2016年工作很好。", "2016 o-----"},  // the count is in another sentence
      // Not a year at all.
      {"共12016年", ""},
      {"第1999号", ""},
  };
  for (const auto& c : kCases) CHECK_MESSAGE(Mentions(c[0]) == std::string(c[1]), std::string(c[0]));
}

TEST_CASE("a mention deep in a sentence does not open it") {
  // The sentence's flags are read only for a year that opens it.
  CHECK(Mentions("根据县政府办公室的统一安排,2016年共办理12件。") == "2016 ------");
}

TEST_CASE("sentences end at 。 ; ! ? and line ends") {
  std::u32string text = U"前言。2016年共办理12件;其他\n下一行";
  auto ms = FindYearMentions(text);
  REQUIRE(ms.size() == 1);
  CHECK(U32ToUtf8(text.substr(ms[0].sentence_begin, ms[0].sentence_end - ms[0].sentence_begin)) ==
        "2016年共办理12件");
  CHECK(U32ToUtf8(text.substr(ms[0].begin, ms[0].end - ms[0].begin)) == "2016年");
}

}  // namespace
}  // namespace reportlint
