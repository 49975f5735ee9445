// A rule kind's checks as one table, like a clang-tidy module's check factories:
// each row names a check (the value of the rule's `check:` key; `mode:` for
// `pattern`), the parameters only that check reads, the evidence keys its
// findings carry and the member function that runs it. A rule runs the one
// check it is configured with; the row is the only place a check's name is tied
// to its code, and the registry lists the names (KindInfo::checks).
#ifndef REPORTLINT_RULES_CHECK_TABLE_H_
#define REPORTLINT_RULES_CHECK_TABLE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/rules/corpus_rule.h"
#include "checker/rules/rule_kind.h"

namespace reportlint {

template <typename Kind>
struct KindCheck {
  const char* name;
  void (Kind::*configure)(ParamReader&);  // the check's own parameters; null: none
  void (Kind::*run)(const Analysis&, RuleReporter&) const;
  std::vector<std::string> evidence_keys;
};

// A check of a corpus kind (corpus_rule.h): what it collects per report and
// how it judges the reports together.
template <typename Kind>
struct CorpusKindCheck {
  const char* name;
  void (Kind::*configure)(ParamReader&);  // the check's own parameters; null: none
  std::shared_ptr<const CorpusFacts> (Kind::*collect)(const Analysis&, CollectMemo&)
      const;  // null: nothing
  void (Kind::*run)(const RuleCorpus&, CorpusReporter&) const;
  std::vector<std::string> evidence_keys;
};

// What a kind whose checks are a table of `Row`s (KindCheck or CorpusKindCheck)
// shares, whichever `Base` (RuleKind or CorpusRuleKind) it implements. `Kind`
// defines
//     static const std::vector<Row>& Checks();
// (the first row is the default check) and calls ReadCheck() in Configure().
template <typename Kind, typename Row, typename Base>
class CheckTable : public Base {
 public:
  static std::vector<std::string> CheckNames() {
    std::vector<std::string> names;
    for (const Row& c : Kind::Checks()) names.push_back(c.name);
    return names;
  }

  std::string_view CheckName() const override { return check_->name; }
  std::vector<std::string> EvidenceKeys() const override { return check_->evidence_keys; }

 protected:
  // Reads `key` (a name of the table; anything else is an error through
  // `params` and leaves the default) and selects its row.
  const Row& ReadCheck(ParamReader& params, const std::string& key) {
    const std::vector<Row>& checks = Kind::Checks();
    std::string name = params.Choice(key, CheckNames(), checks.front().name);
    for (const Row& c : checks) {
      if (name == c.name) check_ = &c;
    }
    return *check_;
  }
  // Reads the selected check's own parameters.
  void ConfigureCheck(ParamReader& params) {
    if (check_->configure) (static_cast<Kind*>(this)->*check_->configure)(params);
  }
  const Row& check() const { return *check_; }

 private:
  const Row* check_ = &Kind::Checks().front();
};

// A kind over one report.
template <typename Kind>
class CheckTableKind : public CheckTable<Kind, KindCheck<Kind>, RuleKind> {
 public:
  void Check(const Analysis& analysis, RuleReporter& out) const override {
    (static_cast<const Kind*>(this)->*this->check().run)(analysis, out);
  }
};

// A kind over the whole run.
template <typename Kind>
class CorpusCheckTableKind : public CheckTable<Kind, CorpusKindCheck<Kind>, CorpusRuleKind> {
 public:
  std::shared_ptr<const CorpusFacts> Collect(const Analysis& analysis,
                                             CollectMemo& memo) const override {
    auto collect = this->check().collect;
    return collect ? (static_cast<const Kind*>(this)->*collect)(analysis, memo) : nullptr;
  }
  void CheckCorpus(const RuleCorpus& corpus, CorpusReporter& out) const override {
    (static_cast<const Kind*>(this)->*this->check().run)(corpus, out);
  }
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_CHECK_TABLE_H_
