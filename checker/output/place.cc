// PlaceText (place.h): the page, then the table cell or the paragraph; the
// line and column of the file when the report is text.
#include "checker/output/place.h"

#include <fmt/format.h>

namespace reportlint {

bool HasDocumentPlace(const Location& l) { return l.page > 0 || l.table > 0 || l.paragraph > 0; }

std::string PlaceText(const Location& l, const std::string& lang) {
  const bool en = lang == "en";
  if (!HasDocumentPlace(l)) {
    if (l.line <= 0) return "";
    return en ? fmt::format("line {}, column {}", l.line, l.column)
              : fmt::format("第{}行第{}列", l.line, l.column);
  }
  std::string place;
  if (l.page > 0) place = en ? fmt::format("page {}", l.page) : fmt::format("第{}页", l.page);
  if (l.table > 0) {
    if (en && !place.empty()) place += ", ";
    place += en ? fmt::format("table {}, row {}, column {}", l.table, l.row, l.col)
                : fmt::format("表格{}第{}行第{}列", l.table, l.row, l.col);
  } else if (l.paragraph > 0 && l.page == 0) {
    place = en ? fmt::format("paragraph {}", l.paragraph) : fmt::format("第{}段", l.paragraph);
  }
  return place;
}

}  // namespace reportlint
