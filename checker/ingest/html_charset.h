// The character set of an HTML page: a byte-order mark, the charset its <meta> tag
// declares (GB2312, GBK, GB18030, Big5, UTF-8 ...), or detection when it declares none.
#ifndef REPORTLINT_INGEST_HTML_CHARSET_H_
#define REPORTLINT_INGEST_HTML_CHARSET_H_

#include <string>
#include <string_view>

#include "checker/ingest/decode.h"

namespace reportlint {

// The charset named by the first `<meta charset=...>` or `<meta http-equiv
// content="...; charset=...">` in the first 4 KiB, as an ICU converter name
// (GB2312 and GBK become their superset GB18030); "" when none is declared.
std::string DeclaredCharset(std::string_view bytes);

// Decodes an HTML page: `forced_encoding` (from --encoding) wins, then a BOM,
// then the declared charset; a page whose bytes do not fit the charset it
// declares (common: "utf-8" on a GBK page) is decoded by detection instead.
Decoded DecodeHtml(std::string_view bytes, const std::string& forced_encoding);

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_HTML_CHARSET_H_
