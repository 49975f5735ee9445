// The words of the command line in both languages: every description of a
// subcommand or option (main.cc writes them in English, which is the key
// here), the labels of --help, and each subcommand's examples and exit codes.
#ifndef REPORTLINT_CLI_CLI_TEXT_H_
#define REPORTLINT_CLI_CLI_TEXT_H_

#include <span>
#include <string>

namespace reportlint {

// `english` in `lang`: itself for "en", its Chinese for "zh"; itself when the
// table has no Chinese for it (tests/cli/help_test.cc fails then).
std::string CliText(const std::string& english, const std::string& lang);

// True when the table has a Chinese text for `english`.
bool HasChineseText(const std::string& english);

// The examples of `reportlint SUBCOMMAND --help` (`subcommand` "" for the
// tool's own), "Examples:" line first; "" for a subcommand without any.
std::string HelpExamples(const std::string& subcommand, const std::string& lang);

// One exit code of ExitCode (commands.h) and what it means.
struct ExitCodeText {
  int code;
  const char* en;
  const char* zh;
};
std::span<const ExitCodeText> ExitCodeTexts();

// The end of `reportlint SUBCOMMAND --help` (`subcommand` "" for the tool's
// own): examples, then the exit codes.
std::string HelpFooter(const std::string& subcommand, const std::string& lang);

}  // namespace reportlint

#endif  // REPORTLINT_CLI_CLI_TEXT_H_
