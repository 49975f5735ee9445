// The interface every rule kind implements, like a clang-tidy check: one class per
// kind, configured from its YAML parameters, registered by name in kinds.cc.
#ifndef REPORTLINT_RULES_RULE_KIND_H_
#define REPORTLINT_RULES_RULE_KIND_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "checker/facts/analysis.h"
#include "checker/util/param_reader.h"

namespace reportlint {

class CorpusRuleKind;

// Where a rule sends what it finds. Rules report; they never filter, sort or
// format: that is the finding sink's job.
class RuleReporter {
 public:
  virtual ~RuleReporter() = default;
  // A problem at [begin, end) of the folded text. `evidence` holds the facts
  // the message template and the JSON output show.
  virtual void Report(size_t begin, size_t end, nlohmann::ordered_json evidence) = 0;
  // A problem about page `page` of a PDF as a whole, which has no text of its
  // own to point at (a page without text): reported at [begin, end), the text
  // nearest to it, but located on that page, with no box.
  // A problem with a computed value: `parts` are the folded spans of the
  // values it was computed from, each with its label, for readers that
  // show them (Finding::parts).
  struct Part {
    std::string label;
    size_t begin = 0;
    size_t end = 0;
  };
  virtual void ReportWithParts(size_t begin, size_t end, nlohmann::ordered_json evidence,
                               std::vector<Part> parts) {
    (void)parts;
    Report(begin, end, std::move(evidence));
  }
  virtual void ReportOnPage(int page, size_t begin, size_t end, nlohmann::ordered_json evidence) {
    (void)page;
    Report(begin, end, std::move(evidence));
  }
};

// One instance per rule in a pack. Configure() runs once at load time;
// Check() runs per document and must not modify the kind (it may run on
// several threads at once).
class RuleKind {
 public:
  virtual ~RuleKind() = default;

  // Reads the kind's own parameters. Problems go through `params` (which
  // carries file:line:col); unknown keys are reported by the caller.
  virtual void Configure(ParamReader& params) = 0;

  // The evidence keys this rule, as configured, puts in its findings. A
  // message template may use only these.
  virtual std::vector<std::string> EvidenceKeys() const = 0;

  // The check this rule runs, as configured: a name of its kind's table
  // (KindInfo::checks, check_table.h).
  virtual std::string_view CheckName() const = 0;

  virtual void Check(const Analysis& analysis, RuleReporter& out) const = 0;

  // Whether the rule runs on a report with no text at all (a PDF that is a
  // scan, SectionTree::no_text). Nothing of such a report can be assessed, so
  // only a check that says so returns true (the sections kind's text-layer).
  virtual bool RunsWithoutText() const { return false; }

  // Non-null for a kind over the whole run (corpus_rule.h): its Check does
  // nothing, the engine calls its Collect and CheckCorpus instead.
  virtual const CorpusRuleKind* AsCorpusRule() const { return nullptr; }
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_RULE_KIND_H_
