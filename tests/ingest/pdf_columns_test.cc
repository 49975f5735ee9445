// Two-column pages are read column by column; tables and one-column pages are not split.
#include "checker/ingest/pdf_columns.h"

#include <doctest/doctest.h>

#include "checker/util/utf.h"

namespace reportlint {
namespace {

PdfWord Word(double x0, double x1, double y, const char* text) {
  return {{x0, y, x1, y + 10}, Utf8ToU32(text), false};
}

// `lines` lines of prose between x0 and x1, one word each, from y = 100 down.
void Prose(std::vector<PdfWord>* words, double x0, double x1, int lines) {
  for (int i = 0; i < lines; ++i) {
    words->push_back(Word(x0, x1, 100 + 14 * i, "本机关全年主动公开政府信息共计"));
  }
}

std::string Shape(const std::vector<PdfColumn>& columns) {
  std::string out;
  for (const PdfColumn& c : columns) {
    out += "[" + std::to_string(static_cast<int>(c.x0)) + "-" +
           std::to_string(static_cast<int>(c.x1)) + " " + std::to_string(c.words.size()) + "]";
  }
  return out;
}

TEST_CASE("pdf columns: a two-column page reads left, then right, a title above both") {
  std::vector<PdfWord> words;
  words.push_back(Word(150, 420, 60, "某县2023年政府信息公开工作年度报告"));
  Prose(&words, 50, 270, 10);
  Prose(&words, 300, 520, 10);
  CHECK(Shape(ColumnsOfPage(words)) == "[150-420 1][50-270 10][300-520 10]");
}

TEST_CASE("pdf columns: one-column prose and a table's labels beside numbers stay whole") {
  std::vector<PdfWord> prose;
  Prose(&prose, 50, 520, 20);
  CHECK(Shape(ColumnsOfPage(prose)) == "[50-520 20]");

  std::vector<PdfWord> table;
  for (int i = 0; i < 12; ++i) {
    table.push_back(Word(50, 250, 100 + 14 * i, "本年新收政府信息公开申请数量"));
    table.push_back(Word(300, 320, 100 + 14 * i, "12"));
    table.push_back(Word(400, 420, 100 + 14 * i, "0"));
    table.push_back(Word(500, 520, 100 + 14 * i, "3"));
  }
  CHECK(Shape(ColumnsOfPage(table)) == "[50-520 48]");
}

TEST_CASE("pdf columns: text across the gutter between the columns keeps one column") {
  std::vector<PdfWord> words;
  Prose(&words, 50, 270, 10);
  Prose(&words, 300, 520, 10);
  words.push_back(Word(50, 520, 150, "一段横跨两栏的文字一段横跨两栏的文字一段横跨两栏的文字"));
  CHECK(Shape(ColumnsOfPage(words)) == "[50-520 21]");
}

}  // namespace
}  // namespace reportlint
