// Part names of declared lists, as patterns over folded text.
#include "checker/structure/part_names.h"

#include <utility>
#include <vector>

#include "checker/util/regex.h"

namespace reportlint {
namespace {

struct Compound {
  std::shared_ptr<const Regex> before;  // the end of the text before the connective
  std::shared_ptr<const Regex> after;   // the start of the text after it
  bool needs_frame;                     // one part only with a shared 情况 or 因…
};

const std::vector<Compound>& Compounds() {
  static const std::vector<Compound> kCompounds = {
      {MustCompile("收费(?:的)?$"), MustCompile("^减免"), false},
      {MustCompile("(?:问题|困难|不足)$"), MustCompile("^(?:改进|整改|问题|不足|建议|措施)"),
       false},
      {MustCompile("收到$"), MustCompile("^处理"), false},
      {MustCompile("依申请公开(?:政府信息)?$"), MustCompile("^不予公开"), false},
      {MustCompile("(?:复议|诉讼|投诉|申诉)$"),
       MustCompile("^(?:被|提起|申请)?(?:行政)?(?:复议|诉讼|投诉|申诉)"), true},
  };
  return kCompounds;
}

// "…、提起行政诉讼的情况": the 情况 that closes the run before the next separator.
const Regex& SharedClose() {
  static const auto re = MustCompile("^[^、,;]{0,14}?情况");
  return *re;
}

const Regex& SharedOpen() {  // 因政府信息公开申请行政复议、提起行政诉讼
  static const auto re = MustCompile("^ ?因");
  return *re;
}

const Regex& PartOpening() {
  static const auto re = MustCompile(
      "^(?:因|关于)?(?:政府信息公开(?:工作)?(?:的)?)?"
      "(?:主动公开|依申请|申请行政复议|收到和处理|收费|回应|解读|存在|行政复议|其他|附表|总体情况|"
      "概述|不予公开|问题|下一步|工作计划|监督|组织)");
  return *re;
}

// The words a part's name ends with; compared as suffixes, not with a regex:
// a declared list is cut at every position, so this runs once per character.
constexpr std::u32string_view kPartClosings[] = {U"情况", U"措施", U"事项", U"概述",
                                                 U"附表", U"思路", U"计划"};

}  // namespace

bool JoinsOnePart(std::u32string_view before, std::u32string_view after) {
  for (const Compound& c : Compounds()) {
    if (!c.before->Matches(before) || !c.after->Matches(after)) continue;
    if (!c.needs_frame || SharedClose().Matches(after) || SharedOpen().Matches(before)) return true;
  }
  return false;
}

bool OpensPart(std::u32string_view text) { return PartOpening().Matches(text); }

bool ClosesPart(std::u32string_view text) {
  for (std::u32string_view w : kPartClosings) {
    if (text.size() >= w.size() && text.substr(text.size() - w.size()) == w) return true;
  }
  return false;
}

}  // namespace reportlint
