// The library entry point: load rule packs once, then check reports one by one.
// The command-line tool is a thin layer over this.
#ifndef REPORTLINT_CHECKER_H_
#define REPORTLINT_CHECKER_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "reportlint/document.h"
#include "reportlint/error.h"
#include "reportlint/finding.h"
#include "reportlint/options.h"

namespace reportlint {

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
  std::string format;        // "text", "markdown"
  std::string encoding;
  std::vector<std::string> packs;  // the packs applied, by name
};

struct FileResult {
  std::string path;
  std::optional<Error> error;  // set when the file could not be checked at all
  ReportMetadata report;
  std::vector<Finding> findings;
  std::shared_ptr<const Document> document;  // for showing source lines
  int suppressed = 0;  // findings silenced by inline directives
  int baselined = 0;   // findings left out because the baseline records them
};

// A summary of one loaded rule, for `reportlint rules`.
struct RuleSummary {
  std::string id;
  std::string kind;
  Severity severity;
  std::string pack;         // the pack that brings it into the run
  std::string defined_in;   // the pack that defines it (differs once extended)
  std::string applies_to;  // "2008-2018", "2019-", "all" (+ ", organisation ~ /RE/")
  std::string message_zh;
  std::string message_en;
  std::string description;
  std::string file;
  int line = 0;
  std::string parameters;  // the rule's YAML as loaded (overrides merged in)
  std::string pack_source;  // the pack's folder, or "builtin:NAME"
};

class Checker {
 public:
  // Loads and validates every pack. On any configuration error returns
  // nullptr and appends the errors (with file:line:col) to *errors.
  static std::unique_ptr<Checker> Create(const CheckOptions& options, std::vector<Error>* errors);
  ~Checker();

  // Reads and checks one report ("-" is stdin). Never throws; an unreadable
  // file yields a result with `error` set.
  // `file_rules` (may be null) are this file's settings from path globs; they
  // win over CheckOptions::rules. Safe to call from several threads at once.
  FileResult CheckFile(const std::string& path, const RuleSettings* file_rules = nullptr) const;
  // Checks an already decoded document.
  FileResult CheckDocument(std::shared_ptr<const Document> document,
                           const RuleSettings* file_rules = nullptr) const;

  // Every rule loaded, pack by pack, then reportlint's own directive checks
  // (pack "reportlint").
  std::vector<RuleSummary> Rules() const;
  // Whether `id` names a loaded rule or one of reportlint's own checks.
  bool HasRule(const std::string& id) const;

 private:
  struct Impl;
  explicit Checker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace reportlint

#endif  // REPORTLINT_CHECKER_H_
