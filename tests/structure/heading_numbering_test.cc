// The numbering walk on its own: one line per slip, "LINE number->expected problem",
// for outlines given as text, with and without a format's places.
#include "checker/structure/heading_numbering.h"

#include <doctest/doctest.h>

#include "tests/test_util.h"

namespace reportlint {
namespace {

using testing::AnalyzeText;

// `places`: per heading in reading order, its place (0: none); empty: none at all.
std::string Slips(std::string_view report, const std::vector<int>& places = {}) {
  auto t = AnalyzeText(report);
  const Analysis& a = t.analysis;
  std::string out;
  for (const NumberingSlip& s : AuditNumbering(a.folded.text(), a.sections, a.tables, places)) {
    const Heading& h = a.sections.headings[s.heading];
    out += std::to_string(h.line + 1) + " " + NumberAsWritten(h.number, h.level) + "->" +
           NumberAsWritten(s.expected, s.expected_level) + " " + ProblemName(s.problem) + "\n";
  }
  return out;
}

TEST_CASE("heading numbering: one slip per break, whatever follows it") {
  CHECK(Slips("一、甲\n二、乙\n三、丙\n") == "");
  CHECK(Slips("一、甲\n三、乙\n四、丙\n五、丁\n") == "2 三->二 skipped\n");
  CHECK(Slips("一、甲\n二、乙\n二、丙\n三、丁\n") == "3 二->三 repeated\n");
  CHECK(Slips("一、甲\n二、乙\n二、丙\n四、丁\n") == "3 二->三 repeated\n");
  CHECK(Slips("一、甲\n三、乙\n二、丙\n") == "2 三->二 skipped\n3 二->四 out-of-sequence\n");
  // Each level and parent is a list of its own.
  CHECK(Slips("一、甲\n(一)子\n(三)子\n二、乙\n(一)子\n(二)子\n") == "3 三->二 skipped\n");
  CHECK(Slips("一、甲\n1.子\n2.子\n4.子\n") == "4 4->3 skipped\n");
}

TEST_CASE("heading numbering: places move the expected number") {
  // 甲 has place 2 (its first part is missing), 乙 place 3, 丙 place 5: no slip.
  CHECK(Slips("二、甲\n三、乙\n五、丙\n", {2, 3, 5}) == "");
  // The same numbers without places: a list should start at 一.
  CHECK(Slips("二、甲\n三、乙\n四、丙\n") == "1 二->一 skipped\n");
  // A place names the number a wrong heading should have.
  CHECK(Slips("一、甲\n二、乙\n四、丙\n四、丁\n", {1, 2, 3, 4}) == "3 四->三 repeated\n");
}

TEST_CASE("heading numbering: silent where the outline may be misread") {
  CHECK(Slips("一、甲\n正文。二、乙\n三、丙\n") == "");
  CHECK(Slips("一、甲\n二、乙\n一、附\n二、附\n三、丙\n") == "");
  CHECK(Slips("一、甲\n二、乙\n3、丙\n四、丁\n") == "3 3->三 mixed-system\n");
  CHECK(Slips("一、甲\n二、乙\n3.丙\n四、丁\n") == "");
  CHECK(NumberAsWritten(12, 1) == "十二");
  CHECK(NumberAsWritten(12, 3) == "12");
}

}  // namespace
}  // namespace reportlint
