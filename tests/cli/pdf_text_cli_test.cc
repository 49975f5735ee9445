// End-to-end: what a user sees for a PDF that cannot be read. A scan (no page with
// text) gives one info for the document and no missing sections; a page without
// text gives one info on that page. The PDFs are the pack fixtures of ogi-common
// (made by tools/make_test_pdfs.py).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "tests/run_binary.h"

namespace reportlint::testing {
namespace {

std::string Fixture(const std::string& name) {
  return SourcePath("rules/ogi-common/tests/" + name);
}

TEST_CASE("cli pdf: a scanned PDF is one info, in Chinese or English, and exit 0") {
  std::string path = Fixture("no-text-layer.pdf");
  RunResult r = RunReportlint("check '" + path + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.out == path +
                     ":1:1: info: 无法核对：该PDF共2页，均没有文字层（可能是扫描件或图片），"
                     "未核对任何内容 [ogi-common/no-text-layer]\n"
                     "已检查 1 个文件：0 个错误，0 个警告，1 个提示\n");
  CHECK(r.out.find("error") == std::string::npos);  // no section is missing
  RunResult en = RunReportlint("check --lang en '" + path + "'");
  CHECK(en.exit_code == 0);
  CHECK(en.out == path +
                      ":1:1: info: cannot assess: none of the PDF's 2 page(s) has text (a scan "
                      "or images); nothing was checked [ogi-common/no-text-layer]\n"
                      "1 file checked: 0 errors, 0 warnings, 1 info\n");
  // At --fail-on info it is a finding like any other.
  CHECK(RunReportlint("check --fail-on info '" + path + "'").exit_code == 1);
}

TEST_CASE("cli pdf: a page without text is one info located on that page") {
  std::string path = Fixture("page-without-text.pdf");
  // Pages 1 and 3 are read and checked: the 2020 report lacks the national
  // headings (errors, exit 1); page 2 is one info.
  RunResult r = RunReportlint("check --lang en --format json '" + path + "'");
  CHECK(r.exit_code == 1);
  nlohmann::json j = nlohmann::json::parse(r.out);
  int infos = 0;
  for (const auto& f : j["files"][0]["findings"]) {
    if (f["severity"] != "info") continue;
    ++infos;
    CHECK(f["rule"] == "ogi-common/page-without-text");
    CHECK(f["page"] == 2);
    CHECK(f["line"] == 3);
    CHECK(f["evidence"].dump() == R"({"page":2,"pages":3})");
    CHECK(f["message"] == "cannot assess: page 2 has no text (an image); its content was not checked");
  }
  CHECK(infos == 1);
  CHECK(r.out.find("required-headings") != std::string::npos);
  RunResult zh = RunReportlint("check '" + path + "'");
  // Named by its page, with no snippet: the text after it is page 3's.
  CHECK(zh.out.find(path + ":第2页: info: 无法核对：第2页没有文字层（可能是扫描图片），该页内容未核对 "
                           "[ogi-common/page-without-text]\n已检查 1 个文件") != std::string::npos);
}

}  // namespace
}  // namespace reportlint::testing
