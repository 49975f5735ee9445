#include "checker/output/html_report.h"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "checker/corpus/regulation.h"
#include "checker/facts/analysis.h"
#include "checker/output/html_detail.h"
#include "checker/output/html_escape.h"
#include "checker/output/html_grid.h"
#include "checker/output/html_labels.h"
#include "checker/output/html_marks.h"
#include "checker/output/place.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// The reading-text span of each finding; those about the report as a whole
// (reported at the title line: a missing section, a missing period) are not
// in_text: they go to the top, not onto the title.
std::vector<MarkedFinding> FindingSpans(const Result& file, const std::string& anchor) {
  const Document& doc = *file.document;
  std::vector<MarkedFinding> s;
  Location whole_begin, whole_end;
  bool has_whole = false;
  if (file.analysis) {
    auto [b, e] = file.analysis->WholeReportSpan();
    size_t from = file.analysis->folded.SourceBegin(b);
    whole_begin = doc.Locate(from);
    whole_end = doc.Locate(std::max(from, file.analysis->folded.SourceEnd(e)));
    has_whole = true;
  }
  int n = 0;
  for (const Finding& f : file.findings) {
    MarkedFinding m;
    m.finding = &f;
    m.number = ++n;
    m.id = anchor + "-f" + std::to_string(n);
    m.begin = doc.TextIndexAt(f.begin.line, f.begin.column);
    m.end = std::max(m.begin, doc.TextIndexAt(f.end.line, f.end.column));
    m.evidence = EvidenceOf(f);
    for (const FindingPart& p : f.parts) {
      m.parts.push_back(doc.TextIndexAt(p.begin.line, p.begin.column));
    }
    m.in_text = !(has_whole && f.begin.line == whole_begin.line &&
                  f.begin.column == whole_begin.column && f.end.line == whole_end.line &&
                  f.end.column == whole_end.column);
    s.push_back(m);
  }
  return s;
}

void Card(const MarkedFinding& m, const std::string& lang, std::string* out) {
  const Finding& f = *m.finding;
  *out += "<div class=\"card finding sev-";
  *out += SeverityName(f.severity);
  *out += "\" " + FindingAttributes(m) + " tabindex=\"0\" role=\"button\"><b>" +
          std::string(SeverityLabel(f.severity, lang)) + "</b> " + HtmlEscape(f.message) +
          " <span class=\"rule\">[" + HtmlEscape(f.rule_id) + "]</span></div>\n";
}

std::string RegulationText(const ReportMetadata& m, const HtmlLabels& l) {
  std::string r = Regulation(m.packs, m.year);
  if (r == "2008") return l.regulation_2008;
  if (r == "2019") return l.regulation_2019;
  return "—";
}

std::string Counts(const Result& file, const std::string& lang, int* errors, int* warnings,
                   int* infos) {
  *errors = *warnings = *infos = 0;
  for (const Finding& f : file.findings) {
    ++*(f.severity == Severity::kError ? errors : f.severity == Severity::kWarning ? warnings
                                                                                   : infos);
  }
  const HtmlLabels& l = LabelsFor(lang);
  return fmt::format(
      "<p class=\"counts\"><span class=\"count-error\">{} {}</span><span "
      "class=\"count-warning\">{} {}</span><span class=\"count-info\">{} {}</span></p>",
      *errors, l.errors, *warnings, l.warnings, *infos, l.infos);
}

void Head(const Result& file, const std::string& lang, const std::string& counts,
          std::string* out) {
  const HtmlLabels& l = LabelsFor(lang);
  const ReportMetadata& m = file.report;
  std::string title = m.title.empty() ? file.path : m.title;
  *out += "<header class=\"report-head\"><h2 class=\"report-title\">" + HtmlEscape(title) +
          "</h2><dl class=\"meta\">";
  auto row = [&](const char* label, const std::string& value) {
    *out += std::string("<dt>") + label + "</dt><dd>" + HtmlEscape(value) + "</dd>";
  };
  row(l.file, file.path);
  if (!file.error) {
    row(l.organisation, m.organisation.empty() ? "—" : m.organisation);
    row(l.year, m.year ? std::to_string(*m.year) : "—");
    row(l.regulation, RegulationText(m, l));
    std::string packs;
    for (const std::string& p : m.packs) packs += (packs.empty() ? "" : ", ") + p;
    row(l.packs, packs.empty() ? "—" : packs);
    row(l.format, m.format + (m.encoding.empty() ? "" : " · " + m.encoding));
  }
  *out += "</dl>" + counts + "</header>\n";
}

class BodyDrawer {
 public:
  BodyDrawer(const Result& file, const std::string& anchor, const std::string& lang,
             FindingMarks* marks)
      : file_(file), doc_(*file.document), anchor_(anchor), lang_(lang), marks_(marks) {}

