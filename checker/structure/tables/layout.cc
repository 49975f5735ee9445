// Header rows, label columns, data rows and label paths of a table whose cells are
// read: shared by the grids of HTML and DOCX and the pipe tables of Markdown.
#include <algorithm>

#include "checker/structure/tables/tables.h"

namespace reportlint {
namespace {

void AddUnique(std::vector<std::u32string>* path, const std::u32string& text) {
  if (!text.empty() && (path->empty() || path->back() != text) &&
      std::find(path->begin(), path->end(), text) == path->end()) {
    path->push_back(text);
  }
}

bool IsBlank(const TableCell& c) { return c.kind == CellKind::kEmpty && c.text.empty(); }

// A number or an empty mark written out ("/", "—"): what a data row holds.
bool IsValue(const TableCell& c) {
  return c.kind == CellKind::kNumber || (c.kind == CellKind::kEmpty && !c.text.empty());
}

// Markdown cannot merge cells, so writers leave the slots a merged cell would
// cover blank. In the label columns a blank slot continues the label to its
// left when its row has one there (a column span, "一、本年新收… | | |"), else
// the label above it (a row span, "| | | 2.其他…"); in the header rows,
// transposed, the header above it when its column has one there, else the one
// to its left. Copies keep their origin, as the slots of a spanning cell do.
void FillMergedBlanks(Table* t, const std::vector<bool>& was_blank) {
  auto blank = [&](int r, int c) { return was_blank[static_cast<size_t>(r) * t->cols + c]; };
  auto copy_text = [&](int r, int c, int from_r, int from_c) {
    if (t->At(from_r, from_c).kind == CellKind::kText) t->At(r, c) = t->At(from_r, from_c);
  };
  for (int r = t->header_rows; r < t->rows; ++r) {
    bool label_before = false;
    for (int c = 0; c < t->label_cols; ++c) {
      if (!blank(r, c)) {
        label_before = true;
      } else if (label_before) {
        copy_text(r, c, r, c - 1);
      } else if (r > t->header_rows) {
        copy_text(r, c, r - 1, c);
      }
    }
  }
  for (int c = t->label_cols; c < t->cols; ++c) {
    bool header_above = false;
    for (int r = 0; r < t->header_rows; ++r) {
      if (!blank(r, c)) {
        header_above = true;
      } else if (header_above) {
        copy_text(r, c, r - 1, c);
      } else if (c > 0) {
        copy_text(r, c, r, c - 1);
      }
    }
  }
}

// The label columns: those left of every data row's first value. With merged
// blanks a blank slot does not end a row's labels, and rows without a label
// (Table C's one row) have no say, since their leading blanks are values.
int LabelColumns(const Table& t, int first_data, BlankCells blanks) {
  bool merged = blanks == BlankCells::kMergedLabels;
  int label_cols = t.cols - 1;
  bool voted = false;
  for (int r = first_data; r < t.rows; ++r) {
    bool has_value = false;
    for (int c = 0; c < t.cols; ++c) has_value = has_value || IsValue(t.At(r, c));
    if (!has_value) continue;
    int c = 0;
    bool text = false;
    for (; c < t.cols; ++c) {
      const TableCell& cell = t.At(r, c);
      if (cell.kind != CellKind::kText && !(merged && IsBlank(cell))) break;
      text = text || cell.kind == CellKind::kText;
    }
    if (merged && !text) continue;
    label_cols = std::min(label_cols, c);
    voted = true;
  }
  return voted ? std::max(0, label_cols) : 0;
}

}  // namespace

void RecogniseLayout(Table* t, BlankCells blanks) {
  int first_data = -1;
  for (int r = 0; r < t->rows && first_data < 0; ++r) {
    for (int c = 0; c < t->cols && first_data < 0; ++c) {
      if (t->At(r, c).kind == CellKind::kNumber) first_data = r;
    }
  }
  t->data_row.assign(t->rows, false);
  t->row_labels.assign(t->rows, {});
  t->col_labels.assign(t->cols, {});
  if (first_data < 0) {  // no numbers at all: a table of text
    t->header_rows = t->rows;
    return;
  }
  t->header_rows = first_data;
  t->label_cols = LabelColumns(*t, first_data, blanks);
  if (blanks == BlankCells::kMergedLabels) {
    std::vector<bool> was_blank(t->cells.size());
    for (size_t i = 0; i < t->cells.size(); ++i) was_blank[i] = IsBlank(t->cells[i]);
    FillMergedBlanks(t, was_blank);
  }
  for (int r = first_data; r < t->rows; ++r) {
    bool values = false, labelled = false, text_in_data = false;
    for (int c = 0; c < t->cols; ++c) {
      const TableCell& cell = t->At(r, c);
      if (c < t->label_cols) {
        labelled = labelled || cell.kind == CellKind::kText;
      } else {
        values = values || IsValue(cell);
        text_in_data = text_in_data || cell.kind == CellKind::kText;
      }
    }
    // A labelled row of blank cells is data too (all of its values are 0).
    t->data_row[r] = values || (labelled && !text_in_data);
  }
  for (int r = 0; r < t->rows; ++r) {
    for (int c = 0; c < t->label_cols; ++c) {
      const TableCell& cell = t->At(r, c);
      if (cell.kind == CellKind::kText) AddUnique(&t->row_labels[r], cell.text);
    }
  }
  for (int c = t->label_cols; c < t->cols; ++c) {
    for (int r = 0; r < t->header_rows; ++r) {
      const TableCell& cell = t->At(r, c);
      if (cell.kind == CellKind::kText && cell.origin_col >= t->label_cols) {
        AddUnique(&t->col_labels[c], cell.text);
      }
    }
  }
}

}  // namespace reportlint
