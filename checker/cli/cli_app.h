// The command line of reportlint, declared in one place (cli_app.cc): main.cc
// parses with it, tools/cli_docs turns the same tree into the man page and completions.
#ifndef REPORTLINT_CLI_CLI_APP_H_
#define REPORTLINT_CLI_CLI_APP_H_

#include <CLI/CLI.hpp>

#include "checker/cli/commands.h"

namespace reportlint {

// What every subcommand's options are parsed into.
struct Commands {
  CheckCommand check;
  DumpCommand dump;
  ExportCommand export_facts;
  RulesCommand rules;
  ConfigCommand config;
  TestCommand test;
  ServeCommand serve;
};

// The subcommands DeclareCommandLine added, owned by the app.
struct Subcommands {
  CLI::App* check = nullptr;
  CLI::App* dump = nullptr;
  CLI::App* export_facts = nullptr;
  CLI::App* rules = nullptr;
  CLI::App* config = nullptr;
  CLI::App* test = nullptr;
  CLI::App* serve = nullptr;
};

// Adds --version, the subcommands and their options to `app`, bound to the
// fields of `commands` (which must outlive the parse). A formatter or failure
// message must be set on `app` before, for the subcommands to take them over.
Subcommands DeclareCommandLine(CLI::App* app, Commands* commands);

// The tool's one-line description, the key of its Chinese in cli_text.cc.
extern const char kToolDescription[];

}  // namespace reportlint

#endif  // REPORTLINT_CLI_CLI_APP_H_
