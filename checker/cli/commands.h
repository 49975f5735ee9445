// The subcommands of the reportlint tool (check, dump, rules) and their options.
// main.cc parses the command line into these structs and calls one of them.
#ifndef REPORTLINT_CLI_COMMANDS_H_
#define REPORTLINT_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace reportlint {

// Every exit code the tool uses, in one place.
enum ExitCode : int {
  kExitClean = 0,     // nothing at or above the failure threshold
  kExitFindings = 1,  // findings at or above --fail-on
  kExitError = 2,     // usage, configuration or input error
};

struct PackOptions {
  std::vector<std::string> rule_dirs;  // --rules
  bool no_builtin = false;             // --no-builtin
  std::string lang = "zh";             // --lang
};

struct CheckCommand {
  std::vector<std::string> inputs;
  PackOptions packs;
  std::string format = "text";
  std::string fail_on = "error";  // error | warning | info | never
  std::string encoding;
  std::string color = "auto";     // auto | always | never
};

struct DumpCommand {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string encoding;
};

struct RulesCommand {
  PackOptions packs;
  std::string format = "text";
};

int RunCheck(const CheckCommand& cmd);
int RunDump(const DumpCommand& cmd);
int RunRules(const RulesCommand& cmd);

}  // namespace reportlint

#endif  // REPORTLINT_CLI_COMMANDS_H_
