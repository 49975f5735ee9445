// Tables as grids, one model for every format: merged cells expanded, header rows
// and label columns recognised, each cell read with the number model of the prose.
#ifndef REPORTLINT_STRUCTURE_TABLES_TABLES_H_
#define REPORTLINT_STRUCTURE_TABLES_TABLES_H_

#include <string>
#include <vector>

#include "checker/values/quantity.h"
#include "checker/normalize/folded_text.h"
#include "checker/structure/lines.h"
#include "checker/values/empty_cell.h"
#include "reportlint/document.h"

namespace reportlint {

// Design. A Table is a rectangle of slots. A cell that spans several rows or
// columns fills every slot it covers with a copy that remembers its origin
// slot, so a rule can read any (row, column) without knowing about spans.
//
// Tables come from two places:
//  - kGrid: the tables an HTML or DOCX reader found (Document::tables()), and
//    the pipe tables of a Markdown report (markdown.cc).
//    Header rows are the rows above the first row holding numbers; label
//    columns are the columns left of the first number or empty cell of every
//    data row. Column labels are the distinct header texts above a column,
//    row labels the distinct label texts left of a row, outermost first.
//    Markdown cannot merge cells: a pipe table's blank slots in the header
//    rows and label columns are taken for the merged cell beside them.
//  - kText: a table flattened into plain text, as copying a web page gives:
//    one value per line, or a row label followed by its values on one line.
//    Such a table has one row per row label and no column labels; its values
//    are in columns 1.. by position. Rows may differ in length (a lost empty
//    cell): a rule decides whether that still reads unambiguously.
//    Digits of neighbouring cells glued together ("申请数量21710000218") make
//    a kText table that is not `readable`: each such row holds its run of
//    digits as one kText cell in column 1, so the table's span covers it.
//    A report that lost its line breaks (structure/flattened.h) has its
//    tables inside a line: they are read from the line's pieces, and their
//    `lines` are empty (they own no whole line).
//
// Cells written blank, "/", "-" or "—" are kEmpty: they count as 0 and rules
// say so in a note, they are never errors. Numbers are Quantities from
// ScanQuantities, so printed precision and approximation words apply.

enum class CellKind {
  kMissing,  // no cell there (a short row of a kText table)
  kEmpty,    // blank, "/", "-", "—": 0 for arithmetic
  kNumber,   // exactly one number and nothing else
  kText,     // a label or anything else
};

struct TableCell {
  CellKind kind = CellKind::kMissing;
  std::u32string text;  // folded, trimmed
  size_t begin = 0;     // folded span of the (origin) cell's text
  size_t end = 0;
  int origin_row = 0;  // the slot where a merged cell starts
  int origin_col = 0;
  Quantity value;  // kNumber only
};

enum class TableSource { kGrid, kText };

struct Table {
  TableSource source = TableSource::kGrid;
  int number = 0;  // kGrid: 1-based among the reader's (or the pipe) tables; kText: 0
  int rows = 0;
  int cols = 0;
  std::vector<TableCell> cells;  // rows x cols, row-major
  int header_rows = 0;  // rows at the top holding column labels
  int label_cols = 0;   // columns at the left holding row labels
  // Per row: whether it holds values (not a header or a group label row).
  std::vector<bool> data_row;
  // Per row / per column: the label path, outermost first (folded text).
  std::vector<std::vector<std::u32string>> row_labels;
  std::vector<std::vector<std::u32string>> col_labels;  // empty for kText
  // kText: per row, blank lines after its last value that may be empty
  // cells or mere spacing.
  std::vector<int> spare_blanks;
  bool readable = true;
  std::string problem;  // why not readable: "glued-digits"
  // Every header and label text, normalised (NormalizeLabel), for finding a
  // table by the words it contains.
  std::u32string label_text;
  size_t begin = 0;  // folded span of the whole table
  size_t end = 0;
  // Lines (0-based) that are table rows or cells, not headings or prose.
  std::vector<size_t> lines;

  const TableCell& At(int row, int col) const { return cells[row * cols + col]; }
  TableCell& At(int row, int col) { return cells[row * cols + col]; }
};

// Reads a cell's folded text: kEmpty, kNumber (with its value) or kText.
void ClassifyCell(TableCell* cell);


// The grid tables of the document, then the tables recognised in the lines
// outside them and in the pieces of flattened lines (`flattened`: per line,
// FindFlattenedLines), in document order.
std::vector<Table> FindTables(const Document& document, const FoldedText& folded,
                              const std::vector<LineSpan>& lines,
                              const std::vector<bool>& flattened);

// Grids from the reader's tables (grid.cc).
std::vector<Table> GridTables(const Document& document, const FoldedText& folded,
                              const std::vector<LineSpan>& lines);

// Pipe tables of a Markdown report: a header row, a delimiter row (`|---|:-:|`),
// body rows up to a blank line or a line without a pipe (markdown.cc).
std::vector<Table> MarkdownTables(const std::u32string& text, const std::vector<LineSpan>& lines);

// What a blank cell (no text at all) is when a table's layout is recognised.
enum class BlankCells {
  kValues,        // an empty value, everywhere (HTML, DOCX: spans are explicit)
  kMergedLabels,  // in the header rows and label columns, part of the merged
                  // cell beside it (Markdown); among the values, an empty value
};

// Sets header_rows, label_cols, data_row, row_labels and col_labels of a table
// whose cells are read (layout.cc). With kMergedLabels it also fills
// the blank header and label slots with copies of the cells they continue.
void RecogniseLayout(Table* t, BlankCells blanks);

// What TextTables reads.
enum class TextLines {
  kLines,   // lines of the report
  kPieces,  // pieces of one flattened line (SplitFlattenedLine): a label may be
            // longer (header labels run together) but has no clause punctuation
            // outside brackets, and a lone row of glued digits needs ten digits
};

// Flattened tables in the lines not marked in `taken` (text_tables.cc).
std::vector<Table> TextTables(const std::u32string& text, const std::vector<LineSpan>& lines,
                              const std::vector<bool>& taken, TextLines mode = TextLines::kLines);

// `lines` with every line that belongs to a table emptied (begin == end), for
// stages that must not read row labels such as "一、本年新收…" as headings.
std::vector<LineSpan> LinesOutsideTables(const std::vector<LineSpan>& lines,
                                         const std::vector<Table>& tables);

// One line per table for tests and `dump`: "text 3x9 h0 l1 rows: 一、本年新收…=21 7 …".
std::string DebugString(const Table& table);

}  // namespace reportlint

#endif  // REPORTLINT_STRUCTURE_TABLES_TABLES_H_
