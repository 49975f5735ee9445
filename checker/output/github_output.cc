// GitHub Actions workflow commands: "::error file=F,line=L,col=C,…::message",
// which the runner turns into annotations on the pull request's files; the
// cross-report findings too, on their report or the hierarchy file.
#include <sstream>

#include "checker/output/formats.h"
#include "checker/output/place.h"

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

// "::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message".
// A DOCX or PDF is binary: a line of it means nothing, so its annotation is on
// the file (no line; GitHub shows it at the file) and the message starts with
// the place in Word or the viewer ("表格2第6行第10列：…").
std::string Annotation(const std::string& path, const Finding& f, const std::string& lang) {
  std::ostringstream out;
  out << "::" << Command(f.severity) << " file=" << Escape(path, true);
  std::string message = f.message;
  if (HasDocumentPlace(f.begin)) {
    message = PlaceText(f.begin, lang) + (lang == "en" ? ": " : "：") + message;
  } else {
    out << ",line=" << f.begin.line << ",col=" << f.begin.column << ",endLine=" << f.end.line
        << ",endColumn=" << f.end.column;
  }
  out << ",title=" << Escape(f.rule_id, true) << "::" << Escape(message, false) << "\n";
  return out.str();
}

class GithubWriter : public OutputWriter {
 public:
  GithubWriter(const OutputOptions& options, std::ostream& out) : lang_(options.lang), out_(out) {}
  std::string Render(const Result& file) const override {
    if (file.error) {
      return "::error file=" + Escape(file.path, true) + "::" + Escape(file.error->message, false) +
             "\n";
    }
    std::string out;
    for (const Finding& f : file.findings) out += Annotation(file.path, f, lang_);
    return out;
  }
  void Write(const Result&, const std::string& rendered) override { out_ << rendered; }
  void WriteCorpus(const CorpusResult& corpus) override {
    for (const PlacedFinding& p : corpus.findings) out_ << Annotation(p.path, p.finding, lang_);
  }
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
