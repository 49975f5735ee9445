// Edit distance and "did you mean": the one implementation behind configuration
// suggestions and table label matching.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "checker/util/did_you_mean.h"
#include "checker/util/edit_distance.h"

namespace reportlint {

TEST_CASE("EditDistance counts edits, in bytes or code points, up to its cap") {
  using namespace std::string_view_literals;
  CHECK(EditDistance("kitten"sv, "sitting"sv, 10) == 3);
  CHECK(EditDistance("same"sv, "same"sv, 0) == 0);
  CHECK(EditDistance(U"本年新收政府信息公开申请数量"sv, U"本年新收政府信息公开申请数"sv, 2) == 1);
  // Beyond the cap it answers cap + 1, from the lengths alone or from a row.
  CHECK(EditDistance("a"sv, "abcdef"sv, 2) == 3);
  CHECK(EditDistance("abcdef"sv, "uvwxyz"sv, 2) == 3);
}

TEST_CASE("ClosestMatch suggests within max(2, len/3) edits, SuggestId prefers a longer id") {
  std::vector<std::string> keys = {"severity", "message", "description"};
  CHECK(ClosestMatch("severty", keys) == "severity");
  CHECK(ClosestMatch("mesage", keys) == "message");
  CHECK(ClosestMatch("colour", keys) == "");
  std::vector<std::string> ids = {"ogi-common/other-year-data", "ogi-common/period-stated"};
  CHECK(SuggestId("ogi-common/other-year", ids) == "ogi-common/other-year-data");
  CHECK(SuggestId("ogi-common/period-stat", ids) == "ogi-common/period-stated");
  CHECK(SuggestId("nothing/like-it", ids) == "");
}

}  // namespace reportlint
