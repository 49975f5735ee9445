// Tests of the PDF reader: input errors (damaged, truncated, encrypted), the example
// report as the test suite writes it (tests/examples/report_pdf.cc), and the real 2024
// report of ../shared (when present): paragraphs, page numbers left out, three tables
// rebuilt with their cells.
#include "checker/ingest/pdf_reader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/util/utf.h"
#include "tests/examples/report_2021.h"
#include "tests/examples/report_writer.h"
#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint {

TEST_CASE("pdf: damaged bytes are an input error naming the file") {
  Error error;
  CHECK(ReadPdf("r.pdf", "%PDF-1.4\nnot really", &error) == nullptr);
  CHECK(error.ToString().rfind("r.pdf: error: not a readable PDF file", 0) == 0);
}

TEST_CASE("pdf: a truncated file and an encrypted one are input errors naming the file") {
  testing::TempDir dir;
  std::string pdf = examples::WritePdf(examples::Report2021(false));
  std::string cut = dir.Write("cut.pdf", pdf.substr(0, pdf.size() / 2));
  testing::RunResult r = testing::RunReportlint("check --lang en '" + cut + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err == cut + ": error: not a readable PDF file: poppler cannot open it (damaged, or not a PDF)\n"
                       "error: no report could be read; nothing was checked\n");
  r = testing::RunReportlint("check '" + cut + "'");
  CHECK(r.err == cut + ": 错误：无法读取的 PDF 文件：文件已损坏，或不是 PDF\n"
                       "错误：没有一份报告可以读取，未检查任何内容\n");
  std::string locked = testing::SourcePath("tests/fixtures/encrypted.pdf");  // password "secret"
  r = testing::RunReportlint("check '" + locked + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err == locked + ": 错误：PDF 已加密，需要密码才能打开；请另存为不加密的 PDF\n"
                          "错误：没有一份报告可以读取，未检查任何内容\n");
  CHECK(r.out == "已检查 1 个文件：0 个错误，0 个警告，0 个提示；1 个文件无法读取\n");
}

TEST_CASE("pdf: the example report as the test suite writes it") {
  testing::TempDir dir;
  std::string pdf = dir.Write("r.pdf", examples::WritePdf(examples::Report2021(false)));
  testing::RunResult d = testing::RunReportlint("dump '" + pdf + "'");
  REQUIRE(d.exit_code == 0);
  // Wrapped, justified lines joined; the page numbers left out; pages marked.
  CHECK(d.out.find("  本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。"
                   "本报告所列数据的统计期限为2021年1月1日至12月31日。\n") != std::string::npos);
  CHECK(d.out.find("-1-") == std::string::npos);
  CHECK(d.out.find("--- page 3 ---") != std::string::npos);
  // The tables as the HTML reader sees them: labels wrapped in their cells
  // ("商业/企业", a vertical "三、本年度办理结果") and rows over two pages.
  CHECK(d.out.find("grid 13x4 h1 l1 cols: 本年制发件数 | 本年废止件数 | 现行有效件数\n") != std::string::npos);
  CHECK(d.out.find("grid 28x10 h3 l3 cols: 申请人情况/自然人 | 申请人情况/法人或其他组织/商业企业 | "
                   "申请人情况/法人或其他组织/科研机构 | 申请人情况/法人或其他组织/社会公益组织 | "
                   "申请人情况/法人或其他组织/法律服务机构 | 申请人情况/法人或其他组织/其他 | "
                   "申请人情况/总计\n") != std::string::npos);
  CHECK(d.out.find("  三、本年度办理结果/(六)其他处理/2.申请人逾期未按收费通知要求缴纳费用、"
                   "行政机关不再处理其政府信息公开申请 = 0 0 0 0 0 0 0\n  三、本年度办理结果/(六)其他处理/3.其他 = "
                   "0 0 0 0 0 0 0\n") != std::string::npos);
  CHECK(d.out.find("grid 4x15 h3 l0 cols: 行政复议/结果维持 | 行政复议/结果纠正 | 行政复议/其他结果 | "
                   "行政复议/尚未审结 | 行政复议/总计 | 行政诉讼/未经复议直接起诉/结果维持") != std::string::npos);
  CHECK(d.out.find("   = 1 0 0 0 1 0 0 0 0 0 0 0 0 0 0\n") != std::string::npos);
  // Set at WPS sizes (三号 body, 五号 tables) the tables read the same, Table C's
  // narrow header cells closer together than the words of a phrase.
  std::string wps = dir.Write("wps.pdf", examples::WritePdf(examples::Report2021(false), nullptr,
                                                              {16, 28, 10.5, 14}));
  testing::RunResult w = testing::RunReportlint("dump '" + wps + "'");
  REQUIRE(w.exit_code == 0);
  CHECK(w.out.find("grid 13x4 h1 l1 cols: 本年制发件数 | 本年废止件数 | 现行有效件数\n") != std::string::npos);
  CHECK(w.out.find("grid 28x10 h3 l3 cols: 申请人情况/自然人 | 申请人情况/法人或其他组织/商业企业 | ") !=
        std::string::npos);
  CHECK(w.out.find("  三、本年度办理结果/(六)其他处理/3.其他 = 0 0 0 0 0 0 0\n") != std::string::npos);
  CHECK(w.out.find("grid 4x15 h3 l0 cols: 行政复议/结果维持 | 行政复议/结果纠正 | 行政复议/其他结果 | "
                   "行政复议/尚未审结 | 行政复议/总计 | 行政诉讼/未经复议直接起诉/结果维持") != std::string::npos);
}

