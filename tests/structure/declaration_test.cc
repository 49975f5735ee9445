#include "checker/structure/declaration.h"

#include <doctest/doctest.h>

#include "checker/util/utf.h"
#include "tests/test_util.h"

namespace reportlint {
namespace {

// "COUNT: PART | PART | ..." with "-" for no count, or "none".
std::string Dump(std::string_view report) {
  auto t = testing::AnalyzeText(report);
  const auto& d = t.analysis.declaration;
  if (!d) return "none";
  std::string out = d->count ? std::to_string(*d->count) : "-";
  out += ":";
  for (size_t i = 0; i < d->parts.size(); ++i) {
    out += (i == 0 ? " " : " | ") + U32ToUtf8(d->parts[i]);
  }
  return out;
}

// "MIN..MAX" parts over the readings of the declared list.
std::string Readings(std::string_view report) {
  auto t = testing::AnalyzeText(report);
  const auto& d = t.analysis.declaration;
  if (!d) return "none";
  return std::to_string(d->min_parts) + ".." + std::to_string(d->max_parts);
}

TEST_CASE("a count with a list separated by 、") {
  CHECK(Dump("报告由概述、主动公开政府信息情况、依申请公开、收费及减免、复议诉讼、存在的主要问题及改进措施、其他事项、附表八部分构成。") ==
        "8: 概述 | 主动公开政府信息情况 | 依申请公开 | 收费及减免 | 复议诉讼 | "
        "存在的主要问题及改进措施 | 其他事项 | 附表");
  CHECK(Dump("本报告由概述、主动公开、依申请公开、复议诉讼、存在的问题和改进措施等五个部分组成。") ==
        "5: 概述 | 主动公开 | 依申请公开 | 复议诉讼 | 存在的问题和改进措施");
}

TEST_CASE("a list separated by commas keeps 、 inside its items") {
  CHECK(Dump("全文包括概述，主动公开情况，依申请公开情况，行政复议、行政诉讼情况，存在问题及改进措施，其他需要报告的事项6个部分。") ==
        "6: 概述 | 主动公开情况 | 依申请公开情况 | 行政复议、行政诉讼情况 | 存在问题及改进措施 | "
        "其他需要报告的事项");
}

TEST_CASE("a list separated by 、 with a ',以及' tail") {
  CHECK(Dump("报告由概述、主动公开、依申请公开、收费及减免、行政复议、提起行政诉讼,以及存在的主要问题及改进措施七部分构成。") ==
        "7: 概述 | 主动公开 | 依申请公开 | 收费及减免 | 行政复议 | 提起行政诉讼 | "
        "存在的主要问题及改进措施");
  // "以及" without a comma before it separates the last part too.
  CHECK(Dump("全文包括概述、主动公开、依申请公开以及存在的问题。") ==
        "-: 概述 | 主动公开 | 依申请公开 | 存在的问题");
}

TEST_CASE("a list closed by 共N个部分") {
  CHECK(Dump("全文包括概述、主动公开、依申请公开、复议诉讼、存在问题、其他事项,共六个部分。") ==
        "6: 概述 | 主动公开 | 依申请公开 | 复议诉讼 | 存在问题 | 其他事项");
}

TEST_CASE("a count without a list") {
  CHECK(Dump("本报告共分六个部分。") == "6:");
  CHECK(Dump("本年度报告分为五个部分。") == "5:");
  CHECK(Dump("全文包括以下6个方面内容:") == "6:");
  CHECK(Dump("年报由十部分组成。") == "10:");
}

TEST_CASE("a list without a count") {
  CHECK(Dump("全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、复议诉讼情况和存在的问题。") ==
        "-: 概述 | 主动公开政府信息情况 | 依申请公开政府信息情况 | 复议诉讼情况和存在的问题");
  // One or two items without a count read as prose, not as a declaration.
  CHECK(Dump("报告由县政府办公室编制。") == "none");
  CHECK(Dump("全文包括概述和附表。") == "none");
}

TEST_CASE("the last two parts joined by 和: the reading with the declared count") {
  const char* kThree = "本报告由概述、主动公开政府信息情况和依申请公开政府信息情况三部分组成。";
  CHECK(Dump(kThree) == "3: 概述 | 主动公开政府信息情况 | 依申请公开政府信息情况");
  CHECK(Readings(kThree) == "2..3");
  // Without a count 和 stays inside the part.
  CHECK(Dump("全文包括概述、主动公开政府信息情况和依申请公开政府信息情况。") ==
        "-: 概述 | 主动公开政府信息情况和依申请公开政府信息情况");
}

TEST_CASE("a part whose name holds 、 or 和 is one part") {
  CHECK(Dump("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
             "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六个部分组成。") ==
        "6: 总体情况 | 主动公开政府信息情况 | 收到和处理政府信息公开申请情况 | "
        "政府信息公开行政复议、行政诉讼情况 | 存在的主要问题及改进情况 | 其他需要报告的事项");
  CHECK(Readings("本报告由概述、复议、诉讼和投诉的情况、存在的问题和改进措施三部分组成。") == "3..3");
  CHECK(Dump("本报告由概述、复议、诉讼和投诉的情况、存在的问题和改进措施三部分组成。") ==
        "3: 概述 | 复议、诉讼和投诉的情况 | 存在的问题和改进措施");
  // A shared 因… binds them too; without 情况 or 因 they may be two parts.
  CHECK(Readings("本报告由因政府信息公开申请行政复议、提起行政诉讼、附表二部分组成。") == "1..2");
  CHECK(Readings("报告由行政复议、提起行政诉讼、附表三部分构成。") == "2..3");
  // Brackets hold their separators.
  CHECK(Dump("全文包括主动公开、依申请公开(含不予公开、收费及减免)、行政复议三个部分。") ==
        "3: 主动公开 | 依申请公开(含不予公开、收费及减免) | 行政复议");
}

TEST_CASE("parts in quotation marks with no separator between them") {
  CHECK(Dump("本年报全文由“总体情况”“主动公开政府信息情况”“政府信息公开行政复议、行政诉讼情况”“其他需要报告的事项”四个部分组成。") ==
        "4: 总体情况 | 主动公开政府信息情况 | 政府信息公开行政复议、行政诉讼情况 | 其他需要报告的事项");
}

TEST_CASE("a lost separator between two part names") {
  const char* kLost =
      "报告全文由概述主动公开政府信息情况、回应解读情况、政府信息公开收费及减免情况申请行政复议和提起行政诉讼情况"
      "政府信息公开工作存在的主要问题及改进情况等六个部分组成。";
  CHECK(Dump(kLost) ==
        "6: 概述 | 主动公开政府信息情况 | 回应解读情况 | 政府信息公开收费及减免情况 | "
        "申请行政复议和提起行政诉讼情况 | 政府信息公开工作存在的主要问题及改进情况");
  CHECK(Readings(kLost) == "3..6");
}

TEST_CASE("a list that no reading makes agree with its count") {
  // 八部分 with seven at the most: 收费和减免, 复议、诉讼…的情况, 问题和改进 are one part each.
  const char* kEight =
      "本年报由概述、主动公开政府信息情况、依申请公开政府信息和政府信息公开的收费和减免情况、"
      "因政府信息公开申请行政复议、提起行政诉讼的情况、政府信息公开工作存在的主要问题和改进措施以及附表等八部分组成。";
  CHECK(Readings(kEight) == "5..7");
  CHECK(Dump(kEight) ==
        "8: 概述 | 主动公开政府信息情况 | 依申请公开政府信息 | 政府信息公开的收费和减免情况 | "
        "因政府信息公开申请行政复议、提起行政诉讼的情况 | 政府信息公开工作存在的主要问题和改进措施 | 附表");
}

TEST_CASE("Traditional script folds before matching") {
  CHECK(Dump("本報告由概述、主動公開、依申請公開、複議訴訟、存在問題、其他事項6個部分組成。") ==
        "6: 概述 | 主动公开 | 依申请公开 | 复议诉讼 | 存在问题 | 其他事项");
}

TEST_CASE("only the text before the first top-level heading is read") {
  CHECK(Dump("某县2019年政府信息公开工作年度报告\n本报告由概述、主动公开、依申请公开三部分组成。\n一、概述\n") ==
        "3: 概述 | 主动公开 | 依申请公开");
  CHECK(Dump("某县2019年政府信息公开工作年度报告\n一、概述\n本报告由概述、主动公开、依申请公开三部分组成。\n") ==
        "none");
  // Sub-headings before the first top-level heading do not end the search.
  CHECK(Dump("(一)说明\n全文包括概述、主动公开、其他3个部分。\n一、概述\n") == "3: 概述 | 主动公开 | 其他");
}

TEST_CASE("the span covers the declaration") {
  auto t = testing::AnalyzeText(std::string_view("标题\n前言。本报告共分六个部分。其余\n"));
  REQUIRE(t.analysis.declaration);
  CHECK(t.analysis.OriginalText(t.analysis.declaration->begin, t.analysis.declaration->end) ==
        "本报告共分六个部分");
}

}  // namespace
}  // namespace reportlint
