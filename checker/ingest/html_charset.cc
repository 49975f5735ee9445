#include "checker/ingest/html_charset.h"

#include <algorithm>
#include <cctype>

namespace reportlint {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string IcuName(const std::string& declared) {
  static const char* const kGb[] = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936",
                                    "windows-936", "euc-cn", "gb18030", "csgb2312"};
  for (const char* gb : kGb) {
    if (declared == gb) return "GB18030";
  }
  if (declared == "utf8" || declared == "utf-8") return "UTF-8";
  if (declared == "big5" || declared == "big5-hkscs" || declared == "x-x-big5") return "Big5";
  return declared;
}

bool HasBom(std::string_view b) {
  return b.substr(0, 3) == "\xEF\xBB\xBF" || b.substr(0, 2) == "\xFF\xFE" ||
         b.substr(0, 2) == "\xFE\xFF";
}

}  // namespace

std::string DeclaredCharset(std::string_view bytes) {
  std::string head = Lower(bytes.substr(0, 4096));
  for (size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    size_t close = head.find('>', at);
    std::string_view tag = std::string_view(head).substr(at, close == std::string::npos
                                                                 ? std::string::npos
                                                                 : close - at);
    size_t cs = tag.find("charset");
    if (cs == std::string_view::npos) continue;
    size_t i = cs + 7;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n')) ++i;
    if (i >= tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '"' || tag[i] == '\'')) ++i;
    size_t j = i;
    while (j < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[j])) || tag[j] == '-' ||
                              tag[j] == '_' || tag[j] == ':' || tag[j] == '.')) {
      ++j;
    }
    if (j > i) return IcuName(std::string(tag.substr(i, j - i)));
  }
  return "";
}

Decoded DecodeHtml(std::string_view bytes, const std::string& forced_encoding) {
  if (!forced_encoding.empty() || HasBom(bytes)) return DecodeText(bytes, forced_encoding);
  std::string declared = DeclaredCharset(bytes);
  if (!declared.empty()) {
    Decoded d = DecodeText(bytes, declared);
    if (d.error.empty()) return d;
  }
  return DecodeText(bytes, "");
}

}  // namespace reportlint
