// Field values of the export records (export_fields.h).
#include "checker/output/export_fields.h"

#include <cstdlib>
#include <limits>

#include "checker/util/utf.h"

namespace reportlint {

nlohmann::ordered_json DecimalJson(Decimal d) {
  Decimal::Raw whole = d.raw() / Decimal::kOne;
  if (d.FractionDigits() == 0 && whole >= std::numeric_limits<long long>::min() &&
      whole <= std::numeric_limits<long long>::max()) {
    return static_cast<long long>(whole);
  }
  return std::strtod(d.ToString().c_str(), nullptr);
}

std::string JoinLabels(const std::vector<std::u32string>& labels) {
  std::string out;
  for (const std::u32string& l : labels) out += (out.empty() ? "" : " / ") + U32ToUtf8(l);
  return out;
}

void AddLocation(const Analysis& a, size_t begin, nlohmann::ordered_json* record,
                 bool source_fields) {
  Location l = a.document->Locate(a.folded.SourceBegin(begin));
  // 0 means "not this format" in a Location: null says so to a database.
  auto field = [](int v) { return v > 0 ? nlohmann::ordered_json(v) : nlohmann::ordered_json(nullptr); };
  nlohmann::ordered_json& r = *record;
  r["line"] = l.line;
  r["line_column"] = l.column;
  if (!source_fields) return;
  r["paragraph"] = field(l.paragraph);
  r["source_table"] = field(l.table);
  r["source_row"] = field(l.row);
  r["source_col"] = field(l.col);
  r["page"] = field(l.page);
}

}  // namespace reportlint
