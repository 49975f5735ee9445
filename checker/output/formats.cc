#include "checker/output/formats.h"

namespace reportlint {
namespace {

const OutputFormat kFormats[] = {
    {"text", WriteText},
    {"json", WriteJson},
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

Tally CountFindings(const std::vector<FileResult>& files) {
  Tally t;
  for (const FileResult& f : files) {
    ++t.files;
    if (f.error) ++t.unreadable;
    for (const Finding& x : f.findings) {
      switch (x.severity) {
        case Severity::kError: ++t.errors; break;
        case Severity::kWarning: ++t.warnings; break;
        case Severity::kInfo: ++t.infos; break;
      }
    }
  }
  return t;
}

}  // namespace reportlint
