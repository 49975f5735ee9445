// The style sheet and the script of the HTML page, inlined into every page so
// it works from file:// and never asks a network for anything.
#ifndef REPORTLINT_OUTPUT_HTML_ASSETS_H_
#define REPORTLINT_OUTPUT_HTML_ASSETS_H_

namespace reportlint {

// Screen and print styles (colour by severity; print keeps the marks and
// the list of findings, drops the panel and the controls).
extern const char kHtmlPageCss[];

// Clicking a finding (its badge, its marked text or its entry in the list)
// shows its detail in the panel; the index table sorts and filters; the
// severity boxes hide findings. `#click=ID` in the URL clicks element ID once
// loaded, so a headless browser can script a click with --dump-dom.
extern const char kHtmlPageScript[];

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_HTML_ASSETS_H_
