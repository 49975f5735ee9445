// The export's cell records: every cell of every table read, keyed by its row
// and column labels so a query can find "本年新收… × 总计" in any report.
#include "checker/output/export_fields.h"
#include "checker/output/export_records.h"

namespace reportlint {
namespace {

const char* KindName(CellKind k) {
  switch (k) {
    case CellKind::kNumber: return "number";
    case CellKind::kEmpty: return "empty";
    default: return "text";
  }
}

// Where the cell sits in the table's layout: a query wants "value" cells.
const char* PartName(const Table& t, int row, int col) {
  if (row < t.header_rows) return "header";
  if (col < t.label_cols) return "label";
  if (row < static_cast<int>(t.data_row.size()) && !t.data_row[row]) return "group";
  return "value";
}

// The title of the last heading before the table: in a report, what names
// its tables ("三、收到和处理政府信息公开申请情况").
nlohmann::ordered_json SectionOf(const Analysis& a, const Table& t) {
  const Heading* last = nullptr;
  for (const Heading& h : a.sections.headings) {
    if (h.begin <= t.begin && (!last || h.begin >= last->begin)) last = &h;
  }
  if (!last) return nullptr;
  // A Markdown heading's marks are markup, not its title.
  std::string title = a.OriginalText(last->begin, last->end);
  size_t start = title.find_first_not_of("# \t");
  return TextOrNull(start == std::string::npos ? "" : title.substr(start));
}

nlohmann::ordered_json Labels(const std::vector<std::vector<std::u32string>>& paths, int i) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  if (i < static_cast<int>(paths.size())) {
    for (const std::u32string& l : paths[i]) out.push_back(TextOrNull(l));
  }
  return out;
}

std::string Key(const std::vector<std::vector<std::u32string>>& paths, int i) {
  return i < static_cast<int>(paths.size()) ? JoinLabels(paths[i]) : "";
}

}  // namespace

void AddCellRecords(const Analysis& a, std::vector<nlohmann::ordered_json>* out) {
  for (size_t n = 0; n < a.tables.size(); ++n) {
    const Table& t = a.tables[n];
    nlohmann::ordered_json section = SectionOf(a, t);
    for (int row = 0; row < t.rows; ++row) {
      for (int col = 0; col < t.cols; ++col) {
        const TableCell& c = t.At(row, col);
        // A merged cell is one record, at the slot where it starts, so sums
        // over the export count it once.
        if (c.kind == CellKind::kMissing || c.origin_row != row || c.origin_col != col) continue;
        const char* part = PartName(t, row, col);
        bool number = c.kind == CellKind::kNumber;
        nlohmann::ordered_json j;
        j["path"] = a.document->path();
        j["table_index"] = n + 1;
        j["table_number"] = t.number > 0 ? nlohmann::ordered_json(t.number) : nullptr;
        j["table_source"] = t.source == TableSource::kGrid ? "grid" : "text";
        j["section"] = section;
        j["readable"] = t.readable;
        j["part"] = part;
        j["row"] = row + 1;
        j["col"] = col + 1;
        j["row_key"] = Key(t.row_labels, row);
        j["row_labels"] = Labels(t.row_labels, row);
        j["col_key"] = Key(t.col_labels, col);
        j["col_labels"] = Labels(t.col_labels, col);
        // A text table has no column labels: its values are known by position.
        j["value_col"] = std::string(part) == "value" ? nlohmann::ordered_json(col + 1 - t.label_cols)
                                                      : nullptr;
        j["kind"] = KindName(c.kind);
        j["value"] = number ? DecimalJson(c.value.printed) : nullptr;
        j["text"] = a.OriginalText(c.begin, c.end);
        j["unit"] = number ? TextOrNull(c.value.unit) : nullptr;
        AddLocation(a, c.begin, &j);
        out->push_back(std::move(j));
      }
    }
  }
}

}  // namespace reportlint
