// PlaceText: the one wording of where a finding is, for every output format.
#include "checker/output/place.h"

#include <doctest/doctest.h>

namespace reportlint {
namespace {

Location Docx(int paragraph, int table = 0, int row = 0, int col = 0) {
  Location l;
  l.line = 72;
  l.column = 1;
  l.paragraph = paragraph;
  l.table = table;
  l.row = row;
  l.col = col;
  return l;
}

TEST_CASE("place: a DOCX paragraph or table cell, in Chinese and English") {
  CHECK(PlaceText(Docx(3), "zh") == "第3段");
  CHECK(PlaceText(Docx(3), "en") == "paragraph 3");
  CHECK(PlaceText(Docx(0, 2, 6, 10), "zh") == "表格2第6行第10列");
  CHECK(PlaceText(Docx(0, 2, 6, 10), "en") == "table 2, row 6, column 10");
  CHECK(HasDocumentPlace(Docx(3)));
}

TEST_CASE("place: a PDF page, and a cell of a table on it") {
  Location page;
  page.line = 3;
  page.column = 1;
  page.page = 2;
  CHECK(PlaceText(page, "zh") == "第2页");
  CHECK(PlaceText(page, "en") == "page 2");
  Location cell = page;
  cell.table = 1;
  cell.row = 3;
  cell.col = 2;
  CHECK(PlaceText(cell, "zh") == "第2页表格1第3行第2列");
  CHECK(PlaceText(cell, "en") == "page 2, table 1, row 3, column 2");
}

TEST_CASE("place: a text, Markdown or HTML report is its line and column; none without a line") {
  Location text;
  text.line = 6;
  text.column = 47;
  CHECK_FALSE(HasDocumentPlace(text));
  CHECK(PlaceText(text, "zh") == "第6行第47列");
  CHECK(PlaceText(text, "en") == "line 6, column 47");
  CHECK(PlaceText(Location(), "zh") == "");
}

}  // namespace
}  // namespace reportlint
