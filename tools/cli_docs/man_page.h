// reportlint(1) in roff (man(7) macros), from the command-line tree, the
// examples and the exit codes that --help prints.
#ifndef REPORTLINT_TOOLS_CLI_DOCS_MAN_PAGE_H_
#define REPORTLINT_TOOLS_CLI_DOCS_MAN_PAGE_H_

#include <string>
#include <vector>

#include "tools/cli_docs/cli_tree.h"

namespace reportlint {

// `tree` as ReadCliTree gives it (the tool first); `version` goes in the footer.
std::string ManPage(const std::vector<CliCommand>& tree, const std::string& version);

}  // namespace reportlint

#endif  // REPORTLINT_TOOLS_CLI_DOCS_MAN_PAGE_H_
