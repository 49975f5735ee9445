// The HTML page: one self-contained file (inline style and script, no request
// to any network) with every report drawn and its findings marked on it.
// Reports stream into the page as they come; the run's summary and the index
// of a batch are known only at the end, so they are written last and shown
// first (CSS order), which keeps a batch of 10,000 reports streaming.
#include <fmt/format.h>

#include <set>

#include "checker/output/formats.h"
#include "checker/output/html_assets.h"
#include "checker/output/html_detail.h"
#include "checker/output/html_escape.h"
#include "checker/output/html_labels.h"
#include "checker/output/html_report.h"
#include "checker/output/place.h"
#include "reportlint/version.h"

namespace reportlint {
namespace {

// Render() hands the index row and the article to Write() in one string.
constexpr char kPartSeparator = '\0';

class HtmlWriter : public OutputWriter {
 public:
  HtmlWriter(const OutputOptions& options, std::ostream& out)
      : options_(options), labels_(LabelsFor(options.lang)), out_(out) {}

  std::string Render(const Result& file) const override {
    HtmlReport r = RenderHtmlReport(file, options_.lang);
    return r.index_row + kPartSeparator + r.article;
  }

  void Write(const Result& file, const std::string& rendered) override {
    StartPage();
    written_.insert(file.path);
    size_t cut = rendered.find(kPartSeparator);
    index_rows_ += rendered.substr(0, cut);
    if (cut != std::string::npos) out_.write(rendered.data() + cut + 1, rendered.size() - cut - 1);
    ++reports_;
  }

  void WriteCorpus(const CorpusResult& corpus) override {
    StartPage();
    if (corpus.findings.empty()) return;
    out_ << "<section class=\"corpus\"><h2>" << labels_.across_reports << "</h2><table><thead><tr><th>"
         << labels_.file << "</th><th>" << labels_.place << "</th><th>" << labels_.severity
         << "</th><th>" << labels_.message << "</th><th>" << labels_.rule
         << "</th></tr></thead><tbody>\n";
    std::string details;
    int n = 0;
    for (const PlacedFinding& p : corpus.findings) {
      const Finding& f = p.finding;
      std::string id = "corpus-f" + std::to_string(++n);
      std::string place = PlaceText(f.begin, options_.lang);
      out_ << "<tr class=\"finding sev-" << SeverityName(f.severity) << "\" id=\"" << id
           << "\" data-rule=\"" << HtmlEscape(f.rule_id) << "\" data-severity=\""
           << SeverityName(f.severity) << "\" data-line=\"" << f.begin.line
           << "\" tabindex=\"0\"><td>" << PathCell(p.path) << "</td><td>" << HtmlEscape(place)
           << "</td><td>" << SeverityLabel(f.severity, options_.lang) << "</td><td>"
           << HtmlEscape(f.message) << "</td><td>" << HtmlEscape(f.rule_id) << "</td></tr>\n";
      details += FindingDetail(f, EvidenceOf(f), id, p.path + " " + place, options_.lang);
    }
    out_ << "</tbody></table><div class=\"details\" hidden>\n" << details << "</div></section>\n";
  }

  void End(const RunSummary& summary) override {
    StartPage();
    if (reports_ > 1) WriteIndex();
    out_ << "<header id=\"run\"><h1>" << labels_.page_title << "</h1><span class=\"summary\">"
         << HtmlEscape(SummaryLine(summary, options_.lang)) << "</span>";
    for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
      out_ << "<label><input type=\"checkbox\" checked data-severity=\"" << SeverityName(s)
           << "\"> " << labels_.show << SeverityLabel(s, options_.lang) << "</label>";
    }
    out_ << "</header>\n<div id=\"panel\" hidden><button class=\"close\" title=\""
         << labels_.close << "\">×</button><div class=\"content\"></div></div>\n<footer>"
         << labels_.generated_by << " " << HtmlEscape(Version()) << "</footer>\n<script>"
         << kHtmlPageScript << "</script>\n</body>\n</html>\n";
  }

 private:
  void StartPage() {
    if (started_) return;
    started_ = true;
    out_ << "<!DOCTYPE html>\n<html lang=\"" << labels_.html_lang
         << "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
            "content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" "
            "content=\"reportlint\">\n<title>"
         << labels_.page_title << "</title>\n<style>" << kHtmlPageCss << "</style>\n</head>\n<body>\n";
  }

  // A report of the page links to its article; the hierarchy file is no report.
  std::string PathCell(const std::string& path) const {
    if (!written_.count(path)) return HtmlEscape(path);
    return "<a href=\"#" + ReportAnchor(path) + "\">" + HtmlEscape(path) + "</a>";
  }

  void WriteIndex() {
    out_ << "<nav id=\"index\"><h2>" << labels_.index << "</h2><input id=\"index-filter\" "
         << "type=\"search\" placeholder=\"" << labels_.filter << "\"><table><thead><tr>";
    // Ids let a script (and the browser test) sort by a column.
    const std::pair<const char*, bool> columns[] = {
        {labels_.file, false},  {labels_.title, false},   {labels_.organisation, false},
        {labels_.year, true},   {labels_.errors, true},   {labels_.warnings, true},
        {labels_.infos, true}};
    int n = 0;
    for (const auto& [label, numeric] : columns) {
      out_ << "<th id=\"index-col-" << ++n << "\"" << (numeric ? " class=\"num\"" : "") << ">"
           << label << "</th>";
    }
    out_ << "</tr></thead><tbody>\n" << index_rows_ << "</tbody></table></nav>\n";
  }

  OutputOptions options_;
  const HtmlLabels& labels_;
  std::ostream& out_;
  bool started_ = false;
  int reports_ = 0;
  std::string index_rows_;
  std::set<std::string> written_;  // paths of the reports on the page
};

}  // namespace

std::unique_ptr<OutputWriter> MakeHtmlWriter(const OutputOptions& options, std::ostream& out) {
  return std::make_unique<HtmlWriter>(options, out);
}

}  // namespace reportlint
