#include "checker/ingest/decode.h"

#include <doctest/doctest.h>
#include <unicode/ucnv.h>

#include <memory>

#include "checker/ingest/read_input.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// `utf8` encoded in `charset` by ICU, as another program would have written it.
std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(charset, &status),
                                                          ucnv_close);
  REQUIRE(U_SUCCESS(status));
  std::u16string utf16;
  for (char32_t c : Utf8ToU32(utf8)) {
    if (c >= 0x10000) {
      utf16.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
      utf16.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
    } else {
      utf16.push_back(static_cast<char16_t>(c));
    }
  }
  std::string out(utf16.size() * 4 + 16, '\0');
  int32_t n = ucnv_fromUChars(conv.get(), out.data(), static_cast<int32_t>(out.size()),
                              reinterpret_cast<const UChar*>(utf16.data()),
                              static_cast<int32_t>(utf16.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(n);
  return out;
}

std::string Text(const Decoded& d) { return U32ToUtf8(d.text); }

const char kReport[] = "某某县2019年政府信息公开工作年度报告\n一、总体情况\n统计期限自2019年1月1日起至12月31日止。\n";

TEST_CASE("UTF-8 with and without a byte-order mark") {
  Decoded plain = DecodeText(kReport, "");
  CHECK(plain.error == "");
  CHECK(plain.encoding == "UTF-8");
  CHECK(Text(plain) == kReport);

  Decoded bom = DecodeText(std::string("\xEF\xBB\xBF") + kReport, "");
  CHECK(bom.error == "");
  CHECK(bom.encoding == "UTF-8");
  CHECK(Text(bom) == kReport);  // the BOM is not part of the text
  CHECK(bom.text.front() == U'某');
}

TEST_CASE("GB18030 and GBK bytes are detected") {
  std::string gbk = Encode(kReport, "GBK");
  REQUIRE(gbk != kReport);
  Decoded d = DecodeText(gbk, "");
  CHECK(d.error == "");
  CHECK(d.encoding == "GB18030");
  CHECK(Text(d) == kReport);

  // A short GBK text, where statistical detection has little to go on.
  std::string shortgbk = Encode("年度报告", "GBK");
  Decoded s = DecodeText(shortgbk, "");
  CHECK(s.error == "");
  CHECK(Text(s) == "年度报告");

  // Literal bytes: 政府 in GBK is D5FE B8AE.
  Decoded lit = DecodeText("\xD5\xFE\xB8\xAE\xD0\xC5\xCF\xA2\xB9\xAB\xBF\xAA", "");
  CHECK(lit.error == "");
  CHECK(Text(lit) == "政府信息公开");

  // Characters outside GBK need GB18030's four-byte sequences.
  std::string four = Encode("𠀀年报", "GB18030");
  Decoded f = DecodeText(four, "");
  CHECK(f.error == "");
  CHECK(Text(f) == "𠀀年报");
}

TEST_CASE("a forced encoding skips detection") {
  std::string gbk = Encode(kReport, "GBK");
  Decoded d = DecodeText(gbk, "gbk");
  CHECK(d.error == "");
  CHECK(d.encoding == "gbk");
  CHECK(Text(d) == kReport);

  // Valid UTF-8 read as GB18030 because the user said so: no error, other text.
  Decoded forced = DecodeText("年度", "gb18030");
  CHECK(forced.error == "");
  CHECK(forced.encoding == "gb18030");
  CHECK(Text(forced) != "年度");
}

TEST_CASE("a byte-order mark is dropped whatever the encoding") {
  Decoded utf8 = DecodeText(std::string("\xEF\xBB\xBF") + "年报", "utf-8");
  CHECK(utf8.error == "");
  CHECK(Text(utf8) == "年报");
  Decoded gb = DecodeText(Encode("\uFEFF年报", "GB18030"), "gb18030");
  CHECK(gb.error == "");
  CHECK(Text(gb) == "年报");
}

TEST_CASE("undecodable bytes with a forced encoding are an error") {
  // 0xFF never starts a UTF-8 sequence.
  Decoded d = DecodeText("\xC4\xEA\xB6\xC8\xFF", "utf-8");
  CHECK(d.error == "the file cannot be decoded as utf-8");
  CHECK(d.text.empty());
  // 0x81 must be followed by a trail byte in GBK, not a space.
  Decoded g = DecodeText("abc\x81 ", "gbk");
  CHECK(g.error == "the file cannot be decoded as gbk");
}

TEST_CASE("an unknown forced encoding is named as such") {
  Decoded d = DecodeText("text", "no-such-charset");
  CHECK(d.error == "unknown encoding 'no-such-charset'");
}

TEST_CASE("CRLF and CR line ends become LF") {
  CHECK(Text(DecodeText("一、总体情况\r\n二、主动公开\r\n", "")) == "一、总体情况\n二、主动公开\n");
  CHECK(Text(DecodeText("一、总体情况\r二、主动公开\r", "")) == "一、总体情况\n二、主动公开\n");
  CHECK(Text(DecodeText("a\r\n\r\nb\rc\n", "")) == "a\n\nb\nc\n");
  // A CR-LF pair split by nothing else is one line end, LF-CR is two.
  CHECK(Text(DecodeText("a\n\rb", "")) == "a\n\nb");
  // The same in GBK.
  CHECK(Text(DecodeText(Encode("年报\r\n统计\r", "GBK"), "")) == "年报\n统计\n");
}

TEST_CASE("empty, blank and binary input are errors") {
  Decoded empty = DecodeText("", "");
  CHECK(empty.error == "the file is empty");

  Decoded blank = DecodeText(" \t\r\n\xE3\x80\x80\n  \n", "");  // U+3000 ideographic space
  CHECK(blank.error == "the file contains no text");
  CHECK(blank.text.empty());

  Decoded bom_only = DecodeText("\xEF\xBB\xBF", "");
  CHECK(bom_only.error == "the file contains no text");

  Decoded binary = DecodeText(std::string("PK\x03\x04\x00\x00报告", 10), "");
  CHECK(binary.error == "the file is binary, not a text report");

  std::string controls = "abc";
  for (int i = 0; i < 10; ++i) controls += "\x01\x02";
  Decoded ctl = DecodeText(controls, "");
  CHECK(ctl.error == "the file is binary, not a text report");
}

TEST_CASE("neither UTF-8 nor GB18030") {
  // 0x80 is not a lead byte in GB18030 and not valid UTF-8 on its own.
  Decoded d = DecodeText("report \x80\x80\x80 text", "");
  CHECK(d.error ==
        "the file is neither UTF-8 nor GB18030/GBK text (use --encoding to name its encoding)");
}

TEST_CASE("UTF-16 with a byte-order mark") {
  Decoded le = DecodeText(std::string("\xFF\xFE\x74\x5E\xA5\x62\n\x00", 8), "");
  CHECK(le.error == "");
  CHECK(le.encoding == "UTF-16LE");
  CHECK(Text(le) == "年报\n");
  Decoded odd = DecodeText(std::string("\xFF\xFE\x74\x5E\xA5", 5), "");
  CHECK(odd.error == "the file has a UTF-16LE byte-order mark but is not valid UTF-16LE");
}

TEST_CASE("errors carry the file name; the format follows the extension") {
  Error error;
  ReadOptions options;
  CHECK(DocumentFromBytes("r.txt", "", options, &error) == nullptr);
  CHECK(error.ToString() == "r.txt: error: the file is empty");
  CHECK(DocumentFromBytes("r.wps", "x", options, &error) == nullptr);
  CHECK(error.ToString() ==
        "r.wps: error: reading wps files is not supported; save the report as .docx, .html or "
        "plain text");
  CHECK(DocumentFromBytes("r.pdf", "%PDF-1.4", options, &error) == nullptr);
  CHECK(error.ToString().rfind("r.pdf: error: not a readable PDF file", 0) == 0);
  CHECK(DocumentFromBytes("r.txt", std::string("ab\0cd", 5), options, &error) == nullptr);
  CHECK(error.ToString() == "r.txt: error: the file is binary, not a text report");
  options.encoding = "gbk";
  CHECK(DocumentFromBytes("r.txt", "abc\x81 ", options, &error) == nullptr);
  CHECK(error.ToString() == "r.txt: error: the file cannot be decoded as gbk");
  options.encoding.clear();
  auto md = DocumentFromBytes("r.md", "# 年报\n", options, &error);
  REQUIRE(md != nullptr);
  CHECK(md->format() == SourceFormat::kMarkdown);
  auto txt = DocumentFromBytes("r.TXT", "年报\r\n", options, &error);
  REQUIRE(txt != nullptr);
  CHECK(txt->format() == SourceFormat::kText);
  CHECK(txt->line_count() == 2);
  CHECK(U32ToUtf8(txt->Line(1)) == "年报");
  CHECK(ReadInput("/nonexistent/r.txt", options, &error) == nullptr);
  CHECK(error.ToString() == "/nonexistent/r.txt: error: no such file");
}

}  // namespace
}  // namespace reportlint
