// The output formats, chosen by name from one table. Every format is a writer
// that receives the Results one by one, in input order, then the run
// summary — so a batch of 10,000 reports streams instead of piling up.
#ifndef REPORTLINT_OUTPUT_FORMATS_H_
#define REPORTLINT_OUTPUT_FORMATS_H_

#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "checker/output/summary.h"
#include "reportlint/checker.h"

namespace reportlint {

struct OutputOptions {
  std::string lang = "zh";  // summary and labels
  bool color = false;       // ANSI colours (text only)
  // The folder paths are made relative to in SARIF (the repository root;
  // the working directory by default). Absolute.
  std::string root;
  // Every rule in force: SARIF's rule table; which rules say "cannot assess"
  // (cannot_assess.h) for csv, xlsx and jsonl.
  std::vector<RuleSummary> rules;
  // The URL of the published docs/rules/ folder, SARIF's helpUri base
  // (--doc-url); "": DefaultRuleDocBase() (rule_help.h).
  std::string doc_url;
  // The lowest severity that fails the run (--fail-on; nullopt: never):
  // JUnit's failures are the findings at or above it.
  std::optional<Severity> fail_on = Severity::kError;
};

// A format is written in two steps so that batch runs can render in parallel:
// Render() turns one file's result into text on any thread (it must only read
// the writer), Write() puts rendered parts into the stream in input order.
class OutputWriter {
 public:
  virtual ~OutputWriter() = default;
  // One file's part of the output. Safe to call concurrently.
  virtual std::string Render(const Result& file) const = 0;
  // Called once per checked file, in input order, with Render(file).
  virtual void Write(const Result& file, const std::string& rendered) = 0;
  // Called once after the last Write() when the run has cross-report rules,
  // with what they found (checker.h, Checker::CheckCorpus): findings about
  // reports already written, or about the hierarchy file. Every format shows
  // them (docs/output.md, "Cross-report findings"), so no default.
  virtual void WriteCorpus(const CorpusResult& corpus) = 0;
  // Called once at the end; `summary` counts every file passed to Write()
  // and the cross-report findings.
  virtual void End(const RunSummary& summary) = 0;

  void File(const Result& file) { Write(file, Render(file)); }
};

using WriterFactory = std::unique_ptr<OutputWriter> (*)(const OutputOptions& options,
                                                        std::ostream& out);

struct OutputFormat {
  const char* name;
  const char* description;  // one line, for --help and docs/output.md
  WriterFactory make;
  bool binary = false;  // not text (xlsx): never written onto a terminal
  // Draws the report itself (html): its Results must carry the analysis
  // (Options::keep_analysis), or the page shows findings without the text.
  bool draws_report = false;
  // Shows each rule's parameters (sarif's rule help): OutputOptions::rules
  // must then be made with RuleDetail::kWithParameters.
  bool shows_rule_parameters = false;
};

// nullptr when `name` is unknown.
const OutputFormat* FindOutputFormat(const std::string& name);
std::vector<std::string> OutputFormatNames();

// Renders a whole list at once (tests, small runs), with the cross-report
// findings when `corpus` is given, as `reportlint check` does.
void WriteAll(const OutputFormat& format, const std::vector<Result>& files,
              const OutputOptions& options, std::ostream& out,
              const CorpusResult* corpus = nullptr);

// The writers, one per file of this folder.
std::unique_ptr<OutputWriter> MakeTextWriter(const OutputOptions& options, std::ostream& out);
std::unique_ptr<OutputWriter> MakeJsonWriter(const OutputOptions& options, std::ostream& out);
std::unique_ptr<OutputWriter> MakeJsonlWriter(const OutputOptions& options, std::ostream& out);
std::unique_ptr<OutputWriter> MakeSarifWriter(const OutputOptions& options, std::ostream& out);
std::unique_ptr<OutputWriter> MakeGithubWriter(const OutputOptions& options, std::ostream& out);
std::unique_ptr<OutputWriter> MakeJunitWriter(const OutputOptions& options, std::ostream& out);
std::unique_ptr<OutputWriter> MakeCsvWriter(const OutputOptions& options, std::ostream& out);
std::unique_ptr<OutputWriter> MakeHtmlWriter(const OutputOptions& options, std::ostream& out);
std::unique_ptr<OutputWriter> MakeXlsxWriter(const OutputOptions& options, std::ostream& out);

// One finding as a JSON object (shared by the JSON-based formats); `lang` is
// that of its "place" (DOCX and PDF only, place.h).
nlohmann::ordered_json FindingJson(const Finding& f, const std::string& lang);
// The same with the path of its file first: the jsonl finding line, an entry
// of the json "corpus" array.
nlohmann::ordered_json PlacedFindingJson(const std::string& path, const Finding& f,
                                         const std::string& lang);

// `value` as JSON text (`indent` as nlohmann's dump: -1 one line). Text that
// is not valid UTF-8 (a file name in GBK from an unpacked zip) is written
// with U+FFFD in its place: the output is valid JSON, never an exception.
std::string JsonText(const nlohmann::ordered_json& value, int indent = -1);

// `value` as nlohmann's dump(2) would print it nested `depth` levels deep:
// what lets the streaming JSON writers produce the same bytes as one dump.
std::string DumpNested(const nlohmann::ordered_json& value, int depth);

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_FORMATS_H_
