// Naming sentences and the choice of the report year among title, naming sentences
// and period.
#include "checker/facts/report_year.h"

#include <set>

#include "checker/util/regex.h"

namespace reportlint {
namespace {

// A report names itself in its opening; further down, "编制…年度报告" is about
// other reports or next year's.
constexpr size_t kNamingWindow = 3000;

// Before the year: a naming verb, then at most the organisation (no digits, no
// punctuation) — group 1 is a 《 that opens the report's own title.
const Regex& NamingVerbBeforeYear() {
  static const auto re =
      MustCompile("(?:现将|公布|发布|编制|编写|编撰|形成|汇总)(?:了|的|并|出)?(《)?" +
                  std::string(kNameChar) + "{0,20}$");
  return *re;
}

const Regex& ReportAtSentenceHead() {
  static const auto re = MustCompile("^ ?本(?:年度)?(?:报告|年报)");
  return *re;
}

// What follows the name of a format or of the notice about the reports
// (…年度报告格式, …年度报告编制发布工作的通知), which are not this report.
constexpr const char* kNotTheNotice =
    "(?!格式|编制发布|编制工作|编制要求|编报|发布工作|有关事项|的?通知|工作的通知)";

// After the year: the organisation (or several: 各区政府和各委、办、局的), the kind
// and the report.
const Regex& ReportAfterYear() {
  static const auto re =
      MustCompile("^[^\\s,.。;:!?《》“”\"\\[\\]〔〕<>|0-9]{0,30}?" + std::string(kDisclosureKind) +
                  "[^,.。;:!?0-9]{0,16}?"
                  "(?:年度报告|年报|工作报告|情况报告|报告如下|总结如下|公布如下|汇报如下)" +
                  kNotTheNotice);
  return *re;
}

const Regex& BareReportAfterYear() {  // 现公布2022年度报告
  static const auto re = MustCompile("^报告" + std::string(kNotTheNotice));
  return *re;
}

// Next year's report is a plan, not this report ("下一步将按时编制2023年…年度报告").
const Regex& FutureCue() {
  static const auto re = MustCompile("(?<![现特])将|计划|拟|准备|下一步|力争|预计|明年");
  return *re;
}

// The span from the naming verb (or the year) to the end of the report's name
// when `y` names the report; nullopt otherwise.
std::optional<RegexMatch> NamingSpan(std::u32string_view text, const YearMention& y) {
  if (y.is_date) return std::nullopt;
  std::u32string_view before = text.substr(y.sentence_begin, y.begin - y.sentence_begin);
  std::u32string_view after = text.substr(y.end, y.sentence_end - y.end);
  RegexMatch whole;
  std::vector<RegexMatch> g;
  bool verb = NamingVerbBeforeYear().FindGroups(before, 0, &whole, &g);
  bool own_title_quote = verb && g[0].begin != std::u32string_view::npos;
  if (!verb && !ReportAtSentenceHead().Matches(before)) return std::nullopt;
  if ((y.quoted && !own_title_quote) || FutureCue().Matches(before)) return std::nullopt;
  auto name = ReportAfterYear().Find(after);
  if (!name && text[y.end - 1] == U'度') name = BareReportAfterYear().Find(after);
  if (!name) return std::nullopt;
  return RegexMatch{verb ? y.sentence_begin + whole.begin : y.begin, y.end + name->end};
}

}  // namespace

const char* YearSourceName(YearSource source) {
  switch (source) {
    case YearSource::kTitle:
      return "title";
    case YearSource::kNamingSentence:
      return "naming_sentence";
    case YearSource::kPeriod:
      return "period";
    case YearSource::kNone:
      return "";
  }
  return "";
}

std::vector<YearClaim> FindNamingSentences(std::u32string_view text,
                                           const std::vector<YearMention>& years) {
  std::vector<YearClaim> claims;
  for (const YearMention& y : years) {
    if (y.begin >= kNamingWindow) break;
    if (auto span = NamingSpan(text, y)) {
      claims.push_back({y.year, YearSource::kNamingSentence, span->begin, span->end});
    }
  }
  return claims;
}

ReportYear DecideReportYear(const std::vector<TitleLine>& titles,
                            const std::vector<YearClaim>& naming_sentences,
                            const std::vector<PeriodStatement>& periods) {
  ReportYear r;
  std::set<int> named;
  auto take = [&](int year, YearSource source, size_t begin, size_t end) {
    named.insert(year);
    if (r.year) return;
    r.year = year;
    r.source = source;
    r.begin = begin;
    r.end = end;
  };
  for (const TitleLine& t : titles) {
    if (t.year) take(*t.year, YearSource::kTitle, t.begin, t.end);
  }
  for (const YearClaim& c : naming_sentences) take(c.year, c.source, c.begin, c.end);
  r.named_years.assign(named.begin(), named.end());
  if (!r.year && !periods.empty()) {
    const PeriodStatement& p = periods.front();
    r.year = p.start.year;
    r.source = YearSource::kPeriod;
    r.begin = p.begin;
    r.end = p.end;
  }
  return r;
}

}  // namespace reportlint
