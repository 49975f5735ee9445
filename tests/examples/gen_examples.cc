// Writes the example reports in the 2021 format to examples/: the consistent one
// and the one with an altered Table B cell, each as .txt, .html and .docx.
// Usage: gen_examples EXAMPLES_DIR   (tests/examples/examples_test.cc checks they are current)
#include <fstream>
#include <iostream>

#include "tests/examples/report_2021.h"
#include "tests/examples/report_writer.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: gen_examples EXAMPLES_DIR\n";
    return 2;
  }
  using namespace reportlint::examples;
  for (bool altered : {false, true}) {
    ReportSpec spec = Report2021(altered);
    std::string base = std::string(argv[1]) + "/report-2021-tables" + (altered ? "-errors" : "");
    std::ofstream(base + ".txt", std::ios::binary) << WriteText(spec);
    std::ofstream(base + ".html", std::ios::binary) << WriteHtml(spec);
    std::ofstream(base + ".docx", std::ios::binary) << WriteDocx(spec);
  }
  return 0;
}
