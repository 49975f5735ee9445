// GitHub Actions workflow commands: "::error file=F,line=L,col=C,…::message",
// which the runner turns into annotations on the pull request's files.
#include <sstream>

#include "checker/output/formats.h"

namespace reportlint {
namespace {

// The escaping the Actions runner expects (toolkit's command.ts): data
// escapes % CR LF; property values also ':' and ','.
std::string Escape(const std::string& s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

const char* Command(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "notice";
  }
  return "error";
}

class GithubWriter : public OutputWriter {
 public:
  GithubWriter(const OutputOptions& options, std::ostream& out) : lang_(options.lang), out_(out) {}
  std::string Render(const Result& file) const override {
    std::ostringstream out;
    std::string path = Escape(file.path, true);
    if (file.error) {
      out << "::error file=" << path << "::" << Escape(file.error->message, false) << "\n";
      return out.str();
    }
    for (const Finding& f : file.findings) {
      out << "::" << Command(f.severity) << " file=" << path << ",line=" << f.begin.line
          << ",col=" << f.begin.column << ",endLine=" << f.end.line << ",endColumn=" << f.end.column
          << ",title=" << Escape(f.rule_id, true) << "::" << Escape(f.message, false) << "\n";
    }
    return out.str();
  }
  void Write(const Result&, const std::string& rendered) override { out_ << rendered; }
  void End(const RunSummary& summary) override { out_ << SummaryLine(summary, lang_) << "\n"; }

 private:
  std::string lang_;
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<OutputWriter> MakeGithubWriter(const OutputOptions& options, std::ostream& out) {
  return std::make_unique<GithubWriter>(options, out);
}

}  // namespace reportlint
