// One report of the HTML page: its summary, the findings about it as a whole,
// its reading text with headings and tables drawn, and every finding marked.
#ifndef REPORTLINT_OUTPUT_HTML_REPORT_H_
#define REPORTLINT_OUTPUT_HTML_REPORT_H_

#include <string>

#include "reportlint/checker.h"

namespace reportlint {

struct HtmlReport {
  std::string anchor;     // the <article>'s id (ReportAnchor)
  std::string index_row;  // the report's <tr> in the index of a batch
  std::string article;    // the <article>
};

// The id of `path`'s <article> ("r" + 16 hex digits of a hash of the path).
std::string ReportAnchor(const std::string& path);

// Without Result::analysis (Options::keep_analysis unset) the text is drawn
// line by line, without outline or grids; every finding still has its element.
HtmlReport RenderHtmlReport(const Result& file, const std::string& lang);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_HTML_REPORT_H_
