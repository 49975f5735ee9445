// End-to-end: where a finding is, as the officer finds it in the report, in
// every output format — a DOCX's paragraph or table cell, an HTML page's
// visible text, a PDF's page — in Chinese and English.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

const char kDocx[] = "examples/report-2021-tables-errors.docx";
const char kB3[] =
    "表格“收到和处理政府信息公开申请情况”勾稽关系B3不成立（自然人 + 法人或其他组织 = 总计）："
    "“予以公开”×“总计”填报14，计算得16";
const char kB2[] =
    "表格“收到和处理政府信息公开申请情况”勾稽关系B2不成立（三（一）至（六） = 三（七）总计）："
    "“总计”×“自然人”填报22，计算得24";

// A pack that flags two stock phrases of the real 2024 PDF, one on page 1 and
// one on page 2 (the built-in packs find nothing in it).
std::string StockPhrasePack(const TempDir& dir) {
  dir.Write("pack/pack.yaml",
            "pack: officer\n"
            "description: stock phrases\n"
            "rules:\n"
            "  - id: officer/stock-phrase\n"
            "    kind: pattern\n"
            "    mode: forbid\n"
            "    severity: warning\n"
            "    pattern: '圆满完成|合格率均为'\n"
            "    description: A stock phrase.\n"
            "    message: {zh: '“{match}”是套话', en: '\"{match}\" is a stock phrase'}\n");
  return dir.path() + "/pack";
}

// The real 2024 report of ../shared, "" (and the test skipped) when it is not here.
std::string RealPdf() {
  std::string path = SourcePath("../shared/corpus/documents/huaian-2024.pdf");
  if (std::filesystem::exists(path)) return path;
  MESSAGE("skipped: ", path, " is not here (../shared)");
  return "";
}

}  // namespace

TEST_CASE("places: a DOCX finding names the table cell in Word, in Chinese and English") {
  RunResult r = RunReportlint(std::string("check ") + kDocx);
  CHECK(r.exit_code == 1);
  CHECK(r.out == std::string(kDocx) + ":表格2第6行第10列: error: " + kB3 +
                     " [ogi-2021-tables/table-b-identities]\n"
                     "  14\n"
                     "  ^~\n" +
                     kDocx + ":表格2第27行第4列: error: " + kB2 +
                     " [ogi-2021-tables/table-b-identities]\n"
                     "  22\n"
                     "  ^~\n"
                     "已检查 1 个文件：2 个错误，0 个警告，0 个提示\n");
  RunResult en = RunReportlint(std::string("check --lang en ") + kDocx);
  CHECK(en.out.find(std::string(kDocx) + ":table 2, row 6, column 10: error: table ") == 0);
  CHECK(en.out.find("\n" + std::string(kDocx) + ":table 2, row 27, column 4: error: ") !=
        std::string::npos);
}

TEST_CASE("places: a DOCX paragraph is 第N段 (paragraph N), with its text as the snippet") {
  TempDir dir;
  dir.Write("pack/pack.yaml",
            "pack: officer\n"
            "description: a phrase\n"
            "rules:\n"
            "  - id: officer/phrase\n"
            "    kind: pattern\n"
            "    mode: forbid\n"
            "    severity: warning\n"
            "    pattern: '统计期限'\n"
            "    description: A phrase.\n"
            "    message: {zh: '“{match}”', en: '\"{match}\"'}\n");
  std::string rules = "--no-builtin --rules '" + dir.path() + "/pack' -- ";
  RunResult r = RunReportlint("check " + rules + kDocx);
  CHECK(r.exit_code == 0);
  CHECK(r.out == std::string(kDocx) + ":第2段: warning: “统计期限” [officer/phrase]\n"
                     "  …制。本报告所列数据的统计期限为2021年1月1日…\n"
                     "                       ^~~~~~~~\n"
                     "已检查 1 个文件：0 个错误，1 个警告，0 个提示\n");
  RunResult en = RunReportlint("check --lang en --format github " + rules + kDocx);
  CHECK(en.out == std::string("::warning file=") + kDocx +
                      ",title=officer/phrase::paragraph 2: \"统计期限\"\n"
                      "1 file checked: 0 errors, 1 warning, 0 infos\n");
}

