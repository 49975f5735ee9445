// The finding sink of the corpus rules: the same severities, messages,
// fingerprints and baseline as a report's findings, for findings that point at
// a report by the Location its facts kept, or at a line of the hierarchy file.
#ifndef REPORTLINT_FINDINGS_CORPUS_SINK_H_
#define REPORTLINT_FINDINGS_CORPUS_SINK_H_

#include <string>
#include <vector>

#include "checker/findings/baseline.h"
#include "checker/rules/corpus_rule.h"
#include "checker/rules/pack.h"
#include "reportlint/finding.h"
#include "reportlint/options.h"

namespace reportlint {

class CorpusSink {
 public:
  // `settings` and `baseline` may be null; both must outlive the sink.
  CorpusSink(std::string lang, const RuleSettings* settings, const Baseline* baseline)
      : lang_(std::move(lang)), settings_(settings), baseline_(baseline) {}

  bool Enabled(const std::string& rule_id) const;

  class ForRule : public CorpusReporter {
   public:
    ForRule(CorpusSink* sink, const Rule* rule) : sink_(sink), rule_(rule) {}
    void Report(const CorpusReport& report, const KeptSpan& at,
                nlohmann::ordered_json evidence) override;
    void ReportInHierarchy(const Hierarchy& hierarchy, const HierarchyBody& body,
                           nlohmann::ordered_json evidence) override;

   private:
    void Add(const std::string& path, const Location& begin, const Location& end,
             nlohmann::ordered_json evidence);
    CorpusSink* sink_;
    const Rule* rule_;
  };

  // Sorted by path, then line, column and rule; duplicates removed, those the
  // reports' directives (CorpusReport::directives) silence taken out and the
  // directives that silence nothing reported, then the baselined ones removed.
  std::vector<PlacedFinding> Take(const Corpus& corpus);
  int suppressed() const { return suppressed_; }
  int baselined() const { return baselined_; }

 private:
  std::string lang_;
  const RuleSettings* settings_;
  const Baseline* baseline_;
  void ApplyDirectives(const Corpus& corpus);

  std::vector<PlacedFinding> findings_;
  int suppressed_ = 0;
  int baselined_ = 0;
};

}  // namespace reportlint

#endif  // REPORTLINT_FINDINGS_CORPUS_SINK_H_
