#include "checker/rules/kinds/sections_rule.h"

#include <algorithm>
#include <set>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

// Words every part title shares ("政府信息公开…情况"): they say nothing about
// which part a heading is, so the comparison ignores them.
const std::u32string_view kFiller[] = {U"政府信息公开", U"政府信息", U"信息公开", U"工作",
                                      U"情况", U"有关", U"相关", U"的", U"及", U"和", U"与",
                                      U"、", U",", U" "};

std::set<std::u32string> Bigrams(std::u32string s) {
  for (std::u32string_view f : kFiller) {
    for (size_t at; (at = s.find(f)) != std::u32string::npos;) s.replace(at, f.size(), U"|");
  }
  std::set<std::u32string> grams;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] != U'|' && s[i + 1] != U'|') grams.insert(s.substr(i, 2));
  }
  if (grams.empty() && !s.empty() && s != U"|") grams.insert(s);
  return grams;
}

// Share of the smaller bigram set found in the other one.
double Overlap(const std::set<std::u32string>& ga, const std::set<std::u32string>& gb) {
  if (ga.empty() || gb.empty()) return 0;
  size_t common = 0;
  for (const auto& g : ga) common += gb.count(g);
  return static_cast<double>(common) / static_cast<double>(std::min(ga.size(), gb.size()));
}

}  // namespace

// Sections that cannot be read are not missing, out of order or miscounted:
// every check but `readable` is silent on them, and `readable` says once that
// they were not assessed.
const std::vector<KindCheck<SectionsRule>>& SectionsRule::Checks() {
  static const std::vector<KindCheck<SectionsRule>> checks = {
      {"required", &SectionsRule::ConfigureRequired, &SectionsRule::CheckRequired, {"missing"}},
      {"order", &SectionsRule::ConfigureRequired, &SectionsRule::CheckOrder,
       {"section", "expected_after"}},
      {"declaration", nullptr, &SectionsRule::CheckDeclaration,
       {"declared", "listed", "found", "mismatch", "listed_readings"}},
      {"declared-parts", &SectionsRule::ConfigureDeclaredParts, &SectionsRule::CheckDeclaredParts,
       {"parts", "count"}},
      {"readable", nullptr, &SectionsRule::CheckReadable, {"lines", "longest_line"}},
      {"text-layer", nullptr, &SectionsRule::CheckTextLayer, {"pages"}},
      {"page-text", nullptr, &SectionsRule::CheckPageText, {"page", "pages"}},
      {"numbering", &SectionsRule::ConfigureNumbering, &SectionsRule::CheckNumbering,
       {"heading", "level", "number", "expected", "problem"}},
      {"empty", &SectionsRule::ConfigureEmpty, &SectionsRule::CheckEmpty,
       {"section", "heading", "says", "body"}},
  };
  return checks;
}

void SectionsRule::Configure(ParamReader& params) {
  ReadCheck(params, "check");
  max_level_ = params.Int("max_level", 2, 1, 6);
  ConfigureCheck(params);
}

void SectionsRule::ConfigureRequired(ParamReader& params) {
  required_ = ReadSectionPatterns(params, "required");
}

void SectionsRule::ConfigureDeclaredParts(ParamReader& params) {
  min_overlap_ = params.Int("min_overlap_percent", 50, 1, 100) / 100.0;
}

void SectionsRule::CheckReadable(const Analysis& a, RuleReporter& out) const {
  if (a.sections.readable) return;
  size_t lines = 0, longest = 0;
  for (const LineSpan& l : a.lines) {
    lines += l.end > l.begin;
    longest = std::max(longest, l.end - l.begin);
  }
  auto [begin, end] = a.WholeReportSpan();
  out.Report(begin, end, {{"lines", lines}, {"longest_line", longest}});
}

void SectionsRule::CheckTextLayer(const Analysis& a, RuleReporter& out) const {
  if (!a.sections.no_text) return;
  auto [begin, end] = a.WholeReportSpan();
  out.Report(begin, end, {{"pages", a.document->page_count()}});
}