TEST_CASE("pdf: the real 2024 report reads as an officer sees it") {
  std::string path = testing::SourcePath("../shared/corpus/documents/huaian-2024.pdf");
  if (!std::filesystem::exists(path)) {
    MESSAGE("skipped: ", path, " is not here (../shared)");
    return;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  Error error;
  auto d = ReadPdf(path, ss.str(), &error);
  REQUIRE(d != nullptr);
  CHECK(d->format() == SourceFormat::kPdf);
  std::string text = U32ToUtf8(d->text());
  CHECK(text.find("-1-") == std::string::npos);  // page numbers left out
  CHECK(text.find("《中华人民共和国政府信息公开条例》") != std::string::npos);  // wrap joined
  REQUIRE(d->tables().size() == 3);
  CHECK(d->Locate(d->text().find(U"三、收到和处理")).page == 4);
  PdfLimits small;
  small.max_pages = 5;
  CHECK(ReadPdf(path, ss.str(), &error, small) == nullptr);
  CHECK(error.message == "the PDF has 6 pages, more than the limit of 5");
  // The checker's verdict: consistent tables, no error.
  testing::RunResult r = testing::RunReportlint("check '" + path + "'");
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out == "已检查 1 个文件：0 个错误，0 个警告，0 个提示\n");
  // The three tables with their sizes and a few cells, as `dump` shows them.
  testing::RunResult dumped = testing::RunReportlint("dump '" + path + "'");
  REQUIRE(dumped.exit_code == 0);
  for (const char* seen : {
           "grid 13x4 h1 l1 cols: 本年制发件数 | 本年废止件数 | 现行有效件数\n",
           "  规章 = 1 0 11\n",
           "  行政规范性文件 = 8 26 66\n",
           "  行政许可 = 447228 447228 447228\n",  // one cell over the three columns
           "grid 28x10 h3 l3 cols: 申请人情况/自然人 | 申请人情况/法人或其他组织/商业企业 | ",
           "申请人情况/法人或其他组织/其他 | 申请人情况/总计\n",  // not 法人或其他组织/总计
           "  一、本年新收政府信息公开申请数量 = 3001 53 0 0 61 4 3119\n",
           "  三、本年度办理结果/(七)总计 = 2932 53 0 0 61 4 3050\n",
           "  四、结转下年度继续办理 = 103 0 0 0 0 0 103\n",
           "grid 4x15 h3 l0 cols: 行政复议/结果维持 | ",
           "行政诉讼/复议后起诉/尚未审结 | 行政诉讼/复议后起诉/总计\n",
           "   = 72 64 178 37 351 13 4 8 1 26 12 1 1 6 20\n",
       }) {
    CHECK_MESSAGE(dumped.out.find(seen) != std::string::npos, seen);
  }
}

}  // namespace reportlint
