// The command line of reportlint, declared once: its subcommands and options
// with their English descriptions. main.cc parses with it; gen_cli_docs writes
// the man page and the shell completions from it, so neither can drift.
#include "checker/cli/cli_app.h"

#include "checker/api/names.h"
#include "checker/output/formats.h"
#include "reportlint/version.h"

namespace reportlint {
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

// The reports of a command that walks folders and globs.
void AddReportInputs(CLI::App* cmd, std::vector<std::string>* inputs) {
  cmd->add_option("files", *inputs,
                  "Reports, folders (searched for reports) or globs ('-' reads stdin)")
      ->required();
}

void AddFormat(CLI::App* cmd, std::string* format, const std::vector<std::string>& names) {
  cmd->add_option("--format", *format, "Output format")
      ->check(CLI::IsMember(names))
      ->capture_default_str();
}

void AddEncoding(CLI::App* cmd, std::string* encoding) {
  cmd->add_option("--encoding", *encoding, "Input encoding (e.g. gb18030); detected when omitted");
}

// `what` says what runs in parallel ("Files checked in parallel").
void AddJobs(CLI::App* cmd, int* jobs, const std::string& what) {
  cmd->add_option("-j,--jobs", *jobs, what + " (default: the cores)")
      ->check(CLI::PositiveNumber);
}

}  // namespace

const char kToolDescription[] =
    "reportlint: checks government information disclosure annual reports "
    "(政府信息公开工作年度报告) against YAML rule packs";

Subcommands DeclareCommandLine(CLI::App* app, Commands* c) {
  app->set_version_flag("--version", std::string("reportlint ") + Version());
  app->require_subcommand(1);
  Subcommands s;
  s.check = app->add_subcommand("check", "Check reports and print findings");
  AddReportInputs(s.check, &c->check.inputs);
  AddPackOptions(s.check, &c->check.packs);
  AddFormat(s.check, &c->check.format, OutputFormatNames());
  s.check
      ->add_option("-o,--output", c->check.output, "Write the output to FILE (exit code unchanged)")
      ->type_name("FILE");
  s.check
      ->add_option("--doc-url", c->check.doc_url,
                   "Base URL of the rule pages (docs/rules/), for SARIF's helpUri")
      ->type_name("URL");
  s.check
      ->add_option("--fail-on", c->check.fail_on,
                   "Lowest severity that makes the run fail (default: error)")
      ->check(CLI::IsMember(FailOnNames()));
  s.check
      ->add_option("--max-warnings", c->check.max_warnings,
                   "Fail when there are more warnings than this")
      ->check(CLI::NonNegativeNumber);
  AddEncoding(s.check, &c->check.encoding);
  s.check->add_option("--color", c->check.color, "Colour the text output")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  s.check
      ->add_option("--baseline", c->check.baseline,
                   "Report only findings not recorded in this baseline file")
      ->type_name("FILE");
  s.check
      ->add_option("--write-baseline", c->check.write_baseline,
                   "Record today's findings in FILE (and exit 0)")
      ->type_name("FILE");
  s.check
      ->add_option("--hierarchy", c->check.hierarchy,
                   "The bodies expected to report and their parents (YAML or CSV), for the "
                   "cross-report rules")
      ->type_name("FILE");
  AddJobs(s.check, &c->check.jobs, "Files checked in parallel");
  s.check
      ->add_option("--progress", c->check.progress,
                   "Progress bar on stderr (auto: on a terminal, 20 files or more)")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();

  s.dump =
      app->add_subcommand("dump", "Show what reportlint reads from a report (for rule authors)");
  s.dump->add_option("files", c->dump.inputs, "Reports ('-' reads stdin)")->required();
  AddFormat(s.dump, &c->dump.format, {"text", "json"});
  AddEncoding(s.dump, &c->dump.encoding);
  s.dump->add_flag("--facts", c->dump.facts,
                   "Also list every number (with the interval it stands for) and every relation");

  s.export_facts = app->add_subcommand(
      "export", "Write every report's metadata, table cells, numbers and relations (jsonl, csv)");
  AddReportInputs(s.export_facts, &c->export_facts.inputs);
  AddFormat(s.export_facts, &c->export_facts.format, {"jsonl", "csv"});
  s.export_facts
      ->add_option("-o,--output", c->export_facts.output, "jsonl: write to FILE, not stdout")
      ->type_name("FILE");
  s.export_facts
      ->add_option("--output-dir", c->export_facts.output_dir,
                   "csv: write reports.csv, cells.csv, numbers.csv, relations.csv into DIR")
      ->type_name("DIR");
  AddEncoding(s.export_facts, &c->export_facts.encoding);
  AddJobs(s.export_facts, &c->export_facts.jobs, "Files read in parallel");

  s.rules = app->add_subcommand("rules", "List the rules in force, explain or validate");
  AddPackOptions(s.rules, &c->rules.packs);
  AddFormat(s.rules, &c->rules.format, {"text", "json"});
  s.rules
      ->add_option("--explain", c->rules.explain,
                   "Show a rule's description, parameters and examples")
      ->type_name("RULE");
  s.rules->add_option("--validate", c->rules.validate, "Check a rule pack without running it")
      ->type_name("DIR");
  s.rules
      ->add_option("--doc-pages", c->rules.doc_pages,
                   "Write one Markdown page per rule into DIR (DIR/PACK/RULE.md)")
      ->type_name("DIR");

  s.config = app->add_subcommand(
      "config", "Print the effective configuration (for PATH: every rule's severity)");
  s.config->add_option("path", c->config.path,
                         "A report or folder (default: the working directory)");
  AddPackOptions(s.config, &c->config.packs);

  s.test = app->add_subcommand("test", "Run the fixtures of rule packs");
  s.test->add_option("dirs", c->test.dirs, "A pack folder, or a folder of packs (e.g. rules/)")
      ->required();
  s.test->add_option("--lang", c->test.lang, "Message language in the diffs")
      ->check(CLI::IsMember({"zh", "en"}))
      ->capture_default_str();
  s.test->add_flag("-v,--verbose", c->test.verbose, "List passing fixtures too");
  s.test->add_flag("--require-coverage", c->test.require_coverage,
                   "Fail when a rule has no fixture that expects it");

  s.serve = app->add_subcommand(
      "serve", "A local web page to upload reports to and see the findings (docs/serve.md)");
  AddPackOptions(s.serve, &c->serve.packs);
  s.serve->add_option("--listen", c->serve.listen, "Address to listen on (warns when not loopback)")
      ->type_name("ADDR")
      ->capture_default_str();
  s.serve->add_option("--port", c->serve.port, "Port (0: any free port, printed)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  AddJobs(s.serve, &c->serve.jobs, "Reports checked at once");
  s.serve->add_option("--max-upload-mb", c->serve.max_upload_mb, "Largest upload (MiB)")
      ->check(CLI::Range(1, 4096))
      ->capture_default_str();
  s.serve->add_option("--max-files", c->serve.max_files, "Most files in one upload")
      ->check(CLI::Range(1, 10000))
      ->capture_default_str();
  s.serve->add_option("--timeout", c->serve.timeout, "Seconds an upload may take to check")
      ->check(CLI::Range(1, 86400))
      ->capture_default_str();
  s.serve->add_option("--max-queued", c->serve.max_queued, "Most reports waiting for a worker")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  return s;
}

}  // namespace reportlint
