// Fixtures for the `sections` rule kind. Expected findings are written above
// the line they point at ("# expect: RULE:COL EVIDENCE", see tests/test_util.h);
// findings about the report as a whole point at its title.
#include <doctest/doctest.h>

#include "tests/test_util.h"

namespace reportlint {
namespace {

using testing::CheckWithPack;
using testing::DumpFindingWithMessage;
using testing::DumpFindings;

const char* kRequiredList = R"(
    required:
      - {name: 主动公开, match: ['主动公开']}
      - {name: 依申请公开, match: ['依申请', '申请公开']}
      - {name: 复议诉讼, match: ['复议', '诉讼']}
)";

std::string Pack(const std::string& check, const std::string& extra, const std::string& message) {
  return "pack: t\nrules:\n  - id: t/" + check + "\n    kind: sections\n    check: " + check +
         "\n    severity: error\n" + extra + "    message: " + message + "\n";
}

const std::string kRequired =
    Pack("required", std::string("    max_level: 2") + kRequiredList,
         R"({zh: "缺少{missing}", en: "missing {missing}"})");
const std::string kOrder =
    Pack("order", std::string("    max_level: 1") + kRequiredList,
         R"({zh: "{section}应在{expected_after}之后", en: "{section} belongs after {expected_after}"})");
const std::string kDeclaration =
    Pack("declaration", "",
         R"({zh: "声明{declared}部分", en: "declares {declared}, lists {listed}, has {found}"})");
const std::string kDeclaredParts =
    Pack("declared-parts", "",
         R"({zh: "{parts}没有标题", en: "{count} announced parts have no heading: {parts}"})");

TEST_CASE("required: a missing section is reported at the title") {
  CHECK_FIXTURE(kRequired, R"(
# expect: t/required:1 {"missing":"依申请公开"}
某县2017年政府信息公开工作年度报告
一、主动公开政府信息情况
全年依申请公开信息3条。
二、行政复议和行政诉讼情况
)");
  // Every missing section is its own finding.
  CHECK_FIXTURE(kRequired, R"(
# expect: t/required:1 {"missing":"主动公开"}
# expect: t/required:1 {"missing":"依申请公开"}
# expect: t/required:1 {"missing":"复议诉讼"}
某县2017年政府信息公开工作年度报告
一、概述
)");
  // No title: the first non-empty line.
  CHECK_FIXTURE(kRequired, R"(

# expect: t/required:4 {"missing":"复议诉讼"}
   导航 首页
一、主动公开
二、依申请公开
)");
}

TEST_CASE("required: present under an alias, at level 1 or 2") {
  CHECK_FIXTURE(kRequired, R"(
某县2017年政府信息公开工作年度报告
一、概述
（一）主动公开政府信息情况
（二）受理申请公开情况
二、因政府信息公开申请提起行政诉讼的情况
)");
  // Traditional headings fold before matching.
  CHECK_FIXTURE(kRequired, R"(
某縣2017年政府信息公開工作年度報告
一、主動公開政府信息情況
二、依申請公開政府信息情況
三、行政復議情況
)");
}

TEST_CASE("required: a heading deeper than max_level does not count") {
  CHECK_FIXTURE(kRequired, R"(
# expect: t/required:1 {"missing":"复议诉讼"}
某县2017年政府信息公开工作年度报告
一、主动公开政府信息情况
二、依申请公开政府信息情况
1.行政复议情况
（1）行政诉讼情况
本年度未发生行政复议、行政诉讼。
)");
}

TEST_CASE("required: the message in both languages") {
  const char* kReport = "某县2017年政府信息公开工作年度报告\n一、主动公开\n二、依申请公开\n";
  auto en = CheckWithPack(kRequired, kReport, "en");
  REQUIRE(en.size() == 1);
  CHECK(DumpFindingWithMessage(en[0]) ==
        "1:1 t/required {\"missing\":\"复议诉讼\"} | missing 复议诉讼");
  CHECK(en[0].kind == "sections");
  CHECK(en[0].severity == Severity::kError);
  CHECK(en[0].end.line == 1);
  CHECK(en[0].end.column == 20);  // one past the whole title line
  auto zh = CheckWithPack(kRequired, kReport, "zh");
  REQUIRE(zh.size() == 1);
  CHECK(zh[0].message == "缺少复议诉讼");
}

TEST_CASE("order: a section before one it should follow") {
  CHECK_FIXTURE(kOrder, R"(
某县2017年政府信息公开工作年度报告
# expect: t/order:1 {"section":"复议诉讼","expected_after":"依申请公开"}
一、行政复议、行政诉讼情况
二、主动公开政府信息情况
三、依申请公开政府信息情况
)");
  CHECK_FIXTURE(kOrder, R"(
某县2017年政府信息公开工作年度报告
   一、主动公开政府信息情况
# expect: t/order:4 {"section":"复议诉讼","expected_after":"依申请公开"}
   二、行政复议情况
   三、依申请公开情况
)");
}

TEST_CASE("order: in order, or with sections missing, stays silent") {
  CHECK_FIXTURE(kOrder, R"(
某县2017年政府信息公开工作年度报告
一、主动公开政府信息情况
二、依申请公开政府信息情况
三、行政复议、行政诉讼情况
)");
  CHECK_FIXTURE(kOrder, R"(
某县2017年政府信息公开工作年度报告
一、主动公开政府信息情况
二、行政复议、行政诉讼情况
)");
  // max_level 1: a level-2 heading out of place is not a section here.
  CHECK_FIXTURE(kOrder, R"(
某县2017年政府信息公开工作年度报告
一、概述
（一）行政复议
二、主动公开政府信息情况
三、依申请公开政府信息情况
四、行政复议、行政诉讼情况
)");
}

TEST_CASE("declaration: the declared count against the top-level headings") {
  CHECK_FIXTURE(kDeclaration, R"(
某县2017年政府信息公开工作年度报告
# expect: t/declaration:4 {"declared":3,"listed":3,"found":2,"mismatch":"headings"}
前言。本报告由概述、主动公开、依申请公开三部分组成。
一、概述
二、主动公开
（一）依申请公开
)");
  CHECK_FIXTURE(kDeclaration, R"(
某县2017年政府信息公开工作年度报告
# expect: t/declaration:1 {"declared":6,"listed":0,"found":3,"mismatch":"headings"}
本报告共分六个部分。
一、概述
二、主动公开
三、依申请公开
)");
}

TEST_CASE("declaration: the declared count against the listed parts") {
  CHECK_FIXTURE(kDeclaration, R"(
某县2017年政府信息公开工作年度报告
# expect: t/declaration:1 {"declared":5,"listed":5,"found":6,"mismatch":"headings"}
本报告由概述、主动公开、依申请公开、复议诉讼、存在的问题五部分组成。
一、概述
二、主动公开
三、依申请公开
四、复议诉讼
五、存在的问题
六、其他事项
)");
  // "六部分组成" with five parts listed, as in a real report.
  CHECK_FIXTURE(kDeclaration, R"(
某县2017年政府信息公开工作年度报告
# expect: t/declaration:1 {"declared":6,"listed":5,"found":6,"mismatch":"list"}
本报告由概述、主动公开、依申请公开、复议诉讼、存在的问题六部分组成。
一、概述
二、主动公开
三、依申请公开
四、复议诉讼
五、存在的问题
六、其他事项
)");
}

TEST_CASE("declaration: a list that fits its count under some reading stays silent") {
  // The last two parts joined by 和; a part whose name holds 、; quoted parts
  // with no separator; a lost separator.
  for (const char* list : {
           "概述、主动公开政府信息情况和依申请公开政府信息情况三部分组成",
           "概述、复议、诉讼和投诉的情况、存在的问题和改进措施三部分组成",
           "“概述”“主动公开政府信息情况”“政府信息公开行政复议、行政诉讼情况”三个部分组成",
           "概述主动公开政府信息情况、政府信息公开行政复议、行政诉讼情况三个部分组成",
       }) {
    CHECK_FIXTURE(kDeclaration, std::string("\n某县2017年政府信息公开工作年度报告\n本报告由") + list +
                                    "。\n一、概述\n二、主动公开政府信息情况\n三、行政复议、行政诉讼情况\n");
  }
}

TEST_CASE("declaration: a list no reading fits is reported with the closest reading") {
  // Eight declared; seven parts at the most, as 复议、诉讼…的情况 and 问题和改进 are one each.
  CHECK_FIXTURE(kDeclaration, R"(
某县2017年政府信息公开工作年度报告
# expect: t/declaration:2 {"declared":8,"listed":7,"found":2,"mismatch":"both","listed_readings":[5,7]}
本年报由概述、主动公开政府信息情况、依申请公开政府信息和政府信息公开的收费和减免情况、因政府信息公开申请行政复议、提起行政诉讼的情况、政府信息公开工作存在的主要问题和改进措施以及附表等八部分组成。
一、概述
二、主动公开政府信息情况
)");
  // Three declared, five listed that no 、 joins.
  CHECK_FIXTURE(kDeclaration, R"(
某县2017年政府信息公开工作年度报告
# expect: t/declaration:1 {"declared":3,"listed":5,"found":3,"mismatch":"list"}
本报告由概述、主动公开、依申请公开、收费及减免、存在的问题三部分组成。
一、概述
二、主动公开
三、依申请公开
)");
}

TEST_CASE("declaration: what agrees, or declares no count, stays silent") {
  CHECK_FIXTURE(kDeclaration, R"(
某县2017年政府信息公开工作年度报告
本報告由概述、主動公開、依申請公開3個部分組成。
一、概述
二、主动公开
（一）主动公开的范围
三、依申请公开
附表
一、主动公开情况
)");
  CHECK_FIXTURE(kDeclaration, R"(
某县2017年政府信息公开工作年度报告
全文包括概述、主动公开、依申请公开和存在的问题。
一、概述
)");
  // A declaration after the first top-level heading is a quotation.
  CHECK_FIXTURE(kDeclaration, R"(
某县2017年政府信息公开工作年度报告
一、概述
按要求,报告由概述、主动公开、依申请公开等八部分构成。
二、主动公开
)");
  CHECK_FIXTURE(kDeclaration, "某县2017年政府信息公开工作年度报告\n一、概述\n");
}

TEST_CASE("declared-parts: an announced part without a heading") {
  CHECK_FIXTURE(kDeclaredParts, R"(
某县2017年政府信息公开工作年度报告
# expect: t/declared-parts:1 {"parts":["信息发布和政策解读"],"count":1}
全文包括概述、主动公开政府信息情况、信息发布和政策解读、依申请公开政府信息情况。
一、概述
二、主动公开政府信息情况
三、依申请公开工作
)");
  auto findings = CheckWithPack(kDeclaredParts,
                                "某县2017年政府信息公开工作年度报告\n"
                                "全文包括概述,收费及减免,行政复议、行政诉讼情况,其他事项。\n"
                                "一、概述\n二、其他事项\n");
  REQUIRE(findings.size() == 1);
  CHECK(DumpFindingWithMessage(findings[0]) ==
        "2:1 t/declared-parts {\"parts\":[\"收费及减免\",\"行政复议、行政诉讼情况\"],\"count\":2} | "
        "2 announced parts have no heading: 收费及减免, 行政复议、行政诉讼情况");
}

TEST_CASE("declared-parts: parts found under other wording stay silent") {
  CHECK_FIXTURE(kDeclaredParts, R"(
某县2017年政府信息公开工作年度报告
本报告由概述、主动公开、依申请公开、复议诉讼、存在的主要问题及改进措施五部分组成。
一、概述
二、主动公开政府信息情况
三、政府信息依申请公开情况
（一）因政府信息公开申请行政复议、提起行政诉讼的情况
四、存在的问题和改进措施
五、其他
)");
  // When the count already disagrees with the headings, the declaration
  // check reports it once; the parts are not listed again.
  CHECK_FIXTURE(kDeclaredParts, R"(
某县2017年政府信息公开工作年度报告
本报告由概述、主动公开、信息发布、依申请公开四部分组成。
一、概述
二、主动公开
)");
}

TEST_CASE("readable: a report that lost its line breaks and shows no headings, said once") {
  // Every check of the kind in one pack: only `readable` speaks.
  std::string pack = "pack: t\nrules:\n";
  for (const char* check : {"readable", "required", "order", "declaration", "declared-parts"}) {
    std::string extra = std::string(check) == "required" || std::string(check) == "order"
                            ? std::string("    max_level: 1") + kRequiredList
                            : "";
    // Messages differ per finding: the sink merges identical ones.
    std::string message = std::string(check) == "required" ? "'{missing}'" : "'x'";
    pack += std::string("  - id: t/") + check + "\n    kind: sections\n    check: " + check +
            "\n    severity: error\n" + extra + "    message: {zh: " + message + ", en: " + message +
            "}\n";
  }
  std::string text = "某县2020年政府信息公开工作年度报告本报告由主动公开、依申请公开、复议诉讼三个部分组成。";
  for (int i = 0; i < 30; ++i) text += "我县认真贯彻落实《条例》,不断加大政府信息公开力度,完善工作机制,提升公开质量。";
  std::vector<Finding> f = CheckWithPack(pack, text);
  CHECK(DumpFindings(f) == "1:1 t/readable {\"lines\":1,\"longest_line\":1245}\n");
  // The same report with its line breaks: the headings are missing, and said so.
  std::string broken = text;
  broken.insert(broken.find("本报告由"), "\n");
  for (size_t at = 0; (at = broken.find("。", at)) != std::string::npos;) {
    at += std::string("。").size();
    broken.insert(at, "\n");
  }
  std::string dump = DumpFindings(CheckWithPack(pack, broken));
  CHECK(dump.rfind("1:1 t/required {\"missing\":\"主动公开\"}\n"
                   "1:1 t/required {\"missing\":\"依申请公开\"}\n"
                   "1:1 t/required {\"missing\":\"复议诉讼\"}\n"
                   "2:1 t/declaration {\"declared\":3,\"listed\":3,\"found\":0",
                   0) == 0);
  CHECK(dump.find("t/readable") == std::string::npos);
}

TEST_CASE("readable: a flattened report whose headings are found stays silent") {
  const std::string kReadable =
      Pack("readable", "", R"({zh: "无法识别章节结构", en: "lines {lines}, longest {longest_line}"})");
  std::string filler = "全县各级各部门按照要求认真做好政府信息公开工作,取得明显成效。";
  std::string line = "某县2017年政府信息公开工作年度报告" + filler + "一、主动公开政府信息情况" + filler +
                     filler + "二、依申请公开政府信息情况" + filler + filler + "三、行政复议和行政诉讼情况" +
                     filler;
  CHECK(CheckWithPack(kReadable, line).empty());
  CHECK(CheckWithPack(kRequired, line).empty());
  std::string lost = line.substr(0, line.find("一、")) + filler + filler + filler + filler;
  for (int i = 0; i < 30; ++i) lost += filler;
  auto f = CheckWithPack(kReadable, lost);
  REQUIRE(f.size() == 1);
  CHECK(f[0].message == "lines 1, longest 1104");
}

}  // namespace
}  // namespace reportlint

