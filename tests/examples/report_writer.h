// Writes one report, described once, as plain text, HTML, DOCX and PDF: the generator
// of the examples/ reports and of the reader tests (DOCX through libzip, by hand-made
// XML; PDF drawn with cairo in Noto Sans CJK, report_pdf.cc).
#ifndef REPORTLINT_TESTS_EXAMPLES_REPORT_WRITER_H_
#define REPORTLINT_TESTS_EXAMPLES_REPORT_WRITER_H_

#include <string>
#include <vector>

namespace reportlint::examples {

// A cell as HTML lays it out: rows list only the cells that start in them.
struct CellSpec {
  std::string text;
  int rowspan = 1;
  int colspan = 1;
};

// A slot of a table's grid as HTML lays cells out (rowspan, colspan): the cell
// covering it (null: none) and the row and column where that cell starts.
// Every row is as wide as the widest.
struct GridSlot {
  const CellSpec* cell = nullptr;
  int row = 0, col = 0;
};
std::vector<std::vector<GridSlot>> LayOutGrid(const std::vector<std::vector<CellSpec>>& rows);

struct BlockSpec {
  enum Kind { kTitle, kHeading, kParagraph, kTable } kind = kParagraph;
  std::string text;   // kTitle, kHeading (with its marker "一、"), kParagraph
  std::vector<std::vector<CellSpec>> rows;  // kTable
};

struct ReportSpec {
  std::vector<BlockSpec> blocks;
};

// The report as its reading text: one line per paragraph, heading and table
// cell (cells in source order), exactly what the HTML and DOCX readers produce.
// With `glue_rows`, a table row whose last cells are numbers is written on
// one line with the digits run together ("申请数量21710000218"), as some web
// pages copy.
std::string WriteText(const ReportSpec& report, bool glue_rows = false);

// A web page: site navigation, a script and a footer around the report, the
// tables with rowspan/colspan.
std::string WriteHtml(const ReportSpec& report);

// A Word document: headings in "Heading 1" style whose "一、" comes from
// automatic numbering (chineseCounting), tables with gridSpan and vMerge.
// Returns the bytes of the .docx file.
std::string WriteDocx(const ReportSpec& report);

// Where WritePdf put things: for each table, the 1-based page of each of its
// rows (as ReportSpec lists them).
struct PdfPlacement {
  std::vector<std::vector<int>> table_row_pages;
};

// The type sizes of WritePdf, in points; the leading follows from them.
struct PdfStyle {
  double body = 12;        // body text and headings (WPS reports often use 16, 三号)
  double body_lead = 21;   // from one body line to the next
  double cell = 9;         // table text
  double cell_lead = 12.5;
};

// A PDF as WPS and Word export one: A4, body text wrapped and justified,
// headings, tables as ruled grids whose cell text wraps inside the cell, rows
// that do not fit on the next page, "-N-" at the foot of each page. Returns the
// bytes of the .pdf file. Throws std::runtime_error without the Noto Sans CJK SC
// font (Debian fonts-noto-cjk).
std::string WritePdf(const ReportSpec& report, PdfPlacement* placement = nullptr,
                     const PdfStyle& style = {});

// A zip archive holding `entries` (name, content) stored with deflate, for
// tests that need odd DOCX files (a zip bomb, a missing part, bad XML).
std::string WriteZip(const std::vector<std::pair<std::string, std::string>>& entries);

}  // namespace reportlint::examples

#endif  // REPORTLINT_TESTS_EXAMPLES_REPORT_WRITER_H_
