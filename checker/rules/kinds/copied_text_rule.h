// Kind `copied-text`: a report's prose should be its own: paragraphs nearly identical to
// another body's report, or the whole report nearly identical to the same body's report of the year before.
#ifndef REPORTLINT_RULES_KINDS_COPIED_TEXT_RULE_H_
#define REPORTLINT_RULES_KINDS_COPIED_TEXT_RULE_H_

#include <string>
#include <vector>

#include "checker/corpus/text_sketch.h"
#include "checker/rules/check_table.h"

namespace reportlint {

// What the kind keeps of one report: no text, only sketches (text_sketch.h).
// For `paragraphs`, 256 + 72 + 8 = 336 bytes per paragraph of min_length
// characters or more; for both checks about 300 bytes for the whole report: a
// report of 40 such paragraphs keeps 14 KB, a run of 10,000 reports 140 MB.
struct CopiedTextFacts : CorpusFacts {
  struct Paragraph {
    Sketch sketch;
    KeptSpan at;
    uint32_t length = 0;  // characters of its comparison form, boilerplate removed
  };
  std::vector<Paragraph> paragraphs;  // in text order
  Sketch whole{};                     // every prose line, boilerplate removed
  uint32_t prose_length = 0;          // the characters `whole` was built from
};

class CopiedTextRule : public CorpusCheckTableKind<CopiedTextRule> {
 public:
  static const std::vector<CorpusKindCheck<CopiedTextRule>>& Checks();
  void Configure(ParamReader& params) override;

 private:
  void ConfigureParagraphs(ParamReader& params);
  void ConfigureLastYear(ParamReader& params);
  std::shared_ptr<const CorpusFacts> CollectParagraphs(const Analysis& analysis,
                                                       CollectMemo& memo) const;
  std::shared_ptr<const CorpusFacts> CollectWhole(const Analysis& analysis,
                                                  CollectMemo& memo) const;
  // The whole report's sketch, and the paragraphs' when `paragraphs`. The
  // prose lines' sketches are made once per report for both checks (`memo`).
  std::shared_ptr<const CorpusFacts> Sketches(const Analysis& analysis, CollectMemo& memo,
                                              bool paragraphs) const;
  void CheckParagraphs(const RuleCorpus& corpus, CorpusReporter& out) const;
  void CheckLastYear(const RuleCorpus& corpus, CorpusReporter& out) const;

  int min_length_ = 80;               // paragraphs: characters of the comparison form
  double threshold_ = 0;              // estimated similarity to count as copied (per check)
  int boilerplate_bodies_ = 3;        // paragraphs: shared by this many bodies = boilerplate
  int min_report_length_ = 400;       // last-year: prose characters a report needs
  std::vector<std::u32string> boilerplate_;  // comparison forms of `boilerplate:`
  std::string memo_key_;  // the kind and boilerplate_: what the line sketches depend on
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_KINDS_COPIED_TEXT_RULE_H_
