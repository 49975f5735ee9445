// The text sketches copied-text compares: the comparison form, and MinHash estimates
// that track the true shingle similarity.
#include "checker/corpus/text_sketch.h"

#include <doctest/doctest.h>

#include <set>

#include "checker/corpus/near_duplicates.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

std::string Form(const std::string& s) { return U32ToUtf8(ComparisonForm(Utf8ToU32(s))); }

double TrueJaccard(const std::u32string& a, const std::u32string& b) {
  std::set<std::u32string> sa, sb, all;
  for (size_t i = 0; i + kShingle <= a.size(); ++i) sa.insert(a.substr(i, kShingle));
  for (size_t i = 0; i + kShingle <= b.size(); ++i) sb.insert(b.substr(i, kShingle));
  all = sa;
  all.insert(sb.begin(), sb.end());
  return static_cast<double>(sa.size() + sb.size() - all.size()) / all.size();
}

const std::u32string kText =
    U"本机关坚持以公开为常态不公开为例外的原则围绕群众关切推进决策执行管理服务结果公开"
    U"持续完善政府信息公开平台建设优化依申请公开办理流程按时答复率保持较高水平并加强政策解读";

TEST_CASE("comparison form: letters and digits only, each year one mark") {
  CHECK(Form("2023年，本机关 公开了12条（含2项）。") == "#年本机关公开了12条含2项");
  CHECK(Form("20231年与1999年") == "20231年与#年");  // five digits are no year
  CHECK(Form("Rate 3.5%") == "Rate35");
}

TEST_CASE("replace words: longest first, short words left alone") {
  std::u32string text = U"东区人民政府和东区以及区";
  std::vector<std::u32string> words = {U"东区", U"东区人民政府", U"区"};
  LongestFirst(&words);
  CHECK(words.front() == U"东区人民政府");
  ReplaceWords(words, U'@', &text);
  CHECK(U32ToUtf8(text) == "@和@以及区");
  ReplaceWords({U"以及"}, 0, &text);
  CHECK(U32ToUtf8(text) == "@和@区");
  // A word removed joins its neighbours: a later word found there is removed
  // too (it was not in the text before).
  std::u32string joined = U"前丁甲乙丙戊后";
  ReplaceWords({U"甲乙丙", U"丁戊"}, 0, &joined);
  CHECK(U32ToUtf8(joined) == "前后");
  std::u32string absent = U"甲乙丁戊";
  ReplaceWords({U"乙丙", U"戊己"}, U'@', &absent);
  CHECK(U32ToUtf8(absent) == "甲乙丁戊");
}

TEST_CASE("sketch: identical texts agree, the estimate follows the true similarity") {
  CHECK(Similarity(SketchOf(kText), SketchOf(kText)) == 1.0);
  std::u32string edited = kText;
  edited[10] = U'甲';
  edited[40] = U'乙';
  edited[70] = U'丙';
  double truth = TrueJaccard(kText, edited);
  CHECK(truth > 0.7);
  CHECK(truth < 0.9);
  CHECK(std::abs(Similarity(SketchOf(kText), SketchOf(edited)) - truth) < 0.15);
  // Unrelated prose of the same domain shares few shingles.
  std::u32string other = U"今年以来区政务服务中心共接待群众咨询五千余人次办理各类事项三千余件群众满意度持续提升";
  CHECK(Similarity(SketchOf(kText), SketchOf(other)) < 0.2);
  // The sketch of a union is the merge of the sketches.
  Sketch merged = SketchOf(kText);
  Merge(SketchOf(other), &merged);
  CHECK(Similarity(merged, SketchOf(kText + U"|" + other)) > 0.9);
}

TEST_CASE("sketch: the same values whichever vector unit computes them") {
  // Values of the one-lane code that sketches were first made with (before
  // SketchOf had AVX2 and AVX-512 clones): a sketch must mean the same on
  // every machine, or two runs would disagree about the same two reports.
  Sketch s = SketchOf(kText);
  const uint32_t first[] = {10119200u, 47598898u, 140217081u, 20583727u,
                            43928002u, 29500088u, 13802802u, 64292698u};
  for (int i = 0; i < 8; ++i) CHECK(s[i] == first[i]);
  uint64_t sum = 0;
  for (uint32_t v : s) sum += v;
  CHECK(sum == 2988122753u);
  Sketch other = s;
  other[5] += 1;
  other[63] = 0;
  CHECK(Similarity(s, other) == 62.0 / 64);
  Merge(other, &s);
  CHECK(s[63] == 0);
  CHECK(s[5] == first[5]);
}

TEST_CASE("near duplicates: pairs of different groups; a cluster of many groups is shared text") {
  std::u32string edited = kText;
  edited[50] = U'甲';
  Sketch a = SketchOf(kText), b = SketchOf(edited), c = SketchOf(U"完全不同的一段文字内容用于对照检查是否会被误报出来");
  std::vector<SketchItem> items = {{&a, 0}, {&c, 1}, {&b, 2}, {&a, 0}};
  NearDuplicateOptions options;
  options.threshold = 0.8;
  options.shared_groups = 3;
  std::vector<NearPair> pairs = NearDuplicatePairs(items, options);
  REQUIRE(pairs.size() == 2);  // 0-2 and 2-3; 0-3 are of one group
  CHECK(pairs[0].a == 0);
  CHECK(pairs[0].b == 2);
  CHECK(pairs[1].a == 2);
  CHECK(pairs[1].b == 3);
  items.push_back({&b, 5});  // a third group: now text all three share
  CHECK(NearDuplicatePairs(items, options).empty());
}

}  // namespace
}  // namespace reportlint
