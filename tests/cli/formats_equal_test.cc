// End-to-end: the example 2021 report, consistent and with an altered Table B cell,
// written by the test suite as .txt, .html, .docx and .pdf (tests/examples) gives the
// same findings in all four formats; in the PDF the altered cell's finding carries its
// page in JSON and text output and its reading-text line in SARIF.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "tests/examples/report_2021.h"
#include "tests/examples/report_writer.h"
#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

std::string Findings(const std::string& path) { return FindingsWithoutPlace("'" + path + "'"); }

}  // namespace

TEST_CASE("formats: txt, html, docx and pdf of one report give the same findings") {
  using namespace examples;
  TempDir dir;
  for (bool altered : {false, true}) {
    ReportSpec spec = Report2021(altered);
    std::string base = altered ? "altered." : "consistent.";
    std::string txt = Findings(dir.Write(base + "txt", WriteText(spec)));
    CAPTURE(altered);
    CHECK(Findings(dir.Write(base + "html", WriteHtml(spec))) == txt);
    CHECK(Findings(dir.Write(base + "docx", WriteDocx(spec))) == txt);
    CHECK(Findings(dir.Write(base + "pdf", WritePdf(spec))) == txt);
    // Set as many WPS reports are: 三号 body text, 五号 tables.
    PdfStyle wps{16, 28, 10.5, 14};
    CHECK(Findings(dir.Write(base + "wps.pdf", WritePdf(spec, nullptr, wps))) == txt);
    if (altered) {
      CHECK(txt.find("B2") != std::string::npos);
      CHECK(txt.find("B3") != std::string::npos);
    } else {
      CHECK(txt.empty());
    }
  }
}

TEST_CASE("formats: the altered cell of a PDF is found on its page") {
  using namespace examples;
  TempDir dir;
  PdfPlacement placed;
  std::string pdf = dir.Write("altered.pdf", WritePdf(Report2021(true), &placed));
  REQUIRE(placed.table_row_pages.size() == 3);
  const std::vector<int>& table_b = placed.table_row_pages[1];
  REQUIRE(table_b.size() == 28);
  // The altered cell's row (（一）予以公开) and Table B's （七）总计 row: the table
  // runs over two pages, so the two findings are on different ones.
  int altered_page = table_b[5], total_page = table_b[26];
  CHECK(altered_page == 1);
  CHECK(total_page == 2);

  RunResult j = RunReportlint("check --format json '" + pdf + "'");
  CHECK(j.exit_code == 1);
  nlohmann::json f = nlohmann::json::parse(j.out)["files"][0]["findings"];
  REQUIRE(f.size() == 2);
  CHECK(f[0]["evidence"]["identity"] == "B3");
  CHECK(f[0]["evidence"]["stated"] == 14);
  CHECK(f[0]["page"] == altered_page);
  CHECK(f[0]["table"] == 2);
  CHECK(f[0]["row"] == 6);
  CHECK(f[0]["col"] == 10);
  REQUIRE(f[0]["box"].size() == 4);
  double x0 = f[0]["box"][0], y0 = f[0]["box"][1], x1 = f[0]["box"][2], y1 = f[0]["box"][3];
  CHECK(x0 > 297.6);  // right of the page's middle: the 总计 column is the last
  CHECK(x1 < 595.28 - 90 + 1);
  CHECK(y0 > 0);
  CHECK(y1 < 841.89 * 0.9);
  CHECK(f[1]["evidence"]["identity"] == "B2");
  CHECK(f[1]["page"] == total_page);

  // The text output's header names the page and the cell, the snippet is the cell.
  RunResult t = RunReportlint("check '" + pdf + "'");
  CHECK(t.out.find(pdf + ":第" + std::to_string(altered_page) +
                   "页表格2第6行第10列: error: 表格“收到和处理政府信息公开申请情况”") != std::string::npos);
  CHECK(t.out.find("填报14，计算得16 [ogi-2021-tables/table-b-identities]\n  14\n  ^~\n") !=
        std::string::npos);
  CHECK(t.out.find(pdf + ":第" + std::to_string(total_page) + "页表格2第27行第4列: error: ") !=
        std::string::npos);
  RunResult en = RunReportlint("check --lang en '" + pdf + "'");
  CHECK(en.out.find(pdf + ":page " + std::to_string(altered_page) +
                    ", table 2, row 6, column 10: error: ") != std::string::npos);

  // SARIF names the page and cell as a logical location, with the reading-text
  // line and column (as `dump` numbers them).
  RunResult s = RunReportlint("check --format sarif '" + pdf + "'");
  nlohmann::json results = nlohmann::json::parse(s.out)["runs"][0]["results"];
  REQUIRE(results.size() == 2);
  nlohmann::json logical = results[0]["locations"][0]["logicalLocations"][0];
  CHECK(logical["name"] == "第" + std::to_string(altered_page) + "页表格2第6行第10列");
  CHECK(logical["properties"]["readingLine"] == f[0]["line"]);
  CHECK(logical["properties"]["readingColumn"] == f[0]["column"]);
  CHECK(results[0]["locations"][0]["physicalLocation"]["region"].dump() == "{\"startLine\":1}");
  RunResult d = RunReportlint("dump '" + pdf + "'");
  std::string line = std::to_string(f[0]["line"].get<int>());
  CHECK(d.out.find("\n" + std::string(7 - line.size(), ' ') + line + "  14\n") != std::string::npos);
}

}  // namespace reportlint::testing
