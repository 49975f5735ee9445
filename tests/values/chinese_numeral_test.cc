#include "checker/values/chinese_numeral.h"

#include <doctest/doctest.h>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

// The value as text, or "none".
std::string Value(const char* numeral) {
  auto v = ParseChineseNumeral(Utf8ToU32(numeral));
  return v ? std::to_string(*v) : "none";
}

TEST_CASE("Chinese numerals as written in reports") {
  const char* kCases[][2] = {
      {"〇", "0"},          {"零", "0"},           {"一", "1"},
      {"三", "3"},          {"两", "2"},           {"十", "10"},
      {"十二", "12"},       {"一十二", "12"},      {"二十", "20"},
      {"二十三", "23"},     {"九十九", "99"},      {"一百", "100"},
      {"百", "100"},        {"一百零五", "105"},   {"一百一十", "110"},
      {"三百四十五", "345"}, {"两千", "2000"},     {"一千零一", "1001"},
      {"一千二百三十四", "1234"},                   {"十万", "100000"},
      {"十一万", "110000"}, {"三万五千", "35000"}, {"一万零五百", "10500"},
      {"一亿", "100000000"}, {"三万亿", "3000000000000"},
      {"一亿二千万", "120000000"},                  // 万 after 亿 scales only its own group
      {"一亿零三百万", "103000000"},
      {"二〇一八", "2018"},  {"二〇一九", "2019"},  // positional year digits
      {"三三", "33"},
  };
  for (const auto& c : kCases) CHECK_MESSAGE(Value(c[0]) == std::string(c[1]), std::string(c[0]));
}

TEST_CASE("what is not a Chinese numeral") {
  const char* kBad[] = {"", "十十", "十百", "二十三三", "万", "亿", "三个", "12", "第一", "一是"};
  for (const char* s : kBad) CHECK_MESSAGE(Value(s) == "none", std::string(s));
}

TEST_CASE("IsChineseDigit") {
  for (char32_t c : std::u32string(U"〇零一二两三四五六七八九十百千万亿")) {
    CHECK(IsChineseDigit(c));
  }
  for (char32_t c : std::u32string(U"1个是第壹拾")) CHECK_FALSE(IsChineseDigit(c));
}

TEST_CASE("ParseCount reads Arabic digits or a Chinese numeral") {
  CHECK(ParseCount(U"6") == 6);
  CHECK(ParseCount(U"08") == 8);
  CHECK(ParseCount(U"六") == 6);
  CHECK(ParseCount(U"十二") == 12);
  CHECK(ParseCount(U"") == std::nullopt);
  CHECK(ParseCount(U"1六") == std::nullopt);
  CHECK(ParseCount(U"6个") == std::nullopt);
  CHECK(ParseCount(U"123456789012345") == 123456789012345LL);
  CHECK(ParseCount(U"1234567890123456") == std::nullopt);  // too long to be a count
}

}  // namespace
}  // namespace reportlint

namespace reportlint {

TEST_CASE("heading ordinals are written as they are read back") {
  CHECK(U32ToUtf8(WriteChineseOrdinal(1)) == "一");
  CHECK(U32ToUtf8(WriteChineseOrdinal(10)) == "十");
  CHECK(U32ToUtf8(WriteChineseOrdinal(21)) == "二十一");
  CHECK(U32ToUtf8(WriteChineseOrdinal(120)) == "120");  // beyond 99: digits
  for (int n = 1; n < 100; ++n) {
    std::u32string written = WriteChineseOrdinal(n);
    CHECK(ParseChineseNumeral(written) == n);
    for (char32_t c : written) CHECK(IsChineseOrdinalChar(c));
  }
  CHECK_FALSE(IsChineseOrdinalChar(U'两'));  // a count, never a heading ordinal
  CHECK_FALSE(IsChineseOrdinalChar(U'百'));
  CHECK(ChineseDigitValue(U'两') == 2);
  CHECK(ChineseUnitValue(U'万') == 10000);
  CHECK(ChineseDigitValue(U'十') == -1);
}

}  // namespace reportlint
