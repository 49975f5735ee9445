// The public vocabulary types' functions (include/reportlint/error.h, finding.h):
// severity names and the text of a tool error, shared by every format.
#include "checker/api/names.h"
#include "reportlint/error.h"
#include "reportlint/finding.h"

namespace reportlint {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "error";
}

std::optional<Severity> ParseSeverity(const std::string& name) {
  for (Severity s : {Severity::kInfo, Severity::kWarning, Severity::kError}) {
    if (name == SeverityName(s)) return s;
  }
  return std::nullopt;
}

const std::vector<std::string>& SeverityNames() {
  static const std::vector<std::string> names = {SeverityName(Severity::kError),
                                                 SeverityName(Severity::kWarning),
                                                 SeverityName(Severity::kInfo)};
  return names;
}

const std::vector<std::string>& FailOnNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> n = SeverityNames();
    n.push_back("never");
    return n;
  }();
  return names;
}

std::string Error::ToString() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) {
      out += ":" + std::to_string(line);
      if (column > 0) out += ":" + std::to_string(column);
    }
    out += ": ";
  }
  return out + "error: " + message;
}

const std::string& Error::Message(const std::string& lang) const {
  return lang == "zh" && !message_zh.empty() ? message_zh : message;
}

std::string Error::ToString(const std::string& lang) const {
  if (lang != "zh" || message_zh.empty()) return ToString();
  Error zh = *this;
  zh.message = message_zh;
  std::string out = zh.ToString();
  out.replace(out.rfind("error: " + message_zh), 7, "错误：");
  return out;
}

}  // namespace reportlint
