// RFC 4180 escaping (csv_field.h).
#include "checker/output/csv_field.h"

namespace reportlint {

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvLine(const std::vector<std::string>& cells) {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + CsvField(cells[i]);
  return out + "\r\n";
}

std::vector<std::string> CsvCells(const nlohmann::ordered_json& cells) {
  std::vector<std::string> out;
  for (const auto& c : cells) {
    // A list cell is dumped as JSON; invalid UTF-8 becomes U+FFFD, as in jsonl.
    out.push_back(c.is_string()  ? c.get<std::string>()
                  : c.is_null() ? ""
                                : c.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  }
  return out;
}

}  // namespace reportlint
