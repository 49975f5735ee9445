// Shell completions for reportlint, from the command-line tree: subcommands,
// their options, the allowed values of an option, files for the rest.
#ifndef REPORTLINT_TOOLS_CLI_DOCS_COMPLETIONS_H_
#define REPORTLINT_TOOLS_CLI_DOCS_COMPLETIONS_H_

#include <string>
#include <vector>

#include "tools/cli_docs/cli_tree.h"

namespace reportlint {

// `tree` as ReadCliTree gives it (the tool first). Each returns the whole
// file: bash-completion's completions/reportlint, zsh's _reportlint, fish's reportlint.fish.
std::string BashCompletion(const std::vector<CliCommand>& tree);
std::string ZshCompletion(const std::vector<CliCommand>& tree);
std::string FishCompletion(const std::vector<CliCommand>& tree);

// "a b c" from {"a", "b", "c"} (with `sep` between).
std::string JoinWords(const std::vector<std::string>& words, const std::string& sep = " ");

}  // namespace reportlint

#endif  // REPORTLINT_TOOLS_CLI_DOCS_COMPLETIONS_H_
