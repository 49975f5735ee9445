// The library entry point: load rule packs once, then check reports one by one.
// The command-line tool is a thin layer over this; examples/embed shows it used alone.
#ifndef REPORTLINT_CHECKER_H_
#define REPORTLINT_CHECKER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reportlint/document.h"
#include "reportlint/error.h"
#include "reportlint/export.h"
#include "reportlint/finding.h"
#include "reportlint/options.h"

namespace reportlint {

struct CorpusReport;  // internal: what the cross-report rules keep of a report
class Hierarchy;      // internal: a hierarchy file as loaded (Options::hierarchy)
struct Analysis;      // internal: a report's folded text, structure and facts

// What reportlint read about a report (the JSON "report" object).
struct ReportMetadata {
  std::string title;
  std::string organisation;
  std::optional<int> year;
  std::string year_source;   // "title", "naming_sentence", "period" or ""
  std::string period_start;  // ISO dates of the first period statement, if any
  std::string period_end;
  std::string published;     // ISO date of the 发布时间 line, if any
  std::string signed_on;     // ISO date under the signature, if any
  std::string format;        // "text", "markdown", "html", "docx"
  std::string encoding;
  std::vector<std::string> packs;  // the packs applied, by name
};

// The outcome of checking one report.
struct Result {
  std::string path;            // as given; "<stdin>" for "-"
  std::optional<Error> error;  // set when the report could not be checked at all
  ReportMetadata report;
  // In file order (line, column, rule id), each once, after the configured
  // severities, inline suppressions and the baseline.
  std::vector<Finding> findings;
  std::shared_ptr<const Document> document;  // for showing source lines; null on error
  int suppressed = 0;  // findings silenced by inline directives
  int baselined = 0;   // findings left out because the baseline records them
  // What the run's cross-report rules need of this report, without its text
  // (null on error): pass it to Checker::CheckCorpus with the others.
  std::shared_ptr<const CorpusReport> corpus;
  // The report's headings and tables as reportlint read them, for drawing the
  // report (checker/facts/analysis.h); null unless Options::keep_analysis, and
  // on error.
  std::shared_ptr<const Analysis> analysis;
};

// The outcome of the cross-report rules over a run.
struct CorpusResult {
  // By path (the reports', and the hierarchy file's), then line, column, rule.
  std::vector<PlacedFinding> findings;
  int suppressed = 0;  // silenced by the reports' inline directives
  int baselined = 0;   // findings left out because the baseline records them
};

// How much of a rule Checker::Rules describes. Writing a rule's parameters
// out as YAML costs more than loading the packs, so a caller that shows no
// parameters (a check run's JSON Lines) asks for kSummary.
enum class RuleDetail { kWithParameters, kSummary /* parameters left "" */ };

// A summary of one loaded rule, for `reportlint rules`.
struct RuleSummary {
  std::string id;
  std::string kind;
  std::string check;  // the check of its kind it runs ("total", "readable", …); "" for directives
  Severity severity;
  std::string pack;         // the pack that brings it into the run
  std::string defined_in;   // the pack that defines it (differs once extended)
  std::string applies_to;  // "2008-2018", "2019-", "all" (+ ", organisation ~ /RE/")
  std::string message_zh;
  std::string message_en;
  std::string description_zh;  // the pack's description; "" when it has none
  std::string description_en;
  std::string file;
  int line = 0;
  std::string parameters;  // the rule's YAML as loaded (overrides merged in); see RuleDetail
  std::string pack_source;  // the pack's folder, or "builtin:NAME"
};

// Nothing here throws. A Checker is immutable once created: Check and
// CheckBytes are safe to call from several threads at once.
class REPORTLINT_EXPORT Checker {
 public:
  // Loads and validates every pack of `options`. On any configuration error
  // returns nullptr and appends the errors (with file:line:col) to *errors.
  static std::unique_ptr<Checker> Create(const Options& options, std::vector<Error>* errors);
  ~Checker();

  // Reads and checks the report at `path` ("-" is stdin). The format comes
  // from the extension (.txt .md .markdown, .html .htm .xhtml .shtml, .docx
  // .docm, .pdf), else from the first bytes; .doc and .wps are refused. An
  // unreadable report yields a Result with `error` set.
  // `file_rules` (may be null) are this file's own settings (the CLI's path
  // globs); they win over Options::rules.
  Result Check(const std::string& path, const RuleSettings* file_rules = nullptr) const;

  // Checks a report already in memory. `name` is what findings and errors
  // carry as the path. `format` nullopt: detect it from `name` and the bytes
  // exactly as Check does; otherwise read the bytes as that format, whatever
  // the name says. Options::encoding applies as for files.
  Result CheckBytes(const std::string& name, std::string_view bytes,
                    std::optional<SourceFormat> format = std::nullopt,
                    const RuleSettings* file_rules = nullptr) const;

  // Runs the cross-report rules (carry-over, rollup, coverage, copied-text)
  // over `reports`: the Result::corpus of every report of the run, in input
  // order, null for one that could not be read (it may be the report a
  // coverage rule would miss). Call once, after checking them all.
  CorpusResult CheckCorpus(const std::vector<std::shared_ptr<const CorpusReport>>& reports) const;
  // The same with another hierarchy than Options::hierarchy (null: none).
  CorpusResult CheckCorpus(const std::vector<std::shared_ptr<const CorpusReport>>& reports,
                           const Hierarchy* hierarchy) const;
  // Whether any cross-report rule is loaded and enabled: without one,
  // CheckCorpus finds nothing.
  bool HasCorpusRules() const;

  // Every rule loaded, pack by pack, then reportlint's own directive checks
  // (pack "reportlint").
  std::vector<RuleSummary> Rules(RuleDetail detail = RuleDetail::kWithParameters) const;
  // The ids of the same rules, in the same order.
  std::vector<std::string> RuleIds() const;
  // Whether `id` names a loaded rule or one of reportlint's own checks.
  bool HasRule(const std::string& id) const;

 private:
  struct Impl;
  explicit Checker(std::unique_ptr<Impl> impl);
  Result CheckDocument(std::shared_ptr<const Document> document,
                       const RuleSettings* file_rules) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace reportlint

#endif  // REPORTLINT_CHECKER_H_
