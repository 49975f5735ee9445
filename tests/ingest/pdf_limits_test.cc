// The PDF reader's bounds and its pages without text, on PDFs written here by
// hand (pages of Helvetica text or none; no library needed): a PDF over the page
// or word limit is an input error naming the limit, the CLI exits 2 for it, and
// the pages without a text layer are listed with the page count.
#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "checker/ingest/pdf_reader.h"
#include "checker/ingest/read_input.h"
#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint {
namespace {

// A PDF of A4 pages, page i showing the line `pages[i]` in Helvetica ("" for
// a page with no text: it only paints a grey rectangle, as a scan would).
std::string WritePdf(const std::vector<std::string>& pages) {
  std::vector<std::string> objects = {"", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string kids;
  for (const std::string& text : pages) {
    std::string content = text.empty() ? "0.5 g 72 72 451 698 re f"
                                       : "BT /F1 12 Tf 72 770 Td (" + text + ") Tj ET";
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
                      "\nendstream");
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                      "<< /F1 3 0 R >> >> /Contents " + std::to_string(objects.size()) + " 0 R >>");
    kids += std::to_string(objects.size()) + " 0 R ";
  }
  objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  std::string out = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t o : offsets) {
    std::string n = std::to_string(o);
    out += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return out;
}

}  // namespace

TEST_CASE("pdf limits: more pages than ReadOptions::pdf.max_pages is an input error naming it") {
  std::string pdf = WritePdf({"one", "two", "three", "four"});
  ReadOptions options;
  options.pdf.max_pages = 3;
  Error error;
  CHECK(DocumentFromBytes("r.pdf", pdf, options, &error) == nullptr);
  CHECK(error.ToString() == "r.pdf: error: the PDF has 4 pages, more than the limit of 3");
  options.pdf.max_pages = 4;  // at the limit: read
  auto d = DocumentFromBytes("r.pdf", pdf, options, &error);
  REQUIRE(d != nullptr);
  CHECK(d->page_count() == 4);
  CHECK(d->pages_without_text().empty());
}

TEST_CASE("pdf limits: more words than PdfLimits::max_words is an input error naming it") {
  std::string pdf = WritePdf({"one two three", "four five six"});
  PdfLimits limits;
  limits.max_words = 5;
  Error error;
  CHECK(ReadPdf("r.pdf", pdf, &error, limits) == nullptr);
  CHECK(error.message == "the PDF's text layer has more than 5 words, the limit");
  limits.max_words = 6;
  CHECK(ReadPdf("r.pdf", pdf, &error, limits) != nullptr);
}

TEST_CASE("pdf limits: the defaults are those docs/formats.md states") {
  CHECK(PdfLimits().max_pages == 500);
  CHECK(PdfLimits().max_words == size_t{2} << 20);
  CHECK(ReadOptions().pdf.max_pages == 500);
  CHECK(ReadOptions().max_bytes == size_t{64} << 20);
  // ...and the page says so: the numbers a user reads are the ones in force.
  std::ifstream in(testing::SourcePath("docs/formats.md"));
  std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(doc.find("**64 MiB**") != std::string::npos);
  CHECK(doc.find("**500 pages**") != std::string::npos);
  CHECK(doc.find("more than " + std::to_string(PdfLimits().max_words) + " words, the limit") !=
        std::string::npos);
}

TEST_CASE("pdf limits: the CLI refuses a PDF of 501 pages with exit 2 and the limit") {
  testing::TempDir dir;
  std::string path = dir.Write("long.pdf", WritePdf(std::vector<std::string>(501, "page")));
  testing::RunResult r = testing::RunReportlint("check '" + path + "'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(path + ": error: the PDF has 501 pages, more than the limit of 500") !=
        std::string::npos);
  CHECK(r.out.find(path + ":") == std::string::npos);  // no findings, only the summary
}

TEST_CASE("pdf: pages without a text layer are listed, with the page count") {
  Error error;
  auto d = ReadPdf("r.pdf", WritePdf({"First page", "", "Third page", ""}), &error);
  REQUIRE(d != nullptr);
  CHECK(d->page_count() == 4);
  CHECK(d->pages_without_text() == std::vector<int>{2, 4});
  CHECK(d->Locate(d->text().find(U"Third")).page == 3);
  auto scan = ReadPdf("s.pdf", WritePdf({"", ""}), &error);
  REQUIRE(scan != nullptr);
  CHECK(scan->text().empty());
  CHECK(scan->pages_without_text() == std::vector<int>{1, 2});
}

}  // namespace reportlint
