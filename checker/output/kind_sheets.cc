// One sheet per cross-report kind (kind_sheets.h): the findings of that kind
// with their evidence spread into columns, and Excel-safe sheet names.
#include "checker/output/kind_sheets.h"

#include <algorithm>
#include <map>

#include "checker/findings/evidence.h"
#include "checker/output/sheet_rows.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// The kinds' names on their sheet in Chinese — the one place to add one; a
// kind not listed keeps its own name ("跨报告-KIND").
constexpr std::pair<const char*, const char*> kKindLabels[] = {
    {"coverage", "覆盖"},
    {"carry-over", "结转"},
    {"rollup", "汇总"},
    {"copied-text", "雷同文本"},
};

std::string WantedName(const std::string& kind, const std::string& lang) {
  if (lang == "en") return kind;
  for (const auto& [name, label] : kKindLabels) {
    if (kind == name) return std::string("跨报告-") + label;
  }
  return "跨报告-" + kind;
}

std::string Folded(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// At most `n` characters of `s`.
std::u32string Clip(std::u32string s, size_t n) {
  if (s.size() > n) s.resize(n);
  return s;
}

}  // namespace

std::string SheetName(const std::string& wanted, std::set<std::string>& taken) {
  constexpr size_t kMax = 31;  // Excel's limit
  std::u32string name = Utf8ToU32(wanted);
  for (char32_t& c : name) {
    if (std::u32string_view(U"[]:*?/\\").find(c) != std::u32string_view::npos) c = U'_';
  }
  while (!name.empty() && name.front() == U'\'') name.erase(0, 1);
  while (!name.empty() && name.back() == U'\'') name.pop_back();
  if (name.empty()) name.push_back(U'_');
  std::set<std::string> folded;
  for (const std::string& t : taken) folded.insert(Folded(t));
  std::string out = U32ToUtf8(Clip(name, kMax));
  for (int n = 2; folded.count(Folded(out)); ++n) {
    std::string suffix = "~" + std::to_string(n);  // ASCII: a character a byte
    out = U32ToUtf8(Clip(name, kMax - suffix.size())) + suffix;
  }
  taken.insert(out);
  return out;
}

std::vector<KindSheet> KindSheets(const CorpusResult& corpus, const std::string& lang,
                                  std::set<std::string>& taken) {
  std::vector<KindSheet> sheets;
  std::map<std::string, size_t> index;         // kind -> its sheet
  std::vector<std::vector<std::string>> keys;  // per sheet, the evidence keys in first-seen order
  for (const PlacedFinding& p : corpus.findings) {
    auto [it, added] = index.try_emplace(p.finding.kind, sheets.size());
    if (added) {
      sheets.push_back(
          {p.finding.kind, SheetName(WantedName(p.finding.kind, lang), taken), {}, {}});
      keys.emplace_back();
    }
    std::vector<std::string>& sheet_keys = keys[it->second];
    const nlohmann::ordered_json evidence = EvidenceOf(p.finding);  // outlives items()
    for (const auto& [key, value] : evidence.items()) {
      if (std::find(sheet_keys.begin(), sheet_keys.end(), key) == sheet_keys.end()) {
        sheet_keys.push_back(key);
      }
    }
  }
  const std::vector<std::string> f = FindingHeaders(lang);
  for (size_t i = 0; i < sheets.size(); ++i) {
    sheets[i].headers = {f[0], f[4], f[1], f[2], f[3]};  // path, line, rule, severity, message
    for (const std::string& key : keys[i]) sheets[i].headers.push_back(key);
  }
  for (const PlacedFinding& p : corpus.findings) {
    size_t i = index[p.finding.kind];
    const Finding& f = p.finding;
    nlohmann::ordered_json evidence = EvidenceOf(f);
    nlohmann::ordered_json cells = nlohmann::ordered_json::array(
        {p.path, f.begin.line, f.rule_id, SeverityText(f.severity, lang), f.message});
    for (const std::string& key : keys[i])
      cells.push_back(evidence.value(key, nlohmann::ordered_json()));
    sheets[i].rows.push_back(std::move(cells));
  }
  return sheets;
}

}  // namespace reportlint
