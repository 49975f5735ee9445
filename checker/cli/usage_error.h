// A command line CLI11 cannot parse, said in the tool's language, with "did
// you mean" for a misspelt subcommand, option or value: what main.cc gives
// CLI11 as its failure_message.
#ifndef REPORTLINT_CLI_USAGE_ERROR_H_
#define REPORTLINT_CLI_USAGE_ERROR_H_

#include <CLI/CLI.hpp>
#include <string>

namespace reportlint {

// The message for `error`, thrown while `app` (the tool's top-level App)
// parsed the command line, in `lang`; it ends with where to read the usage.
std::string UsageErrorMessage(const CLI::App* app, const CLI::Error& error,
                              const std::string& lang);

}  // namespace reportlint

#endif  // REPORTLINT_CLI_USAGE_ERROR_H_