TEST_CASE("places: a DOCX cell's JSON has the place beside the line that `dump` shows") {
  RunResult j = RunReportlint(std::string("check --format json ") + kDocx);
  nlohmann::json f = nlohmann::json::parse(j.out)["files"][0]["findings"][0];
  CHECK(f["place"] == "表格2第6行第10列");
  CHECK(f["line"] == 72);
  RunResult d = RunReportlint(std::string("dump ") + kDocx);
  // Table B starts at line 38 of the reading text, in the dump and in the JSON lines.
  CHECK(d.out.find("\n     38  grid 28x10 ") != std::string::npos);
}

TEST_CASE("places: an HTML finding shows the visible text of its cell or paragraph, never markup") {
  RunResult r = RunReportlint("check examples/report-2021-tables-errors.html");
  CHECK(r.exit_code == 1);
  CHECK(r.out == "examples/report-2021-tables-errors.html:44:188: error: " + std::string(kB3) +
                     " [ogi-2021-tables/table-b-identities]\n"
                     "  14\n"
                     "  ^~\n"
                     "examples/report-2021-tables-errors.html:65:45: error: " + kB2 +
                     " [ogi-2021-tables/table-b-identities]\n"
                     "  22\n"
                     "  ^~\n"
                     "已检查 1 个文件：2 个错误，0 个警告，0 个提示\n");
  // A paragraph in markup: the snippet is its text, the caret under the span in
  // display columns (a Chinese character is two), the header the markup's line:col.
  TempDir dir;
  std::string page = dir.Write(
      "r.html",
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>t</title></head><body>\n"
      "<h1 class=\"t\"><span>青石镇2015年政府信息公开工作年度报告</span></h1>\n"
      "<div class=\"c\"><p style=\"text-indent:2em\">根据《关于做好政府信息公开工作的通知》"
      "（青政办发〔20153号）要求，健全<b>工作</b>机制。</p></div>\n"
      "</body></html>\n");
  RunResult p = RunReportlint("check --no-config '" + page + "'");
  std::string bracket = page + ":4:67: error: 文号“〔20153号”缺少右括号（应为〔年份〕序号） "
                               "[ogi-common/document-number-bracket]\n"
                               "  …作的通知》（青政办发〔20153号）要求，健全工作机制…\n"
                               "                       ^~~~~~~~~\n";
  CHECK(p.out.find(bracket) != std::string::npos);
  CHECK(p.out.find("<p") == std::string::npos);
  CHECK(p.out.find("</b>") == std::string::npos);
}

TEST_CASE("places: a PDF finding names its page, with the reading text around it") {
  const std::string kPdf = RealPdf();
  if (kPdf.empty()) return;
  TempDir dir;
  std::string pack = StockPhrasePack(dir);
  RunResult r = RunReportlint("check --no-builtin --rules '" + pack + "' '" + kPdf + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.out == kPdf + ":第1页: warning: “圆满完成”是套话 [officer/stock-phrase]\n"
                        "  …公开条例》各项规定，圆满完成了各项任务。\n"
                        "                       ^~~~~~~~\n" +
                     kPdf + ":第2页: warning: “合格率均为”是套话 [officer/stock-phrase]\n"
                            "  …务新媒体检查抽查中，合格率均为 100%。\n"
                            "                       ^~~~~~~~~~\n"
                            "已检查 1 个文件：0 个错误，2 个警告，0 个提示\n");
  RunResult en =
      RunReportlint("check --lang en --no-builtin --rules '" + pack + "' '" + kPdf + "'");
  CHECK(en.out.find(kPdf + ":page 1: warning: \"圆满完成\" is a stock phrase") == 0);
  CHECK(en.out.find("\n" + kPdf + ":page 2: warning: ") != std::string::npos);
}

TEST_CASE("places: a PDF page without text is named, with no other page's text under it") {
  std::string path = SourcePath("rules/ogi-common/tests/page-without-text.pdf");
  RunResult r = RunReportlint("check '" + path + "'");
  CHECK(r.out.find(path + ":第2页: info: 无法核对：第2页没有文字层（可能是扫描图片），该页内容未核对 "
                          "[ogi-common/page-without-text]\n已检查 1 个文件") != std::string::npos);
  CHECK(r.out.find(path + ":第1页: error: 缺少全国统一格式要求的一级标题：总体情况 "
                          "[ogi-2019/required-headings]\n"
                          "  西山县2020年政府信息公开工作年度报告\n") != std::string::npos);
}

