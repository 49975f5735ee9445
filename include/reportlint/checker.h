// The library entry point: load rule packs once, then check reports one by one.
// The command-line tool is a thin layer over this.
#ifndef REPORTLINT_CHECKER_H_
#define REPORTLINT_CHECKER_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "reportlint/document.h"
#include "reportlint/error.h"
#include "reportlint/finding.h"

namespace reportlint {

struct CheckOptions {
  bool builtin_packs = true;           // use the packs compiled into the binary
  std::vector<std::string> pack_dirs;  // extra packs (folders of YAML files)
  std::string lang = "zh";             // message language: "zh" or "en"
  std::string encoding;                // forced input encoding; empty: detect
};

// What reportlint read about a report (the JSON "report" object).
struct ReportMetadata {
  std::string title;
  std::string organisation;
  std::optional<int> year;
  std::string year_source;   // "title", "period" or ""
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
};

// A summary of one loaded rule, for `reportlint rules`.
struct RuleSummary {
  std::string id;
  std::string kind;
  Severity severity;
  std::string pack;
  std::string applies_to;  // "2008-2018", "2019-", "all"
  std::string message_zh;
  std::string message_en;
  std::string description;
  std::string file;
  int line = 0;
};

class Checker {
 public:
  // Loads and validates every pack. On any configuration error returns
  // nullptr and appends the errors (with file:line:col) to *errors.
  static std::unique_ptr<Checker> Create(const CheckOptions& options, std::vector<Error>* errors);
  ~Checker();

  // Reads and checks one report ("-" is stdin). Never throws; an unreadable
  // file yields a result with `error` set.
  FileResult CheckFile(const std::string& path) const;
  // Checks an already decoded document.
  FileResult CheckDocument(std::shared_ptr<const Document> document) const;

  std::vector<RuleSummary> Rules() const;

 private:
  struct Impl;
  explicit Checker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace reportlint

#endif  // REPORTLINT_CHECKER_H_
