// The table of rule kinds by name. Adding a kind is one class and one line in
// kinds.cc; nothing else switches over kind names. A kind's class gives the
// names of its checks (T::CheckNames(), check_table.h).
#ifndef REPORTLINT_RULES_REGISTRY_H_
#define REPORTLINT_RULES_REGISTRY_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "checker/rules/rule_kind.h"

namespace reportlint {

struct KindInfo {
  std::string name;     // as written in YAML `kind:` and in findings
  std::string summary;  // one line, shown by `reportlint rules`
  std::vector<std::string> checks;  // the values of its `check:` (`mode:`) key, default first
  std::function<std::unique_ptr<RuleKind>()> make;
};

class KindRegistry {
 public:
  template <typename T>
  void Register(const std::string& name, const std::string& summary) {
    kinds_.push_back({name, summary, T::CheckNames(), [] { return std::make_unique<T>(); }});
  }
  const KindInfo* Find(const std::string& name) const;
  std::vector<std::string> Names() const;
  const std::vector<KindInfo>& kinds() const { return kinds_; }

 private:
  std::vector<KindInfo> kinds_;
};

// The kinds reportlint ships (kinds.cc), built on first use.
const KindRegistry& BuiltinKinds();

}  // namespace reportlint

#endif  // REPORTLINT_RULES_REGISTRY_H_
