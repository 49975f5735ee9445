// One report of the HTML page: its summary, the findings about it as a whole,
// its reading text with headings and tables drawn, and every finding marked.
#ifndef REPORTLINT_OUTPUT_HTML_REPORT_H_
#define REPORTLINT_OUTPUT_HTML_REPORT_H_

#include <string>

#include "reportlint/checker.h"

namespace reportlint {

struct HtmlReport {
  std::string anchor;     // the <article>'s id ("r" + 8 hex digits of the path)
  std::string index_row;  // the report's <tr> in the index of a batch
  std::string article;    // the <article>
};

// Without Result::analysis (Options::keep_analysis unset) the text is drawn
// line by line, without outline or grids; every finding still has its element.
HtmlReport RenderHtmlReport(const Result& file, const std::string& lang);

// The detail a click shows: message, severity, rule, place and the evidence
// as a table (the `d-ID` element the page's script copies into its panel).
// `part_anchors`: per Finding::parts, the id of its place on the page ("":
// not drawn), which the detail links to.
std::string FindingDetail(const Finding& f, const std::string& id, const std::string& place,
                          const std::string& lang,
                          const std::vector<std::string>& part_anchors = {});

// Where the finding is, as an officer finds it: 第3段 / 表格2第6行第10列 in a DOCX,
// 第2页 in a PDF, 第12行 in a text; in English "paragraph 3", ….
std::string PlaceText(const Location& where, const std::string& format, const std::string& lang);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_HTML_REPORT_H_
