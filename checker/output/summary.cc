// Run totals and their two text renderings: the summary line and the table.
// Widths count display columns, so Chinese headers align.
#include "checker/output/summary.h"

#include <fmt/format.h>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

int Width(const std::string& s) {
  int w = 0;
  for (char32_t c : Utf8ToU32(s)) w += DisplayWidth(c);
  return w;
}

// `s` padded with spaces to `width` columns, on the left or the right.
std::string Pad(const std::string& s, int width, bool right_align) {
  std::string fill(std::max(0, width - Width(s)), ' ');
  return right_align ? fill + s : s + fill;
}

}  // namespace

void RunSummary::Add(const Result& file) {
  ++files;
  if (file.error) ++unreadable;
  if (!file.findings.empty()) ++with_findings;
  if (!file.error && file.findings.empty()) clean_.insert(file.path);
  suppressed += file.suppressed;
  baselined += file.baselined;
  for (const Finding& f : file.findings) Count(f);
}

void RunSummary::AddCorpus(const CorpusResult& corpus) {
  suppressed += corpus.suppressed;
  baselined += corpus.baselined;
  for (const PlacedFinding& p : corpus.findings) {
    Count(p.finding);
    if (clean_.erase(p.path) > 0) ++with_findings;
  }
}

void RunSummary::Count(const Finding& f) {
  switch (f.severity) {
    case Severity::kError:
      ++errors;
      break;
    case Severity::kWarning:
      ++warnings;
      break;
    case Severity::kInfo:
      ++infos;
      break;
  }
  auto [it, inserted] = by_rule.try_emplace(f.rule_id, std::array<int, 3>{0, 0, 0});
  ++it->second[static_cast<int>(f.severity)];
}

void RunSummary::Merge(const RunSummary& o) {
  files += o.files;
  unreadable += o.unreadable;
  with_findings += o.with_findings;
  errors += o.errors;
  warnings += o.warnings;
  infos += o.infos;
  suppressed += o.suppressed;
  baselined += o.baselined;
  clean_.insert(o.clean_.begin(), o.clean_.end());
  for (const auto& [rule, counts] : o.by_rule) {
    auto [it, inserted] = by_rule.try_emplace(rule, std::array<int, 3>{0, 0, 0});
    for (int i = 0; i < 3; ++i) it->second[i] += counts[i];
  }
}

std::string SummaryLine(const RunSummary& t, const std::string& lang) {
  if (lang == "en") {
    auto plural = [](int n, const char* word) {
      return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
    };
    std::string s =
        fmt::format("{} checked: {}, {}, {}", plural(t.files, "file"), plural(t.errors, "error"),
                    plural(t.warnings, "warning"), plural(t.infos, "info"));
    if (t.unreadable > 0) s += fmt::format("; {} could not be read", plural(t.unreadable, "file"));
    if (t.suppressed > 0) s += fmt::format("; {} suppressed", t.suppressed);
    if (t.baselined > 0) s += fmt::format("; {} in the baseline", t.baselined);
    return s;
  }
  std::string s = fmt::format("已检查 {} 个文件：{} 个错误，{} 个警告，{} 个提示", t.files,
                              t.errors, t.warnings, t.infos);
  if (t.unreadable > 0) s += fmt::format("；{} 个文件无法读取", t.unreadable);
  if (t.suppressed > 0) s += fmt::format("；{} 个已被指令抑制", t.suppressed);
  if (t.baselined > 0) s += fmt::format("；{} 个已记入基线", t.baselined);
  return s;
}

std::string SummaryTable(const RunSummary& s, const std::string& lang) {
  if (s.by_rule.empty()) return "";
  const bool en = lang == "en";
  std::string rule_head = en ? "rule" : "规则";
  std::string total_label = en ? "total" : "合计";
  const std::string heads[3] = {en ? "infos" : "提示", en ? "warnings" : "警告",
                                en ? "errors" : "错误"};
  int name_width = std::max(Width(rule_head), Width(total_label));
  for (const auto& [rule, counts] : s.by_rule) name_width = std::max(name_width, Width(rule));
  int col = 8;
  auto row = [&](const std::string& name, const std::string(&cells)[3]) {
    // Columns: errors, warnings, infos (most severe first).
    std::string line = Pad(name, name_width, false);
    for (int i = 2; i >= 0; --i) line += "  " + Pad(cells[i], col, true);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line + "\n";
  };
  std::string out = row(rule_head, heads);
  std::array<int, 3> total{0, 0, 0};
  for (const auto& [rule, counts] : s.by_rule) {
    std::string cells[3];
    for (int i = 0; i < 3; ++i) {
      cells[i] = std::to_string(counts[i]);
      total[i] += counts[i];
    }
    out += row(rule, cells);
  }
  std::string cells[3];
  for (int i = 0; i < 3; ++i) cells[i] = std::to_string(total[i]);
  out += row(total_label, cells);
  out += en ? fmt::format("{} of {} files have findings\n", s.with_findings, s.files)
            : fmt::format("{} 个文件中有 {} 个存在问题\n", s.files, s.with_findings);
  return out;
}

}  // namespace reportlint
