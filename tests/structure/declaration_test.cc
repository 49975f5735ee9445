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
