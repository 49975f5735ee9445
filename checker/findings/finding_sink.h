// The one place findings pass through between the rules and the output: it
// attaches rule data, applies the configured severities and disables, renders
// messages, resolves locations, fingerprints, honours inline suppressions and
// the baseline, de-duplicates and sorts. Rules never filter.
#ifndef REPORTLINT_FINDINGS_FINDING_SINK_H_
#define REPORTLINT_FINDINGS_FINDING_SINK_H_

#include <map>
#include <optional>
#include <utility>
#include <set>
#include <string>
#include <vector>

#include "checker/facts/analysis.h"
#include "checker/facts/directives.h"
#include "checker/findings/baseline.h"
#include "checker/findings/fingerprint.h"
#include "checker/rules/pack.h"
#include "checker/rules/rule_kind.h"
#include "reportlint/options.h"
#include "reportlint/finding.h"

namespace reportlint {

// What the sink applies besides the rules' own data. Every pointer may be
// null (nothing to apply) and must outlive the sink.
struct SinkOptions {
  const RuleSettings* settings = nullptr;       // run-wide configuration
  const RuleSettings* file_settings = nullptr;  // this file's (path globs); wins
  const Baseline* baseline = nullptr;
  // Every rule id loaded in the run: a directive naming another is invalid.
  // Null: directive rule names are not checked.
  const std::set<std::string>* known_rules = nullptr;
  // The ids of the cross-report rules: a directive naming one is judged after
  // the run (CorpusSink), where their findings are; here it is kept for then.
  const std::set<std::string>* corpus_rules = nullptr;
};

// The severity configuration gives `rule_id` (whose own is `fallback`): the
// run-wide settings, then the file's over them; nullopt when turned off.
std::optional<Severity> ConfiguredSeverity(const RuleSettings* settings,
                                           const RuleSettings* file_settings,
                                           const std::string& rule_id, Severity fallback);

class FindingSink {
 public:
  FindingSink(const Analysis& analysis, std::string lang, SinkOptions options = {})
      : analysis_(analysis),
        lang_(std::move(lang)),
        options_(options),
        whole_report_(analysis.WholeReportSpan()) {}

  // False when configuration turned the rule off: the checker then does not
  // run it at all.
  bool Enabled(const std::string& rule_id) const;

  // The reporter a rule writes to while it runs.
  class ForRule : public RuleReporter {
   public:
    ForRule(FindingSink* sink, const Rule* rule) : sink_(sink), rule_(rule) {}
    void Report(size_t begin, size_t end, nlohmann::ordered_json evidence) override;
    void ReportOnPage(int page, size_t begin, size_t end,
                      nlohmann::ordered_json evidence) override;
    void ReportWithParts(size_t begin, size_t end, nlohmann::ordered_json evidence,
                         std::vector<Part> parts) override;

   private:
    // Every entry point: the finding at [begin, end), placed on `page` (its
    // box and table cell cleared) when given.
    void Add(size_t begin, size_t end, nlohmann::ordered_json evidence, std::optional<int> page,
             std::vector<Part> parts = {});

    FindingSink* sink_;
    const Rule* rule_;
  };

  // How many findings are pending: a mark for ReportPatternLimit.
  size_t pending() const { return findings_.size(); }
  // Rule `rule` gave up at a pattern limit at folded index `at` (npos: no
  // place known, the report as a whole): what it reported since mark
  // `since` is dropped (a count or an absence read from a partial match
  // would be wrong) and reportlint/pattern-too-costly says so instead.
  void ReportPatternLimit(const std::string& rule, size_t at, size_t since);

  // Findings in file order (line, column, rule id), duplicates removed,
  // suppressed and baselined ones taken out, directive problems added.
  std::vector<Finding> Take();

  int suppressed() const { return suppressed_; }  // by inline directives (after Take)
  // After Take: the report's directives that name a cross-report rule.
  std::vector<Directive> TakeDeferred() { return std::move(deferred_); }
  int baselined() const { return baselined_; }    // by the baseline (after Take)

 private:
  std::optional<Severity> ConfiguredSeverity(const std::string& rule_id, Severity fallback) const {
    return reportlint::ConfiguredSeverity(options_.settings, options_.file_settings, rule_id,
                                          fallback);
  }
  void ApplyDirectives();
  void ApplyBaseline();
  // The rule's fingerprint hash of the line holding folded index `at`, kept
  // while findings stay on that line.
  const LineFingerprint& LineHash(const std::string& rule_id, size_t at);

  const Analysis& analysis_;
  std::string lang_;
  SinkOptions options_;
  // Where findings about the report as a whole are reported (its title line):
  // their fingerprint leaves that line's text out, so editing the title or
  // inserting a line above it keeps them in the baseline.
  std::pair<size_t, size_t> whole_report_;
  std::vector<Finding> findings_;
  std::vector<Directive> deferred_;
  struct LineHashes {
    size_t begin = 0, end = 0;  // the line's folded range
    std::map<std::string, LineFingerprint> hashes;
  } line_;
  int suppressed_ = 0;
  int baselined_ = 0;
};

}  // namespace reportlint

#endif  // REPORTLINT_FINDINGS_FINDING_SINK_H_
