// reportlint: checks government information disclosure annual reports against
// YAML rule packs. This file only parses the command line: one block per
// subcommand, in English; cli_text.cc has each description's Chinese.
#include <CLI/CLI.hpp>
#include <iostream>

#include "checker/api/names.h"
#include "checker/cli/commands.h"
#include "checker/cli/help_formatter.h"
#include "checker/cli/tool_language.h"
#include "checker/cli/usage_error.h"
#include "checker/output/formats.h"
#include "reportlint/version.h"

namespace {

void AddPackOptions(CLI::App* cmd, reportlint::PackOptions* packs) {
  cmd->add_option("--rules", packs->rule_dirs, "Add a rule pack (a folder of YAML files)")
      ->type_name("DIR");
  cmd->add_flag("--no-builtin", packs->no_builtin, "Do not use the built-in rule packs");
  cmd->add_option("--lang", packs->lang, "Message language (default: the configuration's, else zh)")
      ->check(CLI::IsMember({"zh", "en"}));
  cmd->add_option("--config", packs->config,
                  "Use this configuration file instead of looking for .reportlint.yaml")
      ->type_name("FILE");
  cmd->add_flag("--no-config", packs->no_config, "Ignore .reportlint.yaml files");
}

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
  CLI::App app{
      "reportlint: checks government information disclosure annual reports "
      "(政府信息公开工作年度报告) against YAML rule packs"};
  // Before the subcommands: they take the formatter and the failure message
  // over from the tool when they are added.
  auto help = std::make_shared<HelpFormatter>();
  app.formatter(help);
  std::string tool_lang = "zh";  // decided once the command line is read
  app.failure_message([&tool_lang](const CLI::App* a, const CLI::Error& e) {
    return UsageErrorMessage(a, e, tool_lang);
  });
  app.set_version_flag("--version", std::string("reportlint ") + Version());
  app.require_subcommand(1);

  CheckCommand check;
  CLI::App* check_cmd = app.add_subcommand("check", "Check reports and print findings");
  check_cmd
      ->add_option("files", check.inputs,
                   "Reports, folders (searched for reports) or globs ('-' reads stdin)")
      ->required();
  AddPackOptions(check_cmd, &check.packs);
  check_cmd->add_option("--format", check.format, "Output format")
      ->check(CLI::IsMember(OutputFormatNames()))
      ->capture_default_str();
  check_cmd
      ->add_option("-o,--output", check.output, "Write the output to FILE (exit code unchanged)")
      ->type_name("FILE");
  check_cmd
      ->add_option("--doc-url", check.doc_url,
                   "Base URL of the rule pages (docs/rules/), for SARIF's helpUri")
      ->type_name("URL");
  check_cmd
      ->add_option("--fail-on", check.fail_on,
                   "Lowest severity that makes the run fail (default: error)")
      ->check(CLI::IsMember(FailOnNames()));
  check_cmd
      ->add_option("--max-warnings", check.max_warnings,
                   "Fail when there are more warnings than this")
      ->check(CLI::NonNegativeNumber);
  check_cmd->add_option("--encoding", check.encoding,
                        "Input encoding (e.g. gb18030); detected when omitted");
  check_cmd->add_option("--color", check.color, "Colour the text output")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  check_cmd
      ->add_option("--baseline", check.baseline,
                   "Report only findings not recorded in this baseline file")
      ->type_name("FILE");
  check_cmd
      ->add_option("--write-baseline", check.write_baseline,
                   "Record today's findings in FILE (and exit 0)")
      ->type_name("FILE");
  check_cmd
      ->add_option("--hierarchy", check.hierarchy,
                   "The bodies expected to report and their parents (YAML or CSV), for the "
                   "cross-report rules")
      ->type_name("FILE");
  check_cmd->add_option("-j,--jobs", check.jobs, "Files checked in parallel (default: the cores)")
      ->check(CLI::PositiveNumber);
  check_cmd
      ->add_option("--progress", check.progress,
                   "Progress bar on stderr (auto: on a terminal, 20 files or more)")
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
  dump_cmd->add_flag("--facts", dump.facts,
                     "Also list every number (with the interval it stands for) and every relation");

