// Bytes of a report to Unicode text: BOMs, UTF-8, GB18030/GBK (detected with ICU
// or forced), line ends. Fails with a reason a person can act on.
#ifndef REPORTLINT_INGEST_DECODE_H_
#define REPORTLINT_INGEST_DECODE_H_

#include <string>
#include <string_view>

namespace reportlint {

struct Decoded {
  std::u32string text;   // '\n' line ends; no BOM
  std::string encoding;  // "UTF-8", "GB18030", ...
  std::string error;     // non-empty when the bytes cannot be read as text
  std::string error_zh;  // the same in Chinese
};

// `forced_encoding` (e.g. "gbk", from --encoding) skips detection; empty
// means detect. Empty input, binary data and undecodable bytes are errors.
Decoded DecodeText(std::string_view bytes, const std::string& forced_encoding);

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_DECODE_H_
