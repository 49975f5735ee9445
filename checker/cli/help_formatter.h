// --help in the tool's language: CLI11's layout, with the descriptions and
// labels of cli_text.h, and each subcommand's examples and exit codes below.
#ifndef REPORTLINT_CLI_HELP_FORMATTER_H_
#define REPORTLINT_CLI_HELP_FORMATTER_H_

#include <CLI/CLI.hpp>
#include <string>

namespace reportlint {

class HelpFormatter : public CLI::Formatter {
 public:
  // Chinese until SetLanguage says otherwise; main.cc sets the language once
  // the command line is read, before any help is written.
  HelpFormatter() { SetLanguage("zh"); }
  void SetLanguage(const std::string& lang);

  std::string make_group(std::string group, bool is_positional,
                         std::vector<const CLI::Option*> opts) const override;
  std::string make_description(const CLI::App* app) const override;
  std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override;
  std::string make_subcommand(const CLI::App* sub) const override;
  std::string make_option(const CLI::Option* opt, bool is_positional) const override;
  std::string make_option_desc(const CLI::Option* opt) const override;
  std::string make_footer(const CLI::App* app) const override;

 private:
  std::string lang_;
};

}  // namespace reportlint

#endif  // REPORTLINT_CLI_HELP_FORMATTER_H_
