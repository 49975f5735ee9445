// The canonical text format: "path:line:col: severity: message [rule-id]" (for
// DOCX and PDF "path:表格2第6行第10列: …", place.h), the line of the reading
// text clipped around the span — for HTML the visible text, never markup — a
// caret under it; at the end the summary table (several files) and the summary line.
#include <sstream>

#include "checker/output/formats.h"
#include "checker/output/place.h"
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

// The line of the reading text a finding is on, and its span in that line:
// for HTML the visible text around it, never the markup; for the other
// formats the reading text is the file's own text (DOCX, PDF: `reportlint
// dump`), so this is the line the header names.
struct ReadingSpan {
  std::u32string_view line;
  size_t begin = 0;  // of the span, in the reading text
  int start = 0;     // characters into `line`
  int stop = 0;   // one past the span, at most the line's end
};

ReadingSpan SpanInReadingText(const Document& doc, const Finding& f) {
  const std::u32string_view text = doc.text();
  size_t begin = doc.TextIndexAt(f.begin.line, f.begin.column);
  size_t end = std::max(begin, doc.TextIndexAt(f.end.line, f.end.column));
  size_t line_start = begin == 0 ? 0 : text.rfind(U'\n', begin - 1);
  line_start = line_start == std::u32string_view::npos || begin == 0 ? 0 : line_start + 1;
  size_t line_end = std::min(text.find(U'\n', begin), text.size());
  ReadingSpan span;
  span.line = text.substr(line_start, line_end - line_start);
  span.begin = begin;
  span.start = static_cast<int>(begin - line_start);
  span.stop = static_cast<int>(std::min(end, line_end) - line_start);
  return span;
}

void WriteSnippet(const Document& doc, const Finding& f, bool color, std::ostream& out) {
  ReadingSpan span = SpanInReadingText(doc, f);
  std::u32string_view line = span.line;
  if (line.empty()) return;
  // A PDF page without text has no line: its finding stands where the next
  // page's text begins, which is not what it is about.
  if (f.begin.page > 0 && doc.Locate(span.begin).page != f.begin.page) return;
  int len = static_cast<int>(line.size());
  int start = std::clamp(span.start, 0, len);
  int stop = std::clamp(span.stop, start, len);
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
  // "path:line:col: severity: message [rule]"; for DOCX and PDF the place in
  // Word or the viewer instead of line:col ("path:表格2第6行第10列: …"), since
  // their line is one of reportlint's reading text, which only `dump` shows.
  void Headline(const std::string& path, const Finding& f, std::ostream& out) const {
    const bool color = options_.color;
    if (color) out << "\033[1m";
    if (HasDocumentPlace(f.begin)) {
      out << path << ":" << PlaceText(f.begin, options_.lang) << ": ";
    } else {
      out << path << ":" << f.begin.line << ":" << f.begin.column << ": ";
    }
    if (color) out << "\033[0m" << SeverityColor(f.severity);
    out << SeverityName(f.severity) << ":";
    if (color) out << "\033[0m";
    out << " " << f.message << " [" << f.rule_id << "]\n";
  }

  OutputOptions options_;
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<OutputWriter> MakeTextWriter(const OutputOptions& options, std::ostream& out) {
  return std::make_unique<TextWriter>(options, out);
}

}  // namespace reportlint