TEST_CASE("places: github annotations of a DOCX are on the file, the message names the cell") {
  RunResult r = RunReportlint(std::string("check --format github ") + kDocx);
  CHECK(r.out == std::string("::error file=") + kDocx +
                     ",title=ogi-2021-tables/table-b-identities::表格2第6行第10列：" + kB3 + "\n" +
                     "::error file=" + kDocx +
                     ",title=ogi-2021-tables/table-b-identities::表格2第27行第4列：" + kB2 + "\n" +
                     "已检查 1 个文件：2 个错误，0 个警告，0 个提示\n");
  // A text report keeps its lines.
  RunResult t = RunReportlint("check --format github examples/report-2021-tables-errors.txt");
  CHECK(t.out.find(",line=") != std::string::npos);
}

TEST_CASE("places: SARIF of a DOCX has the cell as a logical location, the file as physical") {
  RunResult r = RunReportlint(std::string("check --format sarif ") + kDocx);
  nlohmann::ordered_json result = nlohmann::ordered_json::parse(r.out)["runs"][0]["results"][0];
  CHECK(result["message"]["text"] == std::string("表格2第6行第10列：") + kB3);
  CHECK(result["locations"].dump() ==
        "[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"examples/"
        "report-2021-tables-errors.docx\",\"uriBaseId\":\"%SRCROOT%\"},\"region\":{\"startLine\":"
        "1}},\"logicalLocations\":[{\"name\":\"表格2第6行第10列\",\"fullyQualifiedName\":\"table 2, "
        "row 6, column 10\",\"kind\":\"element\",\"properties\":{\"readingLine\":72,"
        "\"readingColumn\":1}}]}]");
  RunResult en = RunReportlint(std::string("check --lang en --format sarif ") + kDocx);
  nlohmann::json logical =
      nlohmann::json::parse(en.out)["runs"][0]["results"][0]["locations"][0]["logicalLocations"][0];
  CHECK(logical["name"] == "table 2, row 6, column 10");
}

TEST_CASE("places: SARIF of a PDF names the page; an HTML report keeps its markup region") {
  const std::string kPdf = RealPdf();
  if (kPdf.empty()) return;
  TempDir dir;
  std::string pack = StockPhrasePack(dir);
  RunResult r =
      RunReportlint("check --format sarif --no-builtin --rules '" + pack + "' '" + kPdf + "'");
  nlohmann::json location = nlohmann::json::parse(r.out)["runs"][0]["results"][1]["locations"][0];
  CHECK(location["logicalLocations"][0]["name"] == "第2页");
  CHECK(location["logicalLocations"][0]["kind"] == "page");
  CHECK(location["physicalLocation"]["region"].dump() == "{\"startLine\":1}");
  RunResult h = RunReportlint("check --format sarif examples/report-2021-tables-errors.html");
  nlohmann::ordered_json html = nlohmann::ordered_json::parse(h.out)["runs"][0]["results"][0]["locations"][0];
  CHECK(html.dump() ==
        "{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"examples/"
        "report-2021-tables-errors.html\",\"uriBaseId\":\"%SRCROOT%\"},\"region\":{\"startLine\":44,"
        "\"startColumn\":188,\"endLine\":44,\"endColumn\":190}}}");
}

TEST_CASE("places: jsonl and junit carry the place of a DOCX finding") {
  RunResult j = RunReportlint(std::string("check --format jsonl ") + kDocx);
  size_t second = j.out.find('\n') + 1;
  nlohmann::ordered_json f =
      nlohmann::ordered_json::parse(j.out.substr(second, j.out.find('\n', second) - second));
  CHECK(f["table"] == 2);
  CHECK(f["row"] == 6);
  CHECK(f["col"] == 10);
  CHECK(f["place"] == "表格2第6行第10列");
  RunResult u = RunReportlint(std::string("check --format junit ") + kDocx);
  CHECK(u.out.find("    <testcase name=\"ogi-2021-tables/table-b-identities at 表格2第6行第10列\" "
                   "classname=\"examples/report-2021-tables-errors.docx\">\n"
                   "      <failure type=\"error\" message=\"") != std::string::npos);
  CHECK(u.out.find(">examples/report-2021-tables-errors.docx:表格2第6行第10列: error: ") !=
        std::string::npos);
  // A text report's findings have no place key: its line and column are the place.
  RunResult t = RunReportlint("check --format jsonl examples/report-2015.txt");
  CHECK(t.out.find("\"place\"") == std::string::npos);
}

}  // namespace reportlint::testing
