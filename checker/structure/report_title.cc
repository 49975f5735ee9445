// Title lines: the line forms a title takes on published pages, and the year and
// organisation it names.
#include "checker/structure/report_title.h"

#include <algorithm>

#include "checker/values/chinese_numeral.h"
#include "checker/util/regex.h"
#include "checker/util/sentences.h"

namespace reportlint {
namespace {

constexpr size_t kTitleSearchLines = 20;
constexpr size_t kMaxReportTitleLength = 80;
// A title broken over two lines: a head and a short tail ("…信息公开工作" / "年度报告").
constexpr size_t kMaxSplitHead = 40;
constexpr size_t kMaxSplitTail = 20;

const Regex& TitlePattern() {
  static const auto re =
      MustCompile(std::string(kDisclosureKind) + ".*(?:年度.{0,4}报告|年报|工作报告|情况的?报告$)");
  return *re;
}

// A line that opens with the report's name and goes on with its text
// ("清水县人民政府2019年政府信息公开工作年度报告一、总体情况2019年,…"). The name is
// an organisation, the year and the kind, with no punctuation in between; what
// follows starts the report (a heading, 根据…, a year, the name again) or is the
// page's chrome (发布时间, 来源, 字体 of a page that lost its line breaks), so a
// sentence that merely contains the name ("…将按时编制2023年…年度报告。") is not one.
const Regex& RunTogetherTitlePattern() {
  static const auto re = [] {
    const std::string name = std::string(kNameChar) + "{0,30}?";
    return MustCompile(
        "^《?" + name + "(?<![0-9])(?:19|20)[0-9]{2} ?年度?" + name + kDisclosureKind +
        "(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)》?" +
        "(?= ?(?:$|" + kOrdinalCharClass + "{1,2}[、.]|\\(" + kOrdinalCharClass + "{1,2}\\)" +
        "|根据|按照|依据|依照|引言|前言|概述|发布(?:时间|日期|机构)|来源|浏览|字[体号]|索引号|" +
        name + "(?:19|20)[0-9]{2} ?年))");
  }();
  return *re;
}

const Regex& TitleYearPattern() {
  static const auto re = MustCompile("(?<![0-9])((?:19|20)[0-9]{2}) ?年度?");
  return *re;
}

// A line with a sentence's punctuation is a sentence that names the report
// ("现公布…年度报告。"), not its title.
bool HasSentencePunctuation(std::u32string_view line) {
  return std::any_of(line.begin(), line.end(),
                     [](char32_t c) { return IsClauseMark(c) || c == U',' || c == U':'; });
}

const Regex& NavigationPattern() {
  static const auto re = MustCompile(
      "[>»›]|^(?:上一篇|下一篇|上一条|下一条|相关(?:链接|文章|阅读|报告|信息)|热门|推荐)");
  return *re;
}

const Regex& OrganisationSuffix() {
  static const auto re = MustCompile("(?:人民政府|政府)?" + std::string(kDisclosureKind) + ".*$");
  return *re;
}

// The title's text without Markdown's "# " markup, and where it starts.
std::u32string_view WithoutMarkup(std::u32string_view line, size_t* markup) {
  *markup = 0;
  while (*markup < line.size() && (line[*markup] == U'#' || line[*markup] == U' ')) ++*markup;
  return line.substr(*markup);
}

bool EndsWith(std::u32string_view s, std::u32string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// `title` sits at `begin` in the folded text, except that from `joined_at` on
// (a split title's second line) it sits at `second_begin`.
TitleLine MakeTitle(std::u32string title, size_t line, size_t begin, size_t end,
                    size_t joined_at = std::u32string::npos, size_t second_begin = 0) {
  auto place = [&](size_t i) { return i < joined_at ? begin + i : second_begin + (i - joined_at); };
  TitleLine t;
  t.line = line;
  t.begin = begin;
  t.end = end;
  t.text = std::move(title);
  RegexMatch whole;
  std::vector<RegexMatch> g;
  if (TitleYearPattern().FindGroups(t.text, 0, &whole, &g)) {
    t.year = std::stoi(std::string(t.text.begin() + g[0].begin, t.text.begin() + g[0].end));
    t.year_begin = place(whole.begin);
    t.year_end = place(whole.end);
    // The organisation is what the title names besides the year and the
    // report's own name: 荆州市2015年… / 2018年泸州市政府信息公开…
    std::u32string org = t.text.substr(0, whole.begin) + t.text.substr(whole.end);
    if (auto suffix = OrganisationSuffix().Find(org)) org.resize(suffix->begin);
    while (!org.empty() && (org.back() == U' ' || org.back() == U'》')) org.pop_back();
    if (!org.empty() && org.front() == U'《') org.erase(0, 1);
    if (org.starts_with(U"关于")) org.erase(0, 2);  // 关于2022年度…情况的报告
    t.organisation = org;
  }
  return t;
}

}  // namespace

std::vector<TitleLine> FindTitles(const std::u32string& text, const std::vector<LineSpan>& lines) {
  std::vector<TitleLine> titles;
  size_t searched = std::min(lines.size(), kTitleSearchLines);
  for (size_t li = 0; li < searched; ++li) {
    size_t markup = 0;
    std::u32string_view line = WithoutMarkup(LineText(text, lines[li]), &markup);
    // A title opens its line: what lies beyond the first characters says
    // nothing of it (and a regex over a long paragraph costs a scan).
    constexpr size_t kTitleWindow = 160;
    if (line.empty() || NavigationPattern().Matches(line.substr(0, kTitleWindow))) continue;
    size_t begin = lines[li].begin + markup;
    if (line.size() <= kMaxReportTitleLength && !HasSentencePunctuation(line) &&
        TitlePattern().Matches(line)) {
      TitleLine t = MakeTitle(std::u32string(line), li, begin, lines[li].end);
      // A title without a year must at least end like one; a line that only
      // names the kind ("关于印发…年度报告的通知") is not the title.
      if (t.year || EndsWith(line, U"报告")) titles.push_back(std::move(t));
      continue;
    }
    if (li + 1 < lines.size() && line.size() <= kMaxSplitHead && !HasSentencePunctuation(line)) {
      std::u32string_view next = LineText(text, lines[li + 1]);
      std::u32string joined = std::u32string(line) + std::u32string(next);
      if (!next.empty() && next.size() <= kMaxSplitTail && !HasSentencePunctuation(next) &&
          !TitlePattern().Matches(next) && TitlePattern().Matches(joined) &&
          TitleYearPattern().Matches(joined)) {
        titles.push_back(MakeTitle(std::move(joined), li, begin, lines[li + 1].end, line.size(),
                                   lines[li + 1].begin));
        ++li;  // the tail line is part of this title
        continue;
      }
    }
    // Only a line that names a report near its start can open with its title.
    if (line.substr(0, kTitleWindow).find(U"报") == std::u32string_view::npos) continue;
    if (auto m = RunTogetherTitlePattern().Find(line)) {
      titles.push_back(
          MakeTitle(std::u32string(line.substr(0, m->end)), li, begin, begin + m->end));
    }
  }
  return titles;
}

}  // namespace reportlint
