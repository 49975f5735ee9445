// A rule kind's checks as one table, like a clang-tidy module's check factories:
// each row names a check (the value of the rule's `check:` key; `mode:` for
// `pattern`), the parameters only that check reads, the evidence keys its
// findings carry and the member function that runs it. A rule runs the one
// check it is configured with; the row is the only place a check's name is tied
// to its code, and the registry lists the names (KindInfo::checks).
#ifndef REPORTLINT_RULES_CHECK_TABLE_H_
#define REPORTLINT_RULES_CHECK_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

#include "checker/rules/rule_kind.h"

namespace reportlint {

template <typename Kind>
struct KindCheck {
  const char* name;
  void (Kind::*configure)(ParamReader&);  // the check's own parameters; null: none
  void (Kind::*run)(const Analysis&, RuleReporter&) const;
  std::vector<std::string> evidence_keys;
};

// The base of a kind whose checks are a table: `Kind` defines
//     static const std::vector<KindCheck<Kind>>& Checks();
// (the first row is the default check) and calls ReadCheck() in Configure().
template <typename Kind>
class CheckTableKind : public RuleKind {
 public:
  static std::vector<std::string> CheckNames() {
    std::vector<std::string> names;
    for (const KindCheck<Kind>& c : Kind::Checks()) names.push_back(c.name);
    return names;
  }

  std::string_view CheckName() const override { return check_->name; }
  std::vector<std::string> EvidenceKeys() const override { return check_->evidence_keys; }
  void Check(const Analysis& analysis, RuleReporter& out) const override {
    (static_cast<const Kind*>(this)->*check_->run)(analysis, out);
  }

 protected:
  // Reads `key` (a name of the table; anything else is an error through
  // `params` and leaves the default) and selects its row.
  const KindCheck<Kind>& ReadCheck(ParamReader& params, const std::string& key) {
    const std::vector<KindCheck<Kind>>& checks = Kind::Checks();
    std::string name = params.Choice(key, CheckNames(), checks.front().name);
    for (const KindCheck<Kind>& c : checks) {
      if (name == c.name) check_ = &c;
    }
    return *check_;
  }
  // Reads the selected check's own parameters.
  void ConfigureCheck(ParamReader& params) {
    if (check_->configure) (static_cast<Kind*>(this)->*check_->configure)(params);
  }
  const KindCheck<Kind>& check() const { return *check_; }

 private:
  const KindCheck<Kind>* check_ = &Kind::Checks().front();
};

}  // namespace reportlint

#endif  // REPORTLINT_RULES_CHECK_TABLE_H_
