// JUnit XML, the test-report format CI servers display (GitLab, Jenkins, Azure):
// one <testsuite> per report, one failing <testcase> per finding, a passing
// test case for a clean report and an <error> for an unreadable one; after the
// reports, a suite "cross-report" with a failing case per cross-report finding,
// its classname the report's path (CI tools group cases by classname).
#include <fmt/format.h>

#include "checker/output/formats.h"
#include "checker/output/place.h"

namespace reportlint {
namespace {

std::string Xml(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        // Control characters other than tab and line ends are not allowed in XML 1.0.
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
        out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// A failing <testcase> for `f` in the file at `path`; failures are every finding, whatever its
// severity (the `type` tells it). It is "at line:col", or for DOCX and PDF at the place in the
// document (表格2第6行第10列, as the text format says it).
std::string FailingCase(const std::string& path, const Finding& f, const std::string& lang) {
  std::string at = HasDocumentPlace(f.begin)
                       ? PlaceText(f.begin, lang)
                       : fmt::format("{}:{}", f.begin.line, f.begin.column);
  return fmt::format(
      "    <testcase name=\"{0} at {1}\" classname=\"{2}\">\n"
      "      <failure type=\"{3}\" message=\"{4}\">{2}:{1}: {3}: {4} [{0}]</failure>\n"
      "    </testcase>\n",
      Xml(f.rule_id), Xml(at), Xml(path), SeverityName(f.severity), Xml(f.message));
}

class JunitWriter : public OutputWriter {
 public:
  JunitWriter(const OutputOptions& options, std::ostream& out) : lang_(options.lang), out_(out) {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"reportlint\">\n";
  }
  void Write(const Result&, const std::string& rendered) override { out_ << rendered; }

  std::string Render(const Result& file) const override {
    std::string out;
    std::string path = Xml(file.path);
    if (file.error) {
      return fmt::format(
          "  <testsuite name=\"{0}\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
          "    <testcase name=\"read\" classname=\"{0}\">\n"
          "      <error message=\"{1}\"/>\n"
          "    </testcase>\n  </testsuite>\n",
          path, Xml(file.error->message));
    }
    size_t tests = std::max<size_t>(1, file.findings.size());
    out += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n",
                       path, tests, file.findings.size());
    if (file.findings.empty()) {
      out += fmt::format("    <testcase name=\"reportlint\" classname=\"{}\"/>\n", path);
    }
    for (const Finding& f : file.findings) out += FailingCase(file.path, f, lang_);
    return out + "  </testsuite>\n";
  }
  // One suite for the checks across reports: passing when they found nothing,
  // so a CI page shows that they ran.
  void WriteCorpus(const CorpusResult& corpus) override {
    size_t n = corpus.findings.size();
    out_ << fmt::format(
        "  <testsuite name=\"cross-report\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n",
        std::max<size_t>(1, n), n);
    if (n == 0) out_ << "    <testcase name=\"reportlint\" classname=\"cross-report\"/>\n";
    for (const PlacedFinding& p : corpus.findings) out_ << FailingCase(p.path, p.finding, lang_);
    out_ << "  </testsuite>\n";
  }
  void End(const RunSummary&) override { out_ << "</testsuites>\n"; }

 private:
  std::string lang_;
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<OutputWriter> MakeJunitWriter(const OutputOptions& options, std::ostream& out) {
  return std::make_unique<JunitWriter>(options, out);
}

}  // namespace reportlint
