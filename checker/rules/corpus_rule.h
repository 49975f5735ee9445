// Rule kinds over the whole run (carry-over, rollup, coverage, copied-text): they
// collect a few facts from each report while it is checked, then judge the
// reports together once every report is in (checker/corpus/corpus.h).
#ifndef REPORTLINT_RULES_CORPUS_RULE_H_
#define REPORTLINT_RULES_CORPUS_RULE_H_

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "checker/corpus/corpus.h"
#include "checker/rules/rule_kind.h"

namespace reportlint {

// Where a corpus rule sends what it finds: at a report (a location it
// collected), or at a body of the hierarchy file.
class CorpusReporter {
 public:
  virtual ~CorpusReporter() = default;
  virtual void Report(const CorpusReport& report, const KeptSpan& at,
                      nlohmann::ordered_json evidence) = 0;
  virtual void ReportInHierarchy(const Hierarchy& hierarchy, const HierarchyBody& body,
                                 nlohmann::ordered_json evidence) = 0;
};

// The work a report's corpus rules could share on the way to their facts:
// what two rules of a kind compute alike (copied-text's masked prose and its
// sketches, for the same boilerplate) is computed once, under a key the kind
// makes of the options the work depends on. Lives while one report is checked
// by one pack, on that report's thread.
class CollectMemo {
 public:
  // The value under `key`, made by `make` on its first use.
  // REQUIRES: every use of `key` asks for the same T.
  template <typename T, typename Make>
  const T& Get(const std::string& key, Make make) {
    auto [it, added] = values_.try_emplace(key);
    if (added) it->second = std::make_shared<T>(make());
    return *static_cast<const T*>(it->second.get());
  }

 private:
  std::map<std::string, std::shared_ptr<const void>> values_;
};

// A rule kind whose findings need several reports. Like every kind it is
// configured once and then only read, from several threads at once.
class CorpusRuleKind : public RuleKind {
 public:
  // Alone, one report gives a corpus rule nothing to say.
  void Check(const Analysis&, RuleReporter&) const final {}
  const CorpusRuleKind* AsCorpusRule() const final { return this; }

  // Runs on the thread that checks the report, for every report the rule
  // governs: what the rule will need of it, without its text (numbers with
  // their Locations, fingerprints). Null when there is nothing.
  virtual std::shared_ptr<const CorpusFacts> Collect(const Analysis& analysis,
                                                     CollectMemo& memo) const = 0;
  // Runs once, after every report of the run is checked.
  virtual void CheckCorpus(const RuleCorpus& corpus, CorpusReporter& out) const = 0;
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_CORPUS_RULE_H_