namespace reportlint {
namespace {

using testing::CheckDocumentWithPack;
using testing::CheckWithPack;
using testing::DumpFindingWithMessage;
using testing::DumpFindings;

// A PDF's parts as the reader hands them over: one line per entry of `lines`
// ({page, text}), `blank` the pages without text.
std::unique_ptr<Document> PdfDocument(const std::vector<std::pair<int, std::u32string>>& lines,
                                      std::vector<int> blank, int pages) {
  DocumentParts parts;
  for (const auto& [page, text] : lines) {
    if (!parts.text.empty()) parts.text += U'\n';
    parts.text += text;
    Location where;
    where.page = page;
    where.box = {72, 100, 300, 112};
    parts.line_locations.push_back(where);
  }
  parts.pages_without_text = std::move(blank);
  parts.page_count = pages;
  return std::make_unique<Document>("r.pdf", SourceFormat::kPdf, "UTF-8", std::move(parts));
}

// Every check of the kind, each rule's message naming its check.
std::string AllChecksPack() {
  std::string pack = "pack: t\nrules:\n";
  for (const char* check :
       {"text-layer", "page-text", "readable", "required", "order", "declaration", "declared-parts"}) {
    std::string extra = std::string(check) == "required" || std::string(check) == "order"
                            ? std::string("    max_level: 1") + kRequiredList
                            : "";
    std::string message = std::string(check) == "required" ? "'{missing}'"
                          : std::string(check) == "page-text" ? "'page {page} of {pages}'"
                          : std::string(check) == "text-layer" ? "'none of {pages}'"
                                                               : "'x'";
    pack += std::string("  - id: t/") + check + "\n    kind: sections\n    check: " + check +
            "\n    severity: info\n" + extra + "    message: {zh: " + message + ", en: " + message +
            "}\n";
  }
  return pack;
}

TEST_CASE("text-layer: a PDF without text on any page is said once, nothing is missing") {
  auto scan = PdfDocument({}, {1, 2, 3}, 3);
  std::vector<Finding> f = CheckDocumentWithPack(AllChecksPack(), *scan);
  REQUIRE(f.size() == 1);
  CHECK(DumpFindingWithMessage(f[0]) == "1:1 t/text-layer {\"pages\":3} | none of 3");
  CHECK(f[0].begin.page == 0);  // the document as a whole, no page
  // An empty text file is no scan: its sections are missing as usual.
  CHECK(DumpFindings(CheckWithPack(AllChecksPack(), "")).find("t/required") != std::string::npos);
}

TEST_CASE("page-text: a page without text in a readable PDF, once per page, located on it") {
  auto doc = PdfDocument({{1, U"某县2020年政府信息公开工作年度报告"},
                          {1, U"一、主动公开"},
                          {3, U"二、依申请公开"},
                          {3, U"三、复议诉讼"}},
                         {2, 4}, 4);
  std::vector<Finding> f = CheckDocumentWithPack(AllChecksPack(), *doc);
  REQUIRE(f.size() == 2);
  // Page 2 at the first line of page 3; page 4 at the end of the text.
  CHECK(DumpFindingWithMessage(f[0]) == "3:1 t/page-text {\"page\":2,\"pages\":4} | page 2 of 4");
  CHECK(f[0].begin.page == 2);
  CHECK(f[0].begin.box.x1 == 0);  // no box: the page has no text to point at
  CHECK(DumpFindingWithMessage(f[1]) == "4:7 t/page-text {\"page\":4,\"pages\":4} | page 4 of 4");
  CHECK(f[1].begin.page == 4);
  // The sections are checked as usual: none missing here, and without the
  // third heading it is said.
  auto lacking = PdfDocument({{1, U"某县2020年政府信息公开工作年度报告"},
                              {1, U"一、主动公开"},
                              {3, U"二、依申请公开"}},
                             {2}, 3);
  CHECK(DumpFindings(CheckDocumentWithPack(AllChecksPack(), *lacking)) ==
        "1:1 t/required {\"missing\":\"复议诉讼\"}\n"
        "3:1 t/page-text {\"page\":2,\"pages\":3}\n");
}

}  // namespace
}  // namespace reportlint
