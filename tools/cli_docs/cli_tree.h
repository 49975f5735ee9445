// The command line as plain data, read from the CLI11 tree that main.cc parses
// with: what the man page and the shell completions are written from.
#ifndef REPORTLINT_TOOLS_CLI_DOCS_CLI_TREE_H_
#define REPORTLINT_TOOLS_CLI_DOCS_CLI_TREE_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace reportlint {

struct CliOption {
  std::vector<std::string> names;    // "-o", "--output"; a positional's one name ("files")
  std::string value;                 // its value's name (FILE, TEXT); "" for a flag
  std::vector<std::string> choices;  // the values IsMember allows; empty: any
  std::string description;           // English
  bool required = false;
  bool repeated = false;  // takes several values (FILES…)
};

struct CliCommand {
  std::string name;  // "" for the tool itself
  std::string description;
  std::vector<CliOption> options;      // -x / --name options, --help first
  std::vector<CliOption> positionals;  // in order
};

// The tool (first, name "") and each subcommand, in declaration order.
std::vector<CliCommand> ReadCliTree(const CLI::App& app);

}  // namespace reportlint

#endif  // REPORTLINT_TOOLS_CLI_DOCS_CLI_TREE_H_
