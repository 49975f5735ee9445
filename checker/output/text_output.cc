// The canonical text format: "path:line:col: severity: message [rule-id]", the
// source line clipped around the span, a caret under it; at the end the summary
// table (several files) and the summary line.
#include <fmt/format.h>

#include <sstream>

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
    case Severity::kError:
      return "\033[1;31m";
    case Severity::kWarning:
      return "\033[1;33m";
    case Severity::kInfo:
      return "\033[1;36m";
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

// A DOCX line number means nothing in Word: say where the text is there.
void WordLocation(const Location& l, const std::string& lang, std::ostream& out) {
  bool en = lang == "en";
  if (l.page > 0) {  // PDF: the page first, then the table cell if any
    out << (en ? fmt::format("  on page {}\n", l.page) : fmt::format("  位于第{}页\n", l.page));
  }
  if (l.table > 0) {
    out << (en ? fmt::format("  in table {}, row {}, column {}\n", l.table, l.row, l.col)
               : fmt::format("  位于表格{}第{}行第{}列\n", l.table, l.row, l.col));
  } else if (l.paragraph > 0) {
    out << (en ? fmt::format("  in paragraph {}\n", l.paragraph)
               : fmt::format("  位于第{}段\n", l.paragraph));
  }
}

class TextWriter : public OutputWriter {
 public:
  TextWriter(const OutputOptions& options, std::ostream& out) : options_(options), out_(out) {}

  std::string Render(const Result& file) const override {
    std::ostringstream out;
    for (const Finding& f : file.findings) {
      Headline(file.path, f, out);
      if (file.document) WriteSnippet(*file.document, f, options_.color, out);
    }
    return out.str();
  }

  void Write(const Result&, const std::string& rendered) override { out_ << rendered; }

  // After the reports, under a heading of their own: the text is gone, so no
  // snippet; the evidence names the other report and its line.
  void WriteCorpus(const CorpusResult& corpus) override {
    if (corpus.findings.empty()) return;
    out_ << (options_.lang == "en" ? "across reports:\n" : "跨报告检查：\n");
    for (const PlacedFinding& p : corpus.findings) Headline(p.path, p.finding, out_);
  }

  void End(const RunSummary& summary) override {
    // The table only helps when findings are spread over several files.
    if (summary.files > 1) out_ << SummaryTable(summary, options_.lang);
    out_ << SummaryLine(summary, options_.lang) << "\n";
  }

 private:
  // "path:line:col: severity: message [rule]" and, for DOCX and PDF, where that is.
  void Headline(const std::string& path, const Finding& f, std::ostream& out) const {
    const bool color = options_.color;
    if (color) out << "\033[1m";
    out << path << ":" << f.begin.line << ":" << f.begin.column << ": ";
    if (color) out << "\033[0m" << SeverityColor(f.severity);
    out << SeverityName(f.severity) << ":";
    if (color) out << "\033[0m";
    out << " " << f.message << " [" << f.rule_id << "]\n";
    WordLocation(f.begin, options_.lang, out);
  }

  OutputOptions options_;
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<OutputWriter> MakeTextWriter(const OutputOptions& options, std::ostream& out) {
  return std::make_unique<TextWriter>(options, out);
}

}  // namespace reportlint
