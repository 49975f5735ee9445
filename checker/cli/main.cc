// reportlint: checks government information disclosure annual reports against
// YAML rule packs. This file only parses the command line.
#include <CLI/CLI.hpp>
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/output/formats.h"

namespace {

void AddPackOptions(CLI::App* cmd, reportlint::PackOptions* packs) {
  cmd->add_option("--rules", packs->rule_dirs, "Add a rule pack (a folder of YAML files)")
      ->type_name("DIR");
  cmd->add_flag("--no-builtin", packs->no_builtin, "Do not use the built-in rule packs");
  cmd->add_option("--lang", packs->lang, "Message language")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace reportlint;
  CLI::App app{"reportlint: checks government information disclosure annual reports "
               "(政府信息公开工作年度报告) against YAML rule packs"};
  app.set_version_flag("--version", "reportlint 0.1.0");
  app.require_subcommand(1);

  CheckCommand check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check reports and print findings");
  check_cmd->add_option("files", check.inputs, "Reports to check ('-' reads stdin)")
      ->required();
  AddPackOptions(check_cmd, &check.packs);
  check_cmd->add_option("--format", check.format, "Output format")
      ->check(CLI::IsMember(OutputFormatNames()))
      ->capture_default_str();
  check_cmd->add_option("--fail-on", check.fail_on, "Lowest severity that makes the run fail")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  check_cmd->add_option("--encoding", check.encoding,
                        "Input encoding (e.g. gb18030); detected when omitted");
  check_cmd->add_option("--color", check.color, "Colour the text output")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();

  DumpCommand dump;
  CLI::App* dump_cmd =
      app.add_subcommand("dump", "Show what reportlint reads from a report (for rule authors)");
  dump_cmd->add_option("files", dump.inputs, "Reports ('-' reads stdin)")->required();
  dump_cmd->add_option("--format", dump.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  dump_cmd->add_option("--encoding", dump.encoding, "Input encoding; detected when omitted");

  RulesCommand rules;
  CLI::App* rules_cmd = app.add_subcommand("rules", "List the rules in force");
  AddPackOptions(rules_cmd, &rules.packs);
  rules_cmd->add_option("--format", rules.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);  // prints the message
    return kExitError;
  }
  if (check_cmd->parsed()) return RunCheck(check);
  if (dump_cmd->parsed()) return RunDump(dump);
  if (rules_cmd->parsed()) return RunRules(rules);
  return kExitError;
}
