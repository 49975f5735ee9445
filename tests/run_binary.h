// Runs the built reportlint binary as a user would and captures what it prints.
// End-to-end tests (tests/cli, tests/seeds) go through this.
#ifndef REPORTLINT_TESTS_RUN_BINARY_H_
#define REPORTLINT_TESTS_RUN_BINARY_H_

#include <string>

namespace reportlint::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `REPORTLINT_BIN <args>` through the shell with `stdin_text` on its
// standard input. `args` is shell syntax; quote paths with spaces.
// The locale variables are cleared (the tool speaks Chinese, its default), so
// what the tests see does not depend on the machine's LANG.
RunResult RunReportlint(const std::string& args, const std::string& stdin_text = "");

// The same with LANG=`lang` (e.g. "en_US.UTF-8"), LC_ALL and LC_MESSAGES cleared.
RunResult RunReportlintInLocale(const std::string& lang, const std::string& args);

// The same run from folder `dir` instead of the source tree.
RunResult RunReportlintIn(const std::string& dir, const std::string& args);

// What `check --format json` says of the first report in `args` (shell syntax),
// a line per finding without where: "rule severity message evidence". For
// comparing one report written in several formats. The run must exit 0.
std::string FindingsWithoutPlace(const std::string& args);

// Absolute path of a file in the source tree.
std::string SourcePath(const std::string& relative);

}  // namespace reportlint::testing

#endif  // REPORTLINT_TESTS_RUN_BINARY_H_
