// The output formats, one function each, chosen by name from one table.
// Every format renders the same list of FileResults.
#ifndef REPORTLINT_OUTPUT_FORMATS_H_
#define REPORTLINT_OUTPUT_FORMATS_H_

#include <ostream>
#include <string>
#include <vector>

#include "reportlint/checker.h"

namespace reportlint {

struct OutputOptions {
  std::string lang = "zh";  // summary and labels
  bool color = false;       // ANSI colours (text only)
};

using Formatter = void (*)(const std::vector<FileResult>& files, const OutputOptions& options,
                           std::ostream& out);

struct OutputFormat {
  const char* name;
  Formatter write;
};

// nullptr when `name` is unknown.
const OutputFormat* FindOutputFormat(const std::string& name);
std::vector<std::string> OutputFormatNames();

void WriteText(const std::vector<FileResult>& files, const OutputOptions& options,
               std::ostream& out);
void WriteJson(const std::vector<FileResult>& files, const OutputOptions& options,
               std::ostream& out);

// One finding as a JSON object (shared by the JSON-based formats).
nlohmann::ordered_json FindingJson(const Finding& f);

// Counts shared by the formats' summaries.
struct Tally {
  int files = 0;
  int unreadable = 0;
  int errors = 0;
  int warnings = 0;
  int infos = 0;
};
Tally CountFindings(const std::vector<FileResult>& files);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_FORMATS_H_
