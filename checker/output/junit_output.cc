// JUnit XML, the test-report format CI servers display (GitLab, Jenkins, Azure):
// one <testsuite> per report, one <testcase> per finding (a failure at or
// above --fail-on), a passing case for a clean report and an <error> for an
// unreadable one, then a suite "cross-report"; totals on every suite and on
// <testsuites>.
#include <fmt/format.h>

#include <cstdio>
#include <map>
#include <optional>

#include "checker/output/formats.h"
#include "checker/output/place.h"
#include "checker/output/spill.h"

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

// The counts of a suite, summed into <testsuites>.
struct Counts {
  size_t tests = 0, failures = 0, errors = 0;
  void Add(const Counts& c) {
    tests += c.tests;
    failures += c.failures;
    errors += c.errors;
  }
  // No check is ever skipped; the attribute is there for the CI tools that read it.
  std::string Attributes() const {
    return fmt::format("tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"0\"", tests,
                       failures, errors);
  }
};

// The <testcase>s of one suite: each finding a case named "rule at line:col"
// (for DOCX and PDF "rule at 表格2第6行第10列", as the text format says it),
// made unique in the suite by " (2)", " (3)"… in file order. A finding at or
// above `fail_on` is a <failure>; one below it (or every one with --fail-on
// never) is a passing case with the finding in <system-out>, so the report
// shows it without failing the build, as the exit code does not.
class Cases {
 public:
  Cases(const std::string& lang, std::optional<Severity> fail_on)
      : lang_(lang), fail_on_(fail_on) {}

  void Add(const std::string& path, const Finding& f) {
    std::string at = HasDocumentPlace(f.begin)
                         ? PlaceText(f.begin, lang_)
                         : fmt::format("{}:{}", f.begin.line, f.begin.column);
    std::string name = f.rule_id + " at " + at;
    if (int n = ++seen_[name]; n > 1) name += fmt::format(" ({})", n);
    std::string line = fmt::format("{}:{}: {}: {} [{}]", path, at, SeverityName(f.severity),
                                   f.message, f.rule_id);
    ++counts_.tests;
    const bool fails = fail_on_ && f.severity >= *fail_on_;
    if (fails) ++counts_.failures;
    xml_ += fmt::format("    <testcase name=\"{}\" classname=\"{}\">\n", Xml(name), Xml(path));
    xml_ += fails ? fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                                SeverityName(f.severity), Xml(f.message), Xml(line))
                  : fmt::format("      <system-out>{}</system-out>\n", Xml(line));
    xml_ += "    </testcase>\n";
  }

  // The suite `name` (already escaped) holding the cases, or one passing
  // case "reportlint" in `classname` when there are none, to show the checks ran.
  std::string Suite(const std::string& name, const std::string& classname, Counts* counts) {
    if (counts_.tests == 0) {
      counts_.tests = 1;
      xml_ = fmt::format("    <testcase name=\"reportlint\" classname=\"{}\"/>\n", classname);
    }
    *counts = counts_;
    return fmt::format("  <testsuite name=\"{}\" {}>\n{}  </testsuite>\n", name,
                       counts_.Attributes(), xml_);
  }

 private:
  const std::string& lang_;
  std::optional<Severity> fail_on_;
  std::map<std::string, int> seen_;
  Counts counts_;
  std::string xml_;
};

// <testsuites> carries the run's totals, known only at the end: the suites
// wait in a Spill (a temporary file) until then, so a batch does not pile up
// in memory.
class JunitWriter : public OutputWriter {
 public:
  JunitWriter(const OutputOptions& options, std::ostream& out)
      : lang_(options.lang), fail_on_(options.fail_on), out_(out) {}

  // The first line is the suite's counts, for Write (which takes it off):
  // Write may not see the findings (check_command passes a stub), only this.
  std::string Render(const Result& file) const override {
    std::string path = Xml(file.path);
    Counts counts;
    std::string suite;
    if (file.error) {
      counts = {1, 0, 1};
      suite = fmt::format(
          "  <testsuite name=\"{0}\" {1}>\n"
          "    <testcase name=\"read\" classname=\"{0}\">\n"
          "      <error message=\"{2}\"/>\n"
          "    </testcase>\n  </testsuite>\n",
          path, counts.Attributes(), Xml(file.error->message));
    } else {
      Cases cases(lang_, fail_on_);
      for (const Finding& f : file.findings) cases.Add(file.path, f);
      suite = cases.Suite(path, path, &counts);
    }
    return fmt::format("{} {} {}\n", counts.tests, counts.failures, counts.errors) + suite;
  }

  void Write(const Result&, const std::string& rendered) override {
    size_t eol = rendered.find('\n');
    Counts c;
    std::sscanf(rendered.c_str(), "%zu %zu %zu", &c.tests, &c.failures, &c.errors);
    totals_.Add(c);
    sizes_.push_back(suites_.Append(rendered.substr(eol + 1)));
  }

  // One suite for the checks across reports: passing when they found nothing,
  // so a CI page shows that they ran; each case's classname is its report's
  // path (CI tools group cases by classname).
  void WriteCorpus(const CorpusResult& corpus) override {
    Cases cases(lang_, fail_on_);
    for (const PlacedFinding& p : corpus.findings) cases.Add(p.path, p.finding);
    Counts c;
    std::string suite = cases.Suite("cross-report", "cross-report", &c);
    totals_.Add(c);
    sizes_.push_back(suites_.Append(suite));
  }

  void End(const RunSummary&) override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"reportlint\" "
         << totals_.Attributes() << ">\n";
    for (size_t size : sizes_) out_ << suites_.Next(size);
    out_ << "</testsuites>\n";
  }

 private:
  std::string lang_;
  std::optional<Severity> fail_on_;
  std::ostream& out_;
  Spill suites_;
  std::vector<size_t> sizes_;
  Counts totals_;
};

}  // namespace

std::unique_ptr<OutputWriter> MakeJunitWriter(const OutputOptions& options, std::ostream& out) {
  return std::make_unique<JunitWriter>(options, out);
}

}  // namespace reportlint
