// The subcommands of the reportlint tool (check, dump, export, rules, config, test) and
// their options. main.cc parses the command line into these structs and calls one.
#ifndef REPORTLINT_CLI_COMMANDS_H_
#define REPORTLINT_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace reportlint {

// Every exit code the tool uses, in one place.
enum ExitCode : int {
  kExitClean = 0,     // nothing at or above the failure threshold
  kExitFindings = 1,  // findings at or above --fail-on, or more warnings than --max-warnings
  kExitError = 2,     // usage, configuration or input error
};

// Where packs and settings come from: configuration files, then flags.
struct PackOptions {
  std::vector<std::string> rule_dirs;  // --rules
  bool no_builtin = false;             // --no-builtin
  std::string lang;                    // --lang ("": from the configuration, else zh)
  std::string config;                  // --config FILE ("": look for .reportlint.yaml)
  bool no_config = false;              // --no-config
};

struct CheckCommand {
  std::vector<std::string> inputs;  // files, directories, globs, "-"
  PackOptions packs;
  std::string format = "text";
  std::string fail_on;    // "": from the configuration, else error
  int max_warnings = -1;  // -1: from the configuration, else no limit
  std::string encoding;
  std::string color = "auto";     // auto | always | never
  std::string output;             // --output FILE ("": stdout)
  std::string baseline;           // --baseline FILE
  std::string write_baseline;     // --write-baseline FILE
  std::string hierarchy;          // --hierarchy FILE ("": from the configuration)
  int jobs = 0;                   // 0: one per core
  std::string progress = "auto";  // auto | always | never
  std::string doc_url;            // --doc-url URL: SARIF's helpUri base ("": the default)
};

struct DumpCommand {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string encoding;
  bool facts = false;  // --facts: every number and relation as well
};

struct ExportCommand {
  std::vector<std::string> inputs;  // files, directories, globs, "-"
  std::string format = "jsonl";     // jsonl | csv
  std::string output;               // --output FILE (jsonl; "": stdout)
  std::string output_dir;           // --output-dir DIR (csv)
  std::string encoding;
  int jobs = 0;  // 0: one per core
};

struct RulesCommand {
  PackOptions packs;
  std::string format = "text";
  std::string explain;   // --explain RULE
  std::string validate;  // --validate DIR
  std::string doc_pages;  // --doc-pages DIR: write one Markdown page per rule there
};

struct ConfigCommand {
  PackOptions packs;
  std::string path;  // a report or folder to show the configuration for ("": .)
};

struct TestCommand {
  std::vector<std::string> dirs;  // packs, or folders of packs
  std::string lang = "en";
  bool verbose = false;           // list every fixture, not only failures
  bool require_coverage = false;  // a rule no fixture exercises fails the run
};

// `reportlint serve` (checker/cli/serve_command.cc, docs/serve.md): the
// upload page and POST /check on a local port; the limits of checker/serve/limits.h.
struct ServeCommand {
  PackOptions packs;
  std::string listen = "127.0.0.1";  // --listen ADDR (a warning when not loopback)
  int port = 8765;                   // --port (0: a free port, printed)
  int jobs = 0;                      // --jobs: reports checked at once (0: one per core)
  int max_upload_mb = 20;            // --max-upload-mb: a request's body, in MiB
  int max_files = 20;                // --max-files: files in one request
  int timeout = 60;                  // --timeout: seconds from the upload to the answer
  int max_queued = 64;               // --max-queued: reports waiting for a worker
};
int RunServe(const ServeCommand& cmd);

int RunCheck(const CheckCommand& cmd);
int RunDump(const DumpCommand& cmd);
int RunExport(const ExportCommand& cmd);
int RunRules(const RulesCommand& cmd);
int RunConfig(const ConfigCommand& cmd);
int RunTest(const TestCommand& cmd);

}  // namespace reportlint

#endif  // REPORTLINT_CLI_COMMANDS_H_
