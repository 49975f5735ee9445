// The one reader of heading and list markers reads folded text and a reader's raw
// text (full-width brackets and stops, as PDF text layers keep them) alike.
#include "checker/values/markers.h"

#include <doctest/doctest.h>

namespace reportlint {

TEST_CASE("markers: full-width and ASCII forms read the same") {
  for (std::u32string_view s : {U"(一)予以公开", U"（一）予以公开"}) {
    auto m = ParseMarker(s);
    REQUIRE(m.has_value());
    CHECK(m->level == 2);
    CHECK(m->number == 1);
    CHECK(m->length == 3);
  }
  auto arabic = ParseMarker(U"3．其他");
  REQUIRE(arabic.has_value());
  CHECK(arabic->level == 3);
  CHECK(arabic->number == 3);
  CHECK_FALSE(ParseMarker(U"1．5倍").has_value());  // a number
  CHECK(LabelMarkerLength(U"一．本年新收") == 2);
  CHECK(LabelMarkerLength(U"（4）其他") == 3);
  CHECK(LabelMarkerLength(U"本年新收") == 0);
}

}  // namespace reportlint
