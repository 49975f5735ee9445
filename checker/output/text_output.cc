// The canonical text format: "path:line:col: severity: message [rule-id]", the
// source line clipped around the span, a caret under it, and a summary line.
#include <fmt/format.h>

#include "checker/output/formats.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// Report lines are often whole paragraphs; show a window around the span
// (at most kMaxShown characters, about 100 terminal columns of Chinese).
constexpr int kContextBefore = 10;
constexpr int kContextAfter = 10;
constexpr int kMaxShown = 50;

const char* SeverityColor(Severity s) {
  switch (s) {
    case Severity::kError: return "\033[1;31m";
    case Severity::kWarning: return "\033[1;33m";
    case Severity::kInfo: return "\033[1;36m";
  }
  return "";
}

void WriteSnippet(const Document& doc, const Finding& f, bool color, std::ostream& out) {
  std::u32string_view line = doc.Line(f.begin.line);
  if (line.empty()) return;
  int len = static_cast<int>(line.size());
  int start = f.begin.column - 1;
  int stop = f.end.line == f.begin.line ? f.end.column - 1 : len;
  start = std::clamp(start, 0, len);
  stop = std::clamp(stop, start, len);
  int from = std::max(0, start - kContextBefore);
  int to = std::min({len, std::max(stop, start + 1) + kContextAfter, from + kMaxShown});
  std::string shown = from > 0 ? "…" : "";
  std::string marks = from > 0 ? " " : "";
  for (int i = from; i < to; ++i) {
    char32_t c = line[i] == U'\t' ? U' ' : line[i];
    AppendUtf8(c, &shown);
    // A wide character takes two columns: the caret goes under its first.
    char first = i == start ? '^' : (i > start && i < stop) ? '~' : ' ';
    char second = first == '^' ? (stop > start + 1 ? '~' : ' ') : first;
    marks.push_back(first);
    if (DisplayWidth(c) == 2) marks.push_back(second);
  }
  if (start >= to) marks += "^";  // an empty span at the line end
  if (to < len) shown += "…";
  while (!marks.empty() && marks.back() == ' ') marks.pop_back();
  out << "  " << shown << "\n  ";
  if (color) out << "\033[1;32m";
  out << marks;
  if (color) out << "\033[0m";
  out << "\n";
}

std::string Summary(const Tally& t, const std::string& lang) {
  if (lang == "en") {
    auto plural = [](int n, const char* word) {
      return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
    };
    std::string s = fmt::format("{} checked: {}, {}, {}", plural(t.files, "file"),
                                plural(t.errors, "error"), plural(t.warnings, "warning"),
                                plural(t.infos, "info"));
    if (t.unreadable > 0) s += fmt::format("; {} could not be read", plural(t.unreadable, "file"));
    return s;
  }
  std::string s = fmt::format("已检查 {} 个文件：{} 个错误，{} 个警告，{} 个提示", t.files,
                              t.errors, t.warnings, t.infos);
  if (t.unreadable > 0) s += fmt::format("；{} 个文件无法读取", t.unreadable);
  return s;
}

}  // namespace

void WriteText(const std::vector<FileResult>& files, const OutputOptions& options,
               std::ostream& out) {
  const bool color = options.color;
  for (const FileResult& file : files) {
    for (const Finding& f : file.findings) {
      if (color) out << "\033[1m";
      out << file.path << ":" << f.begin.line << ":" << f.begin.column << ": ";
      if (color) out << "\033[0m" << SeverityColor(f.severity);
      out << SeverityName(f.severity) << ":";
      if (color) out << "\033[0m";
      out << " " << f.message << " [" << f.rule_id << "]\n";
      if (file.document) WriteSnippet(*file.document, f, color, out);
    }
  }
  out << Summary(CountFindings(files), options.lang) << "\n";
}

}  // namespace reportlint
