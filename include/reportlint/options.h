// What a run is configured with: the packs, the language, and each rule's
// severity or disable. Shared by the checker, the finding sink and the config files.
#ifndef REPORTLINT_OPTIONS_H_
#define REPORTLINT_OPTIONS_H_

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "reportlint/finding.h"

namespace reportlint {

// What configuration says about one rule: turned off, or a severity of its own.
struct RuleSetting {
  bool off = false;
  std::optional<Severity> severity;  // unset: the rule's own
};
using RuleSettings = std::map<std::string, RuleSetting>;  // by rule id

// How a Checker is built. A default-constructed Options is what `reportlint
// check` does without a config file: every built-in pack, messages in Chinese,
// the encoding detected, each rule at its own severity, no baseline.
struct Options {
  // Default true: use the rule packs compiled into the library.
  bool builtin_packs = true;
  // Default empty: all built-in packs; otherwise only these, by name
  // ("ogi-2019", ...). An unknown name is an error of Checker::Create.
  std::vector<std::string> builtin_names;
  // Default empty. Extra packs, each a folder of YAML files (docs/packs.md);
  // a folder named twice is loaded once.
  std::vector<std::string> pack_dirs;
  // Default "zh": the language of Finding::message, "zh" or "en".
  std::string lang = "zh";
  // Default empty: detect each input's encoding. Otherwise the name of the
  // encoding every text or HTML input is read in, e.g. "gbk".
  std::string encoding;
  // Default empty: every rule at the severity its pack gives it. Entries turn
  // rules off or change their severity, for every file checked.
  RuleSettings rules;
  // Default empty: no baseline. Otherwise the path of a baseline file
  // (`reportlint check --write-baseline`); the findings it records are not
  // reported. An unreadable baseline is an error of Checker::Create.
  std::string baseline;
  // Default empty: no hierarchy. Otherwise the path of a hierarchy file
  // (docs/corpus.md: the bodies a supervising office expects a report from,
  // and whose parts they are), for the rollup and coverage rules. A broken
  // one is an error of Checker::Create, with file:line:col.
  std::string hierarchy;
  // Default false. True: every Result keeps the report's analysis (its
  // headings and tables as read), for a writer that draws the report itself
  // (the HTML page); it costs the analysis's memory until the Result goes.
  bool keep_analysis = false;
  // Default 10,000: a report with more findings than this is refused as an
  // input error (Result::error) with none of its findings: it is no annual
  // report (a generated or garbled file), and a million lines of output help
  // nobody. Real reports have tens.
  size_t max_findings = 10000;
};

}  // namespace reportlint

#endif  // REPORTLINT_OPTIONS_H_
