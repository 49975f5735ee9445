// Tests of cutting a glued digit run into cells: exactly counted, with leading zeros,
// empty marks and the digits a cell may have, and the identity a cut must satisfy.
#include "checker/structure/tables/glued_digits.h"

#include <doctest/doctest.h>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

// B3 of Table B: the six applicant columns add up to the seventh, 总计.
bool B3(const std::vector<GluedCell>& cells) {
  long long sum = 0;
  for (size_t i = 0; i + 1 < cells.size(); ++i) sum += cells[i].value;
  return sum == cells.back().value;
}

bool Any(const std::vector<GluedCell>&) { return true; }

// "COUNT: cells of the first cut" ("_" for an empty mark).
std::string Cuts(const char* run, int cells = 7, int max_digits = 5,
                 bool (*holds)(const std::vector<GluedCell>&) = B3) {
  std::vector<GluedCell> cut;
  int n = CountGluedCuts(Utf8ToU32(run), cells, max_digits, holds, &cut);
  std::string out = std::to_string(n);
  if (n > 0) {
    out += ":";
    for (const GluedCell& c : cut) out += c.empty ? " _" : " " + std::to_string(c.value);
  }
  return out;
}

}  // namespace

TEST_CASE("glued digits: a row is read when exactly one cut satisfies its identity") {
  CHECK(Cuts("2100003") == "1: 2 1 0 0 0 0 3");
  CHECK(Cuts("0000000") == "1: 0 0 0 0 0 0 0");
  CHECK(Cuts("1234560158") == "1: 12 34 5 6 0 1 58");
  // 21 5 0 1 2 0 29, or 2 1 5 0 1 20 29: ambiguous, counted as 2.
  CHECK(Cuts("215012029") == "2: 2 1 5 0 1 20 29");
  CHECK(Cuts("102011014") == "2: 1 0 2 0 1 10 14");
  // No cut adds up (12 2 0 1 1 0 14 breaks B3), or too few digits (a blank lost).
  CHECK(Cuts("122011014") == "0");
  CHECK(Cuts("100001") == "0");
}

TEST_CASE("glued digits: empty marks, leading zeros and the digits of a cell") {
  CHECK(Cuts("00/0000") == "1: 0 0 _ 0 0 0 0");
  CHECK(Cuts("1—00001") == "1: 1 _ 0 0 0 0 1");
  // "03" is two cells, never one.
  CHECK(Cuts("03", 1, 5, Any) == "0");
  CHECK(Cuts("03", 2, 5, Any) == "1: 0 3");
  CHECK(Cuts("123456", 1, 5, Any) == "0");
  CHECK(Cuts("123456", 1, 6, Any) == "1: 123456");
  // Anything but digits and empty marks is not a run of cells.
  CHECK(Cuts("12a4567", 7, 5, Any) == "0");
  CHECK(Cuts("1 2 3", 3, 5, Any) == "0");
}

}  // namespace reportlint
