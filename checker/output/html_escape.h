// Text made safe for HTML: the one place the page escapes what it shows, so a
// report's own markup, a path or a message can never become markup.
#ifndef REPORTLINT_OUTPUT_HTML_ESCAPE_H_
#define REPORTLINT_OUTPUT_HTML_ESCAPE_H_

#include <string>
#include <string_view>

namespace reportlint {

// `text` (UTF-8) with & < > " ' written as entities: safe in element content
// and in a quoted attribute value.
std::string HtmlEscape(std::string_view text);

// Appends character `c` the same way (a NUL or a control character other
// than tab and line feed becomes U+FFFD: HTML forbids them).
void AppendHtmlEscaped(char32_t c, std::string* out);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_HTML_ESCAPE_H_
