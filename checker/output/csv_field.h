// RFC 4180 fields and lines, the one home of the CSV escaping: the csv output
// format and the csv export both write their rows through it.
#ifndef REPORTLINT_OUTPUT_CSV_FIELD_H_
#define REPORTLINT_OUTPUT_CSV_FIELD_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace reportlint {

// The UTF-8 byte order mark a CSV file starts with, so Excel and WPS read
// the Chinese right.
inline constexpr const char* kCsvBom = "\xEF\xBB\xBF";

// `s` quoted when it holds a comma, a quote or a line break, quotes doubled.
std::string CsvField(const std::string& s);

// The fields escaped, joined with commas, ended with CRLF.
std::string CsvLine(const std::vector<std::string>& cells);

// JSON cells as CSV text: strings as they are, null empty, anything else
// (numbers, booleans, lists) as compact JSON.
std::vector<std::string> CsvCells(const nlohmann::ordered_json& cells);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_CSV_FIELD_H_
