// Tests of the PDF reader: input errors, and the real 2024 report of ../shared (when
// present): paragraphs, page numbers left out, three tables rebuilt with their cells.
#include "checker/ingest/pdf_reader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/util/utf.h"
#include "tests/run_binary.h"

namespace reportlint {

TEST_CASE("pdf: damaged bytes are an input error naming the file") {
  Error error;
  CHECK(ReadPdf("r.pdf", "%PDF-1.4\nnot really", &error) == nullptr);
  CHECK(error.ToString().rfind("r.pdf: error: not a readable PDF file", 0) == 0);
}

TEST_CASE("pdf: the real 2024 report reads as an officer sees it") {
  std::string path = testing::SourcePath("../shared/corpus/documents/huaian-2024.pdf");
  if (!std::filesystem::exists(path)) return;
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
}

}  // namespace reportlint
