// Fixtures for the `sections` kind's outline checks, `numbering` and `empty`, and the
// formats of one report (txt, html, docx and pdf through the example writer): each
// slip is one finding with the number it has and the number it should have.
#include <doctest/doctest.h>

#include "reportlint/checker.h"
#include "tests/examples/report_2021.h"
#include "tests/examples/report_writer.h"
#include "tests/test_util.h"

namespace reportlint {
namespace {

const char* kPlaces = R"(
    places:
      - {name: 总体情况, match: ['总体情况']}
      - {name: 主动公开, match: ['主动公开']}
      - {name: 收到和处理, match: ['收到和处理']}
      - {name: 复议诉讼, match: ['复议', '诉讼']}
      - {name: 问题改进, match: ['问题', '改进']}
      - {name: 其他事项, match: ['其他']}
)";

std::string Pack(const std::string& check, const std::string& extra) {
  return "pack: t\nrules:\n  - id: t/" + check + "\n    kind: sections\n    check: " + check +
         "\n    severity: warning\n" + extra +
         "    message: {zh: \"{heading}\", en: \"{heading}\"}\n";
}

const std::string kSequence = Pack("numbering", "    max_level: 4\n");
const std::string kFormat = Pack("numbering", std::string("    max_level: 2") + kPlaces);
const std::string kEmpty = Pack("empty", R"(    max_level: 1
    required:
      - {name: 总体情况, match: ['总体情况']}
      - {name: 问题改进, match: ['问题', '改进']}
      - {name: 其他事项, match: ['其他']}
    may_be_empty: [其他事项]
)");

TEST_CASE("numbering: a shifted list is one finding, at the heading that breaks it") {
  CHECK_FIXTURE(kFormat, R"(
一、总体情况
正文。
# expect: t/numbering:1 {"heading":"三、主动公开政府信息情况","level":1,"number":"三","expected":"二","problem":"skipped"}
三、主动公开政府信息情况
正文。
四、收到和处理政府信息公开申请情况
正文。
五、政府信息公开行政复议、行政诉讼情况
正文。
)");
  // Without 一 at all: the first heading should be 一.
  CHECK_FIXTURE(kSequence, R"(
# expect: t/numbering:1 {"heading":"二、公开情况","level":1,"number":"二","expected":"一","problem":"skipped"}
二、公开情况
正文。
三、申请情况
正文。
)");
}

TEST_CASE("numbering: of two headings with one number, the one out of place is named") {
  CHECK_FIXTURE(kFormat, R"(
一、总体情况
二、主动公开政府信息情况
# expect: t/numbering:1 {"heading":"四、收到和处理政府信息公开申请情况","level":1,"number":"四","expected":"三","problem":"repeated"}
四、收到和处理政府信息公开申请情况
四、政府信息公开行政复议、行政诉讼情况
五、存在的主要问题及改进情况
)");
  // Without places, a repeat followed by the next number is the repeat's slip.
  CHECK_FIXTURE(kSequence, R"(
（一）甲
（二）乙
# expect: t/numbering:1 {"heading":"（二）丙","level":2,"number":"二","expected":"三","problem":"repeated"}
（二）丙
（三）丁
)");
}

TEST_CASE("numbering: the national format's places explain a part left out") {
  // No 总体情况: 二 is right for 主动公开; no 复议: 五 is right for the problems.
  CHECK_FIXTURE(kFormat, R"(
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
五、存在的主要问题及改进情况
六、其他需要报告的事项
)");
  // A heading the report adds moves the places after it by one.
  CHECK_FIXTURE(kFormat, R"(
一、总体情况
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
四、政府信息公开行政复议、行政诉讼情况
五、工作考核、社会评议和责任追究结果情况
六、存在的主要问题及改进情况
七、其他需要报告的事项
)");
}

TEST_CASE("numbering: a heading in another level's style, and ordered lists copied as 1.") {
  CHECK_FIXTURE(kSequence, R"(
一、甲
二、乙
# expect: t/numbering:1 {"heading":"3、丙","level":1,"number":"3","expected":"三","problem":"mixed-system"}
3、丙
四、丁
)");
  // "1." is what a web page's ordered list becomes in text: nothing is said.
  CHECK_FIXTURE(kSequence, R"(
  1. 总体情况
二、主动公开情况
三、申请情况
)");
  CHECK_FIXTURE(kSequence, R"(
# expect: t/numbering:1 {"heading":"1、总体情况","level":1,"number":"1","expected":"一","problem":"mixed-system"}
1、总体情况
二、主动公开情况
)");
}

TEST_CASE("numbering: silent where the outline may be misread") {
  // The heading expected is glued to the paragraph before.
  CHECK_FIXTURE(kSequence, R"(
一、甲
正文。二、乙的内容
三、丙
)");
  // A restart at 一 (an attachment's parts) and the main list resuming after it.
  CHECK_FIXTURE(kSequence, R"(
一、甲
二、乙
附件
一、附表说明
二、附表填写
三、丙
)");
  // "一是…" and "1." in a sentence are no headings; lists of paragraphs restart.
  CHECK_FIXTURE(kSequence, R"(
一、甲
一是完善制度，二是拓宽渠道，按照1.登记、2.答复的流程办理。
1、建立制度。
2、规范流程。
二、乙
1、加强培训。
)");
  // Headings run into a flattened line were taken because they continue the
  // sequence: their numbers prove nothing.
  CHECK_FIXTURE(kSequence,
                "某县2021年政府信息公开工作年度报告本报告所列数据的统计期限为2021年1月1日至12月31日。"
                "一、总体情况2021年，某县围绕群众关切推进政务公开，各项工作有序开展，取得了较好成效。"
                "三、收到和处理政府信息公开申请情况本年度共新收政府信息公开申请3件，均按时答复，无行政复议。"
                "四、政府信息公开行政复议、行政诉讼情况全年未发生行政复议和行政诉讼，工作平稳有序。\n");
}

TEST_CASE("numbering: a heading that goes on with a table's row labels is no heading") {
  // Table B cut short after its rows 一 and 二: "三、本年度办" is its next row.
  CHECK_FIXTURE(kSequence, R"(
一、总体情况
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 8 0 0 0 0 0 8
二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
三、本年度办
)");
}

TEST_CASE("empty: a required section that says nothing, and one that may") {
  CHECK_FIXTURE(kEmpty, R"(
一、总体情况
本年度工作有序开展。
# expect: t/empty:1 {"section":"问题改进","heading":"五、存在的主要问题及改进情况","says":"none","body":"暂无"}
五、存在的主要问题及改进情况：暂无。
六、其他需要报告的事项
无。
)");
  CHECK_FIXTURE(kEmpty, R"(
# expect: t/empty:1 {"section":"总体情况","heading":"一、总体情况","says":"nothing","body":""}
一、总体情况
五、存在的主要问题及改进情况
（一）存在的问题
公开的深度还有待提高。
)");
}

TEST_CASE("empty: a table of contents, a last heading with nothing after it") {
  // The contents list the headings with nothing under them; the sections have text.
  CHECK_FIXTURE(kEmpty, R"(
一、总体情况
五、存在的主要问题及改进情况
一、总体情况
本年度工作有序开展。
五、存在的主要问题及改进情况
公开的深度还有待提高。
)");
  // A copy that stops right after its last heading may have been cut off there.
  CHECK_FIXTURE(kEmpty, R"(
一、总体情况
本年度工作有序开展。
五、存在的主要问题及改进情况
)");
}

TEST_CASE("empty: parameters are checked when the pack loads") {
  std::string errors = testing::PackErrors(Pack("empty", R"(    required:
      - {name: 问题改进, match: ['问题']}
    may_be_empty: [其他事项]
)"));
  CHECK(errors.find("'其他事项' is not the name of a required section") != std::string::npos);
}

// The example report with its headings and bodies changed, written as text, a web
// page and a Word document whose headings are typed paragraphs (a Word heading
// numbered automatically cannot be misnumbered).
std::string FindingsInFormats(const examples::ReportSpec& spec) {
  std::vector<Error> errors;
  static std::unique_ptr<Checker> checker = Checker::Create(Options{}, &errors);
  REQUIRE(checker);
  std::string first;
  for (const char* name : {"r.txt", "r.html", "r.docx", "r.pdf"}) {
    std::string n = name;
    std::string bytes = n == "r.txt"    ? examples::WriteText(spec)
                        : n == "r.html" ? examples::WriteHtml(spec)
                        : n == "r.docx" ? examples::WriteDocx(spec)
                                        : examples::WritePdf(spec);
    Result r = checker->CheckBytes(name, bytes);
    std::string dump;
    for (const Finding& f : r.findings) dump += f.rule_id + " " + f.evidence_json + "\n";
    CAPTURE(name);
    if (std::string(name) == "r.txt") first = dump;
    CHECK(dump == first);
  }
  return first;
}

examples::ReportSpec TypedHeadings(examples::ReportSpec spec) {
  for (auto& b : spec.blocks) {
    if (b.kind == examples::BlockSpec::kHeading) b.kind = examples::BlockSpec::kParagraph;
  }
  return spec;
}

void Replace(examples::ReportSpec* spec, const std::string& from, const std::string& to) {
  for (auto& b : spec->blocks) {
    if (b.text == from) b.text = to;
  }
}

TEST_CASE("formats: numbering and empty sections read the same in txt, html and docx") {
  using examples::Report2021;
  CHECK(FindingsInFormats(TypedHeadings(Report2021(false))) == "");

  examples::ReportSpec shifted = TypedHeadings(Report2021(false));
  Replace(&shifted, "二、主动公开政府信息情况", "三、主动公开政府信息情况");
  Replace(&shifted, "三、收到和处理政府信息公开申请情况", "四、收到和处理政府信息公开申请情况");
  Replace(&shifted, "四、政府信息公开行政复议、行政诉讼情况", "五、政府信息公开行政复议、行政诉讼情况");
  Replace(&shifted, "五、存在的主要问题及改进情况", "六、存在的主要问题及改进情况");
  Replace(&shifted, "六、其他需要报告的事项", "七、其他需要报告的事项");
  CHECK(FindingsInFormats(shifted) ==
        "ogi-2019/heading-numbering {\"heading\":\"三、主动公开政府信息情况\",\"level\":1,"
        "\"number\":\"三\",\"expected\":\"二\",\"problem\":\"skipped\"}\n");

  examples::ReportSpec repeated = TypedHeadings(Report2021(false));
  Replace(&repeated, "三、收到和处理政府信息公开申请情况", "四、收到和处理政府信息公开申请情况");
  CHECK(FindingsInFormats(repeated) ==
        "ogi-2019/heading-numbering {\"heading\":\"四、收到和处理政府信息公开申请情况\",\"level\":1,"
        "\"number\":\"四\",\"expected\":\"三\",\"problem\":\"repeated\"}\n");

  // Section 五 says only 无; the Word headings are numbered automatically here.
  examples::ReportSpec empty = Report2021(false);
  Replace(&empty, "主动公开的深度和广度还有待提高。下一步将进一步完善工作机制，加强业务培训。", "无。");
  CHECK(FindingsInFormats(empty) ==
        "ogi-2019/empty-section {\"section\":\"存在的主要问题及改进情况\",\"heading\":"
        "\"五、存在的主要问题及改进情况\",\"says\":\"none\",\"body\":\"无\"}\n");
}

}  // namespace
}  // namespace reportlint
