#include "checker/output/html_escape.h"

#include "checker/util/utf.h"

namespace reportlint {

void AppendHtmlEscaped(char32_t c, std::string* out) {
  switch (c) {
    case U'&': *out += "&amp;"; return;
    case U'<': *out += "&lt;"; return;
    case U'>': *out += "&gt;"; return;
    case U'"': *out += "&quot;"; return;
    case U'\'': *out += "&#39;"; return;
    default: break;
  }
  if ((c < 0x20 && c != U'\t' && c != U'\n') || c == 0x7f) c = 0xfffd;
  AppendUtf8(c, out);
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : Utf8ToU32(text)) AppendHtmlEscaped(c, &out);
  return out;
}

}  // namespace reportlint