// Each page without text is reported at the start of the first line after it
// (the end of the report when none follows), located on that page.
void SectionsRule::CheckPageText(const Analysis& a, RuleReporter& out) const {
  const std::vector<int>& blank = a.document->pages_without_text();
  size_t next_line = 0;
  for (int page : blank) {
    size_t at = a.folded.text().size();
    for (; next_line < a.lines.size(); ++next_line) {
      const LineSpan& l = a.lines[next_line];
      if (l.end == l.begin) continue;
      if (a.document->Locate(a.folded.SourceBegin(l.begin)).page > page) {
        at = l.begin;
        break;
      }
    }
    out.ReportOnPage(page, at, at, {{"page", page}, {"pages", a.document->page_count()}});
  }
}

void SectionsRule::CheckRequired(const Analysis& a, RuleReporter& out) const {
  if (!a.sections.readable) return;
  auto [begin, end] = a.WholeReportSpan();
  for (const SectionPattern& s : required_) {
    if (FindSection(a.sections, s, max_level_) < 0) out.Report(begin, end, {{"missing", s.name}});
  }
}

void SectionsRule::CheckOrder(const Analysis& a, RuleReporter& out) const {
  if (!a.sections.readable) return;
  int last_index = -1;
  const SectionPattern* last = nullptr;
  for (const SectionPattern& s : required_) {
    int i = FindSection(a.sections, s, max_level_);
    if (i < 0) continue;  // absence is the `required` check's business
    if (i < last_index) {
      const Heading& h = a.sections.headings[i];
      out.Report(h.begin, h.end, {{"section", s.name}, {"expected_after", last->name}});
      continue;
    }
    last_index = i;
    last = &s;
  }
}

void SectionsRule::CheckDeclaration(const Analysis& a, RuleReporter& out) const {
  if (!a.sections.readable) return;
  if (!a.declaration) return;
  const Declaration& d = *a.declaration;
  int found = static_cast<int>(a.sections.TopLevel().size());
  // `parts` is the reading of the list closest to the count: it has the
  // count's number of parts whenever some reading does (declared_list.h).
  int listed = static_cast<int>(d.parts.size());
  bool count_ok = !d.count || *d.count == found;
  bool list_ok = !d.count || listed == 0 || *d.count == listed;
  if (count_ok && list_ok) return;
  nlohmann::ordered_json ev;
  ev["declared"] = d.count ? *d.count : listed;
  ev["listed"] = listed;
  ev["found"] = found;
  ev["mismatch"] = !list_ok && !count_ok ? "both" : !list_ok ? "list" : "headings";
  if (d.min_parts != d.max_parts) ev["listed_readings"] = {d.min_parts, d.max_parts};
  out.Report(d.begin, d.end, ev);
}

void SectionsRule::CheckDeclaredParts(const Analysis& a, RuleReporter& out) const {
  if (!a.sections.readable) return;
  if (!a.declaration) return;
  const Declaration& d = *a.declaration;
  std::vector<int> top = a.sections.TopLevel();
  // When the report has fewer parts than it declares, the declaration check
  // already says so once; naming every absent part would repeat it.
  if (d.count && *d.count != static_cast<int>(top.size())) return;
  // One finding per declaration, naming every part without a heading.
  std::vector<std::set<std::u32string>> heading_grams;
  for (const Heading& h : a.sections.headings) {
    if (h.level <= max_level_) heading_grams.push_back(Bigrams(h.title));
  }
  nlohmann::ordered_json missing = nlohmann::ordered_json::array();
  for (const std::u32string& part : d.parts) {
    std::set<std::u32string> grams = Bigrams(part);
    bool found = std::any_of(heading_grams.begin(), heading_grams.end(), [&](const auto& g) {
      return Overlap(grams, g) >= min_overlap_;
    });
    if (!found) missing.push_back(U32ToUtf8(part));
  }
  if (missing.empty()) return;
  size_t count = missing.size();
  out.Report(d.begin, d.end, {{"parts", std::move(missing)}, {"count", count}});
}

}  // namespace reportlint