  // The reading text, and the outline of its headings.
  void Draw(std::string* text, std::string* outline) {
    if (file_.analysis) {
      DrawAnalysed(*file_.analysis, text, outline);
    } else {
      DrawLines(text);
    }
  }

 private:
  void DrawLines(std::string* out) {
    const std::u32string& t = doc_.text();
    size_t start = 0;
    int line = 1;
    for (size_t i = 0; i <= t.size(); ++i) {
      if (i < t.size() && t[i] != U'\n') continue;
      if (i > start) Paragraph(line, start, i, out);
      start = i + 1;
      ++line;
    }
  }

  void Paragraph(size_t line, size_t begin, size_t end, std::string* out) {
    *out += "<p id=\"" + anchor_ + "-l" + std::to_string(line) + "\">";
    marks_->Emit(begin, end, out);
    *out += "</p>\n";
  }

  void DrawAnalysed(const Analysis& a, std::string* out, std::string* outline) {
    std::map<size_t, size_t> table_at;  // first line -> table
    std::vector<bool> in_table(a.lines.size(), false);
    for (size_t t = 0; t < a.tables.size(); ++t) {
      const Table& table = a.tables[t];
      if (table.lines.empty()) continue;  // inside a flattened line: drawn as text
      size_t first = *std::min_element(table.lines.begin(), table.lines.end());
      if (first >= a.lines.size() || table_at.count(first)) continue;
      table_at[first] = t;
      for (size_t line : table.lines) {
        if (line < in_table.size()) in_table[line] = true;
      }
    }
    std::map<size_t, size_t> heading_at;
    for (size_t h = 0; h < a.sections.headings.size(); ++h) {
      const Heading& heading = a.sections.headings[h];
      if (!heading.run_in) heading_at.emplace(heading.line, h);
    }
    std::map<size_t, int> images_before;  // line -> images the reader saw before it
    for (const Block& b : doc_.blocks()) {
      if (b.kind == BlockKind::kImage) ++images_before[b.first_line];
    }
    auto images = [&](std::map<size_t, int>::const_iterator from,
                      std::map<size_t, int>::const_iterator to) {
      for (auto img = from; img != to; ++img) {
        for (int k = 0; k < img->second; ++k) {
          *out += std::string("<p class=\"image\">") + LabelsFor(lang_).image + "</p>\n";
        }
      }
    };
    for (size_t i = 0; i < a.lines.size(); ++i) {
      auto img = images_before.find(i);
      if (img != images_before.end()) images(img, std::next(img));
      const LineSpan& l = a.lines[i];
      size_t begin = a.folded.SourceBegin(l.begin);
      size_t end = std::max(begin, a.folded.SourceEnd(l.end));
      if (auto t = table_at.find(i); t != table_at.end()) {
        DrawTable(a, a.tables[t->second], lang_, marks_, out);
        continue;
      }
      if (in_table[i]) continue;
      if (auto h = heading_at.find(i); h != heading_at.end()) {
        DrawHeading(a, h->second, begin, end, out, outline);
        continue;
      }
      if (end > begin) Paragraph(i + 1, begin, end, out);
    }
    images(images_before.lower_bound(a.lines.size()), images_before.end());  // a seal at the end
  }

  // The heading's marker and title as a heading, what runs on after it on
  // the same line (a heading such as "（一）主动公开情况。2024年，…") as a paragraph.
  void DrawHeading(const Analysis& a, size_t index, size_t begin, size_t end, std::string* out,
                   std::string* outline) {
    const Heading& heading = a.sections.headings[index];
    int level = std::clamp(heading.level, 1, 4);
    std::string id = anchor_ + "-h" + std::to_string(index + 1);
    std::string tag = "h" + std::to_string(level + 2);
    size_t cut = std::clamp(a.folded.SourceEnd(heading.end), begin, end);
    *out += "<" + tag + " id=\"" + id + "\" class=\"heading\">";
    marks_->Emit(begin, cut, out);
    *out += "</" + tag + ">\n";
    bool rest = false;
    for (size_t c = cut; c < end && !rest; ++c) rest = !IsSpace(doc_.text()[c]);
    if (rest) {
      *out += "<p>";
      marks_->Emit(cut, end, out);
      *out += "</p>\n";
    }
    std::string title;
    size_t from = std::clamp(a.folded.SourceBegin(HeadingTextBegin(a.folded.text(), heading)),
                             begin, cut);
    for (size_t c = from; c < cut; ++c) AppendHtmlEscaped(doc_.text()[c], &title);
    *outline += "<li class=\"level-" + std::to_string(level) + "\"><a href=\"#" + id + "\">" +
                title + "</a></li>";
  }

  const Result& file_;
  const Document& doc_;
  const std::string& anchor_;
  const std::string& lang_;
  FindingMarks* marks_;
};

