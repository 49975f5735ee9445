// HelpFormatter (help_formatter.h): every text CLI11 would print goes through
// CliText, so an option added in main.cc needs only its row in cli_text.cc.
#include "checker/cli/help_formatter.h"

#include <algorithm>
#include <sstream>

#include "checker/cli/cli_text.h"
#include "checker/util/utf.h"

namespace reportlint {

void HelpFormatter::SetLanguage(const std::string& lang) {
  lang_ = lang;
  for (const char* key : {"Usage", "OPTIONS", "SUBCOMMAND", "Positionals", "REQUIRED"}) {
    label(key, CliText(key, lang));
  }
}

std::string HelpFormatter::make_group(std::string group, bool is_positional,
                                      std::vector<const CLI::Option*> opts) const {
  return CLI::Formatter::make_group(CliText(group, lang_), is_positional, std::move(opts));
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
  std::string desc = CliText(app->get_description(), lang_);
  return desc.empty() ? desc : desc + "\n";
}

// CLI11 writes the heading of the list itself: the group's name, "Subcommands".
std::string HelpFormatter::make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const {
  std::string list = CLI::Formatter::make_subcommands(app, mode);
  const std::string heading = "\nSubcommands:\n";
  if (list.rfind(heading, 0) == 0) list = "\n" + CliText("Subcommands", lang_) + ":\n" + list.substr(heading.size());
  return list;
}

std::string HelpFormatter::make_subcommand(const CLI::App* sub) const {
  std::stringstream out;
  CLI::detail::format_help(out, sub->get_display_name(true), CliText(sub->get_description(), lang_),
                           column_width_);
  return out.str();
}

// CLI11 pads the option column by bytes; a Chinese label (必填) is three bytes
// a character and two columns wide, so pad by display width instead.
std::string HelpFormatter::make_option(const CLI::Option* opt, bool is_positional) const {
  std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
  std::string desc = make_option_desc(opt);
  int width = 0;
  for (char32_t c : Utf8ToU32(name)) width += DisplayWidth(c);
  const int column = static_cast<int>(column_width_);
  std::string out = name + std::string(std::max(0, column - width), ' ');
  if (!desc.empty()) {
    if (width >= column) out += "\n" + std::string(column_width_, ' ');
    for (char c : desc) {
      out.push_back(c);
      if (c == '\n') out += std::string(column_width_, ' ');
    }
  }
  return out + "\n";
}

std::string HelpFormatter::make_option_desc(const CLI::Option* opt) const {
  return CliText(opt->get_description(), lang_);
}

std::string HelpFormatter::make_footer(const CLI::App* app) const {
  return HelpFooter(app->get_parent() ? app->get_name() : "", lang_);
}

}  // namespace reportlint
