// The words of the HTML page in Chinese and English, in one table, so the page
// and its tests read the same text.
#ifndef REPORTLINT_OUTPUT_HTML_LABELS_H_
#define REPORTLINT_OUTPUT_HTML_LABELS_H_

#include <string>

#include "reportlint/finding.h"

namespace reportlint {

struct HtmlLabels {
  const char* html_lang;  // the page's lang attribute
  const char* page_title;
  const char* file;
  const char* title;
  const char* organisation;
  const char* year;
  const char* regulation;
  const char* regulation_2008;
  const char* regulation_2019;
  const char* packs;
  const char* format;
  const char* errors;
  const char* warnings;
  const char* infos;
  const char* outline;
  const char* findings;
  const char* findings_count;  // "发现的问题（{}）": the heading of the list, with its count
  const char* colon;           // after a label: "：" / ": "
  const char* no_findings;
  const char* whole_report;
  const char* missing_section;  // in the outline, before the section's name
  const char* not_in_text;      // findings the drawn text has no place for
  const char* unreadable;
  const char* index;
  const char* filter;
  const char* show;  // before a severity: "显示" / "Show " (the space is the language's)
  const char* across_reports;
  const char* rule;
  const char* severity;
  const char* place;
  const char* message;
  const char* parts;     // the values a computed value comes from
  const char* computed;  // shown in a table cell beside its stated value
  const char* close;
  const char* image;     // an image in the report, whose content is not read
  const char* generated_by;
};

// "zh" (the default for anything else) or "en".
const HtmlLabels& LabelsFor(const std::string& lang);

// "错误" / "error", … for the page.
const char* SeverityLabel(Severity s, const std::string& lang);

// A readable name for an evidence key ("stated" → "填报数"); the key itself
// when the page has no name for it.
std::string EvidenceKeyLabel(const std::string& key, const std::string& lang);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_HTML_LABELS_H_
