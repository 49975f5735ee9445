// Writes the example reports in the 2021 format to examples/: the consistent one
// and the one with an altered Table B cell, each as .txt, .html and .docx; with
// --pdf, as .pdf too (not kept in examples/: the bytes depend on the cairo and
// font versions, so the tests write their PDFs afresh).
// Usage: gen_examples [--pdf] DIR   (tests/cli/tables_cli_test.cc checks examples/ is current)
#include <fstream>
#include <iostream>
#include <string>

#include "tests/examples/report_2021.h"
#include "tests/examples/report_writer.h"

int main(int argc, char** argv) {
  bool pdf = argc == 3 && std::string(argv[1]) == "--pdf";
  if (argc != 2 && !pdf) {
    std::cerr << "usage: gen_examples [--pdf] DIR\n";
    return 2;
  }
  using namespace reportlint::examples;
  for (bool altered : {false, true}) {
    ReportSpec spec = Report2021(altered);
    std::string base = std::string(argv[argc - 1]) + "/report-2021-tables" + (altered ? "-errors" : "");
    std::ofstream(base + ".txt", std::ios::binary) << WriteText(spec);
    std::ofstream(base + ".html", std::ios::binary) << WriteHtml(spec);
    std::ofstream(base + ".docx", std::ios::binary) << WriteDocx(spec);
    if (pdf) std::ofstream(base + ".pdf", std::ios::binary) << WritePdf(spec);
  }
  return 0;
}