  ExportCommand export_facts;
  CLI::App* export_cmd = app.add_subcommand(
      "export", "Write every report's metadata, table cells, numbers and relations (jsonl, csv)");
  export_cmd
      ->add_option("files", export_facts.inputs,
                   "Reports, folders (searched for reports) or globs ('-' reads stdin)")
      ->required();
  export_cmd->add_option("--format", export_facts.format, "Output format")
      ->check(CLI::IsMember({"jsonl", "csv"}))
      ->capture_default_str();
  export_cmd->add_option("-o,--output", export_facts.output, "jsonl: write to FILE, not stdout")
      ->type_name("FILE");
  export_cmd
      ->add_option("--output-dir", export_facts.output_dir,
                   "csv: write reports.csv, cells.csv, numbers.csv, relations.csv into DIR")
      ->type_name("DIR");
  export_cmd->add_option("--encoding", export_facts.encoding,
                         "Input encoding; detected when omitted");
  export_cmd
      ->add_option("-j,--jobs", export_facts.jobs, "Files read in parallel (default: the cores)")
      ->check(CLI::PositiveNumber);

  RulesCommand rules;
  CLI::App* rules_cmd = app.add_subcommand("rules", "List the rules in force, explain or validate");
  AddPackOptions(rules_cmd, &rules.packs);
  rules_cmd->add_option("--format", rules.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  rules_cmd
      ->add_option("--explain", rules.explain, "Show a rule's description, parameters and examples")
      ->type_name("RULE");
  rules_cmd->add_option("--validate", rules.validate, "Check a rule pack without running it")
      ->type_name("DIR");
  rules_cmd
      ->add_option("--doc-pages", rules.doc_pages,
                   "Write one Markdown page per rule into DIR (DIR/PACK/RULE.md)")
      ->type_name("DIR");

  ConfigCommand config;
  CLI::App* config_cmd = app.add_subcommand(
      "config", "Print the effective configuration (for PATH: every rule's severity)");
  config_cmd->add_option("path", config.path,
                         "A report or folder (default: the working directory)");
  AddPackOptions(config_cmd, &config.packs);

  TestCommand test;
  CLI::App* test_cmd = app.add_subcommand("test", "Run the fixtures of rule packs");
  test_cmd->add_option("dirs", test.dirs, "A pack folder, or a folder of packs (e.g. rules/)")
      ->required();
  test_cmd->add_option("--lang", test.lang, "Message language in the diffs")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  test_cmd->add_flag("-v,--verbose", test.verbose, "List passing fixtures too");
  test_cmd->add_flag("--require-coverage", test.require_coverage,
                     "Fail when a rule has no fixture that expects it");

  // `reportlint serve` runs until it is stopped, so it exits from its
  // callback (which runs once the command line is parsed and valid).
  ServeCommand serve;
  CLI::App* serve_cmd = app.add_subcommand(
      "serve", "A local web page to upload reports to and see the findings (docs/serve.md)");
  AddPackOptions(serve_cmd, &serve.packs);
  serve_cmd->add_option("--listen", serve.listen, "Address to listen on (warns when not loopback)")
      ->type_name("ADDR")
      ->capture_default_str();
  serve_cmd->add_option("--port", serve.port, "Port (0: any free port, printed)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  serve_cmd->add_option("-j,--jobs", serve.jobs, "Reports checked at once (default: the cores)")
      ->check(CLI::PositiveNumber);
  serve_cmd->add_option("--max-upload-mb", serve.max_upload_mb, "Largest upload (MiB)")
      ->check(CLI::Range(1, 4096))
      ->capture_default_str();
  serve_cmd->add_option("--max-files", serve.max_files, "Most files in one upload")
      ->check(CLI::Range(1, 10000))
      ->capture_default_str();
  serve_cmd->add_option("--timeout", serve.timeout, "Seconds an upload may take to check")
      ->check(CLI::Range(1, 86400))
      ->capture_default_str();
  serve_cmd->add_option("--max-queued", serve.max_queued, "Most reports waiting for a worker")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  serve_cmd->final_callback([&serve] { std::exit(RunServe(serve)); });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    tool_lang = ToolLanguage(LangFlag(app));
    help->SetLanguage(tool_lang);
    int code = app.exit(e);  // the help, the version, or the message of a usage error
    return dynamic_cast<const CLI::Success*>(&e) ? code : kExitError;
  }
  if (check_cmd->parsed()) return RunCheck(check);
  if (dump_cmd->parsed()) return RunDump(dump);
  if (export_cmd->parsed()) return RunExport(export_facts);
  if (rules_cmd->parsed()) return RunRules(rules);
  if (config_cmd->parsed()) return RunConfig(config);
  if (test_cmd->parsed()) return RunTest(test);
  return kExitError;
}
