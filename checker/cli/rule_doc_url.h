// Where the rule pages of the running binary are: the installed docs next to
// it, the default base of SARIF's helpUri when --doc-url is not given.
#ifndef REPORTLINT_CLI_RULE_DOC_URL_H_
#define REPORTLINT_CLI_RULE_DOC_URL_H_

#include <string>

namespace reportlint {

// "file://PREFIX/share/doc/reportlint/docs/rules/" for the PREFIX this binary
// runs from (PREFIX/bin/reportlint), when that folder exists; "" otherwise (a
// binary in a build folder), which leaves DefaultRuleDocBase() in charge.
std::string InstalledRuleDocUrl();

}  // namespace reportlint

#endif  // REPORTLINT_CLI_RULE_DOC_URL_H_
