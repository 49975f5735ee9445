// reportlint: checks government information disclosure annual reports against
// YAML rule packs. This file only parses the command line that cli_app.cc
// declares and runs the subcommand given.
#include <CLI/CLI.hpp>
#include <iostream>

#include "checker/cli/cli_app.h"
#include "checker/cli/commands.h"
#include "checker/cli/help_formatter.h"
#include "checker/cli/tool_language.h"
#include "checker/cli/usage_error.h"

namespace {

// The --lang of whichever subcommand was given one ("" when none was): read
// from CLI11's results, so it counts even when parsing failed after it.
std::string LangFlag(const CLI::App& app) {
  for (const CLI::App* sub : app.get_subcommands({})) {
    const CLI::Option* opt = sub->get_option_no_throw("--lang");
    if (opt && opt->count() > 0 && !opt->results().empty()) return opt->results().front();
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace reportlint;
  CLI::App app{kToolDescription};
  // Before the subcommands: they take the formatter and the failure message
  // over from the tool when they are added.
  auto help = std::make_shared<HelpFormatter>();
  app.formatter(help);
  std::string tool_lang = "zh";  // decided once the command line is read
  app.failure_message([&tool_lang](const CLI::App* a, const CLI::Error& e) {
    return UsageErrorMessage(a, e, tool_lang);
  });

  Commands c;
  const Subcommands sub = DeclareCommandLine(&app, &c);
  // `reportlint serve` runs until it is stopped, so it exits from its
  // callback (which runs once the command line is parsed and valid).
  ServeCommand& serve = c.serve;
  sub.serve->final_callback([&serve] { std::exit(RunServe(serve)); });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    tool_lang = ToolLanguage(LangFlag(app));
    help->SetLanguage(tool_lang);
    int code = app.exit(e);  // the help, the version, or the message of a usage error
    return dynamic_cast<const CLI::Success*>(&e) ? code : kExitError;
  }
  if (sub.check->parsed()) return RunCheck(c.check);
  if (sub.dump->parsed()) return RunDump(c.dump);
  if (sub.export_facts->parsed()) return RunExport(c.export_facts);
  if (sub.rules->parsed()) return RunRules(c.rules);
  if (sub.config->parsed()) return RunConfig(c.config);
  if (sub.test->parsed()) return RunTest(c.test);
  return kExitError;
}
