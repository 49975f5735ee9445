// The one place findings pass through between the rules and the output: it
// attaches rule data, renders messages, resolves locations, de-duplicates and sorts.
#ifndef REPORTLINT_FINDINGS_FINDING_SINK_H_
#define REPORTLINT_FINDINGS_FINDING_SINK_H_

#include <string>
#include <vector>

#include "checker/analysis.h"
#include "checker/rules/pack.h"
#include "checker/rules/rule_kind.h"
#include "reportlint/finding.h"

namespace reportlint {

class FindingSink {
 public:
  FindingSink(const Analysis& analysis, std::string lang)
      : analysis_(analysis), lang_(std::move(lang)) {}

  // The reporter a rule writes to while it runs.
  class ForRule : public RuleReporter {
   public:
    ForRule(FindingSink* sink, const Rule* rule) : sink_(sink), rule_(rule) {}
    void Report(size_t begin, size_t end, nlohmann::ordered_json evidence) override;

   private:
    FindingSink* sink_;
    const Rule* rule_;
  };

  // Findings in file order (line, column, rule id), duplicates removed.
  std::vector<Finding> Take();

 private:
  const Analysis& analysis_;
  std::string lang_;
  std::vector<Finding> findings_;
};

}  // namespace reportlint

#endif  // REPORTLINT_FINDINGS_FINDING_SINK_H_
