// The table of output formats and the helpers the writers share.
// Adding a format is one writer file and one row here.
#include "checker/output/formats.h"

namespace reportlint {
namespace {

const OutputFormat kFormats[] = {
    {"text", "path:line:col: severity: message [rule], the source line and a caret",
     MakeTextWriter},
    {"json", "one JSON document with every file, finding and a summary", MakeJsonWriter},
    {"jsonl", "per report a line with its status, then one JSON object per finding per line",
     MakeJsonlWriter},
    {"sarif", "SARIF 2.1.0 for code scanning (GitHub, GitLab, IDEs)", MakeSarifWriter,
     /*binary=*/false, /*draws_report=*/false, /*shows_rule_parameters=*/true},
    {"github", "GitHub Actions workflow commands (::error file=…::…)", MakeGithubWriter},
    {"junit", "JUnit XML: a test suite per file, a failing test case per finding", MakeJunitWriter},
    {"csv", "one row per report (UTF-8 with BOM, RFC 4180), for Excel, WPS and LibreOffice",
     MakeCsvWriter},
    {"html",
     "one self-contained page: each report drawn with its findings marked (open it in a browser)",
     MakeHtmlWriter, /*binary=*/false, /*draws_report=*/true},
    {"xlsx",
     "an Excel workbook: sheets of reports, findings and each cross-report kind (needs -o FILE)",
     MakeXlsxWriter, /*binary=*/true},
};

}  // namespace

const OutputFormat* FindOutputFormat(const std::string& name) {
  for (const OutputFormat& f : kFormats) {
    if (name == f.name) return &f;
  }
  return nullptr;
}

std::vector<std::string> OutputFormatNames() {
  std::vector<std::string> names;
  for (const OutputFormat& f : kFormats) names.emplace_back(f.name);
  return names;
}

void WriteAll(const OutputFormat& format, const std::vector<Result>& files,
              const OutputOptions& options, std::ostream& out, const CorpusResult* corpus) {
  auto writer = format.make(options, out);
  RunSummary summary;
  for (const Result& f : files) {
    summary.Add(f);
    writer->File(f);
  }
  if (corpus) {
    summary.AddCorpus(*corpus);
    writer->WriteCorpus(*corpus);
  }
  writer->End(summary);
}

std::string JsonText(const nlohmann::ordered_json& value, int indent) {
  return value.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string DumpNested(const nlohmann::ordered_json& value, int depth) {
  std::string text = JsonText(value, 2);
  std::string indent(2 * depth, ' ');
  std::string out = indent;
  for (char c : text) {
    out.push_back(c);
    if (c == '\n') out += indent;
  }
  return out;
}

}  // namespace reportlint