// The sections the report lacks, from the evidence of its whole-report
// findings, listed in the outline where the officer looks for them.
std::string MissingInOutline(const std::vector<MarkedFinding>& marked, const std::string& lang) {
  std::string out;
  for (const MarkedFinding& m : marked) {
    if (m.in_text) continue;
    const nlohmann::ordered_json& ev = m.evidence;
    if (!ev.contains("missing") || !ev["missing"].is_string()) continue;
    const std::string& id = m.id;
    out += "<li class=\"missing\"><a href=\"#" + id + "\" data-show=\"" + id + "\">" +
           LabelsFor(lang).missing_section + HtmlEscape(ev["missing"].get<std::string>()) +
           "</a></li>";
  }
  return out;
}

std::string IndexRow(const Result& file, const std::string& anchor, int errors, int warnings,
                     int infos, const std::string& lang) {
  const ReportMetadata& m = file.report;
  std::string title = file.error ? std::string(LabelsFor(lang).unreadable) : m.title;
  return fmt::format(
      "<tr><td><a href=\"#{}\">{}</a></td><td>{}</td><td>{}</td><td class=\"num\">{}</td>"
      "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
      anchor, HtmlEscape(file.path), HtmlEscape(title), HtmlEscape(m.organisation),
      m.year ? std::to_string(*m.year) : "", errors, warnings, infos);
}

}  // namespace

std::string ReportAnchor(const std::string& path) {
  uint64_t h = 14695981039346656037ull;  // FNV-1a: the same id for the same path
  for (unsigned char c : path) h = (h ^ c) * 1099511628211ull;
  return fmt::format("r{:016x}", h);
}

HtmlReport RenderHtmlReport(const Result& file, const std::string& lang) {
  const HtmlLabels& l = LabelsFor(lang);
  HtmlReport r;
  r.anchor = ReportAnchor(file.path);
  int errors = 0, warnings = 0, infos = 0;
  std::string counts = Counts(file, lang, &errors, &warnings, &infos);
  r.index_row = IndexRow(file, r.anchor, errors, warnings, infos, lang);
  std::string& out = r.article;
  out = "<article class=\"report\" id=\"" + r.anchor + "\" data-path=\"" +
        HtmlEscape(file.path) + "\">\n";
  Head(file, lang, counts, &out);
  if (file.error || !file.document) {
    out += "<p class=\"unreadable\">" + std::string(l.unreadable) + l.colon +
           HtmlEscape(file.error ? file.error->ToString(lang) : "") + "</p></article>\n";
    return r;
  }

  FindingMarks marks(file.document->text(), FindingSpans(file, r.anchor));
  std::string whole;
  for (const MarkedFinding& m : marks.findings()) {
    if (!m.in_text) Card(m, lang, &whole);
  }
  std::string text, outline;
  BodyDrawer(file, r.anchor, lang, &marks).Draw(&text, &outline);
  outline += MissingInOutline(marks.findings(), lang);
  std::string elsewhere;
  for (const MarkedFinding* m : marks.Unplaced()) Card(*m, lang, &elsewhere);

  if (!whole.empty()) {
    out += std::string("<section class=\"whole\"><h3>") + l.whole_report + "</h3>\n" + whole +
           "</section>\n";
  }
  out += "<div class=\"body\"><nav class=\"outline\"><h3>" + std::string(l.outline) +
         "</h3><ol>" + outline + "</ol></nav>\n<div class=\"text\">\n" + text;
  if (!elsewhere.empty()) {
    out += std::string("<section class=\"whole\"><h3>") + l.not_in_text + "</h3>\n" + elsewhere +
           "</section>\n";
  }
  out += "</div>\n<aside class=\"list\"><h3>" +
         fmt::format(fmt::runtime(l.findings_count), file.findings.size()) + "</h3>";
  if (file.findings.empty()) out += std::string("<p>") + l.no_findings + "</p>";
  out += "<ol>";
  std::string details;
  for (const MarkedFinding& m : marks.findings()) {
    const Finding& f = *m.finding;
    std::string place = PlaceText(f.begin, lang);
    out += "<li class=\"sev-" + std::string(SeverityName(f.severity)) + "\"><a href=\"#" + m.id +
           "\" data-show=\"" + m.id + "\">" + HtmlEscape(place) + "</a> " +
           HtmlEscape(f.message) + " <span class=\"rule\">[" + HtmlEscape(f.rule_id) +
           "]</span></li>";
    std::vector<std::string> anchors;
    for (size_t j = 0; j < m.parts.size(); ++j) {
      anchors.push_back(marks.PartDrawn(m, j) ? PartAnchor(m, j) : "");
    }
    details += FindingDetail(f, m.evidence, m.id, place, lang, anchors);
  }
  out += "</ol></aside></div>\n<div class=\"details\" hidden>\n" + details + "</div>\n</article>\n";
  return r;
}

}  // namespace reportlint
