// One report of the HTML page: its summary, the findings about it as a whole,
// its reading text with headings and tables drawn, and every finding marked.
#ifndef REPORTLINT_OUTPUT_HTML_REPORT_H_
#define REPORTLINT_OUTPUT_HTML_REPORT_H_

#include <nlohmann/json.hpp>
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

// The detail a click shows: message, severity, rule, place and the evidence
// as a table (the `d-ID` element the page's script copies into its panel).
// `part_anchors`: per Finding::parts, the id of its place on the page ("":
// not drawn), which the detail links to.
// `evidence` is EvidenceOf(f), parsed once by the caller.
std::string FindingDetail(const Finding& f, const nlohmann::ordered_json& evidence,
                          const std::string& id, const std::string& place,
                          const std::string& lang,
                          const std::vector<std::string>& part_anchors = {});

// Finding::evidence_json as an object (empty when it is not one).
nlohmann::ordered_json EvidenceOf(const Finding& f);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_HTML_REPORT_H_
