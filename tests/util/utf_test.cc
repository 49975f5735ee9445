// UTF-8 decoding: well-formed text as it is, every ill-formed byte one U+FFFD,
// so no check of the bytes can be passed by a character encoded another way.
#include "checker/util/utf.h"

#include <doctest/doctest.h>

namespace reportlint {
namespace {

TEST_CASE("utf8: well-formed text of every length decodes as it is") {
  CHECK(Utf8ToU32("a") == U"a");
  CHECK(Utf8ToU32("\xC2\xA0") == U"\u00A0");
  CHECK(Utf8ToU32("年报") == U"年报");
  CHECK(Utf8ToU32("\xF0\xA0\x80\x80") == U"\U00020000");  // CJK Extension B
  CHECK(Utf8ToU32("\xF4\x8F\xBF\xBF") == U"\U0010FFFF");
  CHECK(U32ToUtf8(Utf8ToU32("青石镇2015年")) == "青石镇2015年");
}

TEST_CASE("utf8: overlong forms, surrogates and values past U+10FFFF are ill-formed") {
  CHECK(Utf8ToU32("\xC1\x9C") == U"\uFFFD\uFFFD");          // '\\' in two bytes
  CHECK(Utf8ToU32("\xC0\xAF") == U"\uFFFD\uFFFD");          // '/' in two bytes
  CHECK(Utf8ToU32("\xE0\x80\xAF") == U"\uFFFD\uFFFD\uFFFD");  // '/' in three
  CHECK(Utf8ToU32("\xF0\x80\x80\xAF") == U"\uFFFD\uFFFD\uFFFD\uFFFD");
  CHECK(Utf8ToU32("\xED\xA0\x80") == U"\uFFFD\uFFFD\uFFFD");  // U+D800
  CHECK(Utf8ToU32("\xF4\x90\x80\x80") == U"\uFFFD\uFFFD\uFFFD\uFFFD");  // U+110000
  CHECK(Utf8ToU32("a\xFF" "b") == U"a\uFFFDb");
  CHECK(Utf8ToU32("\xE5\xB9") == U"\uFFFD\uFFFD");  // cut short
}

}  // namespace
}  // namespace reportlint
