#include "checker/ingest/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int extra = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2
                                                   : (c & 0xF8) == 0xF0 ? 3 : -1;
    if (extra < 0 || (extra == 1 && c < 0xC2)) return false;
    if (extra > 0 && i + extra >= s.size()) return false;  // truncated sequence
    for (int k = 1; k <= extra; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

// Strict conversion: any unmappable or illegal byte sequence fails.
bool Convert(std::string_view bytes, const char* charset, std::u32string* out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(charset, &status),
                                                          ucnv_close);
  if (U_FAILURE(status)) return false;
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::vector<UChar> buf(bytes.size() * 2 + 16);
  int32_t n = ucnv_toUChars(conv.get(), buf.data(), static_cast<int32_t>(buf.size()),
                            bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return false;
  out->clear();
  for (int32_t i = 0; i < n; ++i) {
    char32_t c = buf[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n) {
      c = 0x10000 + ((c - 0xD800) << 10) + (buf[i + 1] - 0xDC00);
      ++i;
    }
    out->push_back(c);
  }
  return true;
}

bool LooksBinary(std::string_view bytes) {
  size_t probe = std::min<size_t>(bytes.size(), 8192);
  size_t controls = 0;
  for (size_t i = 0; i < probe; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  return controls * 100 > probe * 2;  // more than 2% control characters
}

std::u32string NormaliseLineEnds(const std::u32string& in) {
  std::u32string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == U'\r') {
      out.push_back(U'\n');
      if (i + 1 < in.size() && in[i + 1] == U'\n') ++i;
    } else {
      out.push_back(in[i]);
    }
  }
  return out;
}

// Charsets ICU proposes for bytes that are not UTF-8, most likely first; the
// Chinese national standard is always tried, since GBK text is its subset.
std::vector<std::string> Candidates(std::string_view bytes) {
  std::vector<std::string> names;
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_SUCCESS(status)) {
    ucsdet_setText(det, bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(det, &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
      const char* name = ucsdet_getName(matches[i], &status);
      if (U_SUCCESS(status) && name != nullptr) {
        std::string n = name;
        if (n == "GB18030" || n == "Big5") names.push_back(n);
      }
    }
    ucsdet_close(det);
  }
  if (std::find(names.begin(), names.end(), "GB18030") == names.end()) {
    names.insert(names.begin(), "GB18030");
  }
  return names;
}

}  // namespace

Decoded DecodeText(std::string_view bytes, const std::string& forced_encoding) {
  Decoded d;
  if (bytes.empty()) {
    d.error = "the file is empty";
    d.error_zh = "文件是空的";
    return d;
  }
  std::u32string text;
  if (!forced_encoding.empty()) {
    UErrorCode status = U_ZERO_ERROR;
    ucnv_close(ucnv_open(forced_encoding.c_str(), &status));
    if (U_FAILURE(status)) {  // a typo in --encoding is not a fault of the file
      d.error = "unknown encoding '" + forced_encoding + "'";
      d.error_zh = "不认识的编码“" + forced_encoding + "”";
      return d;
    }
    if (!Convert(bytes, forced_encoding.c_str(), &text)) {
      d.error = "the file cannot be decoded as " + forced_encoding;
      d.error_zh = "文件不能按 " + forced_encoding + " 编码读取";
      return d;
    }
    d.encoding = forced_encoding;
  } else if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                                   (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    d.encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    if (!Convert(bytes.substr(2), d.encoding.c_str(), &text)) {
      d.error = "the file has a " + d.encoding + " byte-order mark but is not valid " + d.encoding;
      d.error_zh = "文件带有 " + d.encoding + " 字节顺序标记，但内容不是有效的 " + d.encoding;
      return d;
    }
  } else {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (LooksBinary(bytes)) {
      d.error = "the file is binary, not a text report";
      d.error_zh = "这是二进制文件，不是文本报告";
      return d;
    }
    if (IsValidUtf8(bytes)) {
      text = Utf8ToU32(bytes);
      d.encoding = "UTF-8";
    } else {
      for (const std::string& name : Candidates(bytes)) {
        if (Convert(bytes, name.c_str(), &text)) {
          d.encoding = name;
          break;
        }
      }
      if (d.encoding.empty()) {
        d.error = "the file is neither UTF-8 nor GB18030/GBK text (use --encoding to name its encoding)";
        d.error_zh = "文件既不是 UTF-8 也不是 GB18030/GBK 文本（可用 --encoding 指定编码）";
        return d;
      }
    }
  }
  // A forced or detected charset may keep its byte-order mark (UTF-8, GB18030):
  // it is not text, and would shift every column of line 1.
  if (!text.empty() && text.front() == 0xFEFF) text.erase(0, 1);
  d.text = NormaliseLineEnds(text);
  bool blank = true;
  for (char32_t c : d.text) blank = blank && (IsSpace(c) || c == U'\n');
  if (blank) {
    d.error = "the file contains no text";
    d.error_zh = "文件中没有文字";
    d.text.clear();
  }
  return d;
}

}  // namespace reportlint
