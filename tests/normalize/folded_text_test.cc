#include "checker/normalize/folded_text.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

std::string Fold(const std::string& utf8) { return U32ToUtf8(FoldedText(Utf8ToU32(utf8)).text()); }

// The original text behind the first occurrence of `needle` in the folded text.
struct Traced {
  size_t begin;
  size_t end;
  std::string original;
};
Traced Trace(const std::string& original_utf8, const std::string& needle) {
  std::u32string original = Utf8ToU32(original_utf8);
  FoldedText f(original);
  size_t at = f.text().find(Utf8ToU32(needle));
  REQUIRE_MESSAGE(at != std::u32string::npos, needle, " not in ", U32ToUtf8(f.text()));
  size_t b = f.SourceBegin(at), e = f.SourceEnd(at + Utf8ToU32(needle).size());
  return {b, e, U32ToUtf8(std::u32string_view(original).substr(b, e - b))};
}

TEST_CASE("full-width digits, letters and punctuation fold to ASCII") {
  const char* kCases[][2] = {
      {"共１２３件", "共123件"},
      {"占７４．５％", "占74.5%"},
      {"（一）总体情况", "(一)总体情况"},
      {"统计期限：自", "统计期限:自"},
      {"一是，二是；三是！四是？", "一是,二是;三是!四是?"},
      {"ＡＢＣ１", "ABC1"},
      // What is already Chinese punctuation without an ASCII twin stays.
      {"《条例》、“三公”〔2019〕。", "《条例》、“三公”〔2019〕。"},
      // Multi-code-point folds: ㈠ is "(一)", ① is "1".
      {"㈠主动公开", "(一)主动公开"},
      {"①依申请", "1依申请"},
  };
  for (const auto& c : kCases) CHECK_MESSAGE(Fold(c[0]) == std::string(c[1]), std::string(c[0]));
}

TEST_CASE("Traditional folds to Simplified") {
  CHECK(Fold("統計期限") == "统计期限");
  CHECK(Fold("本報告中所列數據") == "本报告中所列数据");
  CHECK(Fold("6個部分") == "6个部分");
  CHECK(Fold("政府資訊公開") == "政府资讯公开");
  CHECK(Fold("從2015年1月1日到12月31日止") == "从2015年1月1日到12月31日止");
  // Simplified text is left alone.
  CHECK(Fold("统计期限自2015年1月1日起") == "统计期限自2015年1月1日起");
}

TEST_CASE("whitespace folds and drops") {
  const char* kCases[][2] = {
      {"年 度 报 告", "年度报告"},                  // between ideographs: dropped
      {"年\u3000度\u3000报告", "年度报告"},        // ideographic spaces too
      {"共 12 件", "共 12 件"},                    // next to a digit: kept, as one space
      {"2015  \t 年", "2015 年"},                  // a run is one space
      {"a\u3000\u3000b", "a b"},                   // ideographic space is a space
      {"a\u00A0b", "a b"},                         // so is a no-break space
      {"   一、总体情况", "一、总体情况"},          // at the line start: dropped
      {"\u3000\u3000(一)主动公开", "(一)主动公开"},
      {"总体情况   ", "总体情况"},                  // at the text end: dropped
      {"总体情况  \n  二、", "总体情况\n二、"},     // around line ends: dropped
      {"line one\n\nline three\n", "line one\n\nline three\n"},  // line ends kept
  };
  for (const auto& c : kCases) CHECK_MESSAGE(Fold(c[0]) == std::string(c[1]), std::string(c[0]));
}

TEST_CASE("the folded text has the same lines as the original") {
  std::string original = "  标题 \n\u3000\u3000一、总 体 情 况\n\n统計期限：２０１５年\n";
  std::string folded = Fold(original);
  CHECK(folded == "标题\n一、总体情况\n\n统计期限:2015年\n");
  auto count = [](const std::string& s) { return std::count(s.begin(), s.end(), '\n'); };
  CHECK(count(folded) == count(original));
}

TEST_CASE("offsets map back to the exact original characters") {
  // Nothing folded: identity.
  Traced plain = Trace("统计期限自2015年1月1日起", "2015年");
  CHECK(plain.begin == 5);
  CHECK(plain.end == 10);
  CHECK(plain.original == "2015年");

  // Full-width digits: one character each, same positions.
  Traced wide = Trace("共收到申请１２３件", "123件");
  CHECK(wide.begin == 5);
  CHECK(wide.original == "１２３件");

  // After dropped spaces the folded text is shorter; the map is not.
  Traced spaced = Trace("  年 度 报 告 共 １２ 件", "报告");
  CHECK(spaced.begin == 6);
  CHECK(spaced.end == 9);
  CHECK(spaced.original == "报 告");
  Traced after = Trace("  年 度 报 告 共 １２ 件", "12");
  CHECK(after.original == "１２");
  CHECK(after.begin == 12);

  // After a fold to several code points: ㈠ is three folded characters for one.
  Traced multi = Trace("㈠主动公开，共①件", "主动公开");
  CHECK(multi.begin == 1);
  CHECK(multi.end == 5);
  CHECK(multi.original == "主动公开");
  Traced marker = Trace("㈠主动公开", "(一)");
  CHECK(marker.begin == 0);
  CHECK(marker.end == 1);
  CHECK(marker.original == "㈠");
  // A match that starts inside an expansion still covers the whole source character.
  Traced inner = Trace("㈠主动公开", "一)主");
  CHECK(inner.original == "㈠主");

  // Traditional characters, then a line further down.
  Traced trad = Trace("本報告\n統計期限：自２０１５年", "统计期限:");
  CHECK(trad.begin == 4);
  CHECK(trad.original == "統計期限：");

  // A kept space maps to the first character of its run.
  Traced run = Trace("共\u3000\u300012件", "共 12");
  CHECK(run.original == "共\u3000\u300012");
}

TEST_CASE("the end of the folded text maps to the end of the original") {
  std::u32string original = U"年 度 报 告  ";
  FoldedText f(original);
  CHECK(U32ToUtf8(f.text()) == "年度报告");
  CHECK(f.size() == 4);
  CHECK(f.SourceBegin(f.size()) == original.size());
  CHECK(f.SourceEnd(0) == 0);
  CHECK(f.SourceEnd(f.size()) == 7);  // one past 告, not past the trailing spaces

  FoldedText empty(U"");
  CHECK(empty.size() == 0);
  CHECK(empty.SourceBegin(0) == 0);
}

}  // namespace
}  // namespace reportlint
