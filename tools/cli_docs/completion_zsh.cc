// ZshCompletion (completions.h): _arguments specs per subcommand, with each
// option's description and allowed values; files for the reports.
#include <sstream>

#include "tools/cli_docs/completions.h"

namespace reportlint {
namespace {

// Inside a single-quoted _arguments spec: ' closes the quotes, and [ ] : are
// the spec's own punctuation.
std::string Spec(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\'') {
      out += "'\\''";
    } else if (c == '[' || c == ']' || c == ':' || c == '\\') {
      out += std::string("\\") + c;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string OptionSpec(const CliOption& o) {
  std::string action;
  if (!o.value.empty()) {
    action = ":" + Spec(o.value) + ":" + (o.choices.empty() ? "_files" : "(" + JoinWords(o.choices) + ")");
  }
  const std::string desc = "[" + Spec(o.description) + "]" + action + "'";
  if (o.names.size() == 1) return "'" + o.names[0] + desc;
  return "'(" + JoinWords(o.names) + ")'{" + JoinWords(o.names, ",") + "}'" + desc;
}

}  // namespace

std::string ZshCompletion(const std::vector<CliCommand>& tree) {
  std::ostringstream out;
  out << "#compdef reportlint\n"
      << "# zsh completion for reportlint (generated from its command line; do not edit)\n"
      << "_reportlint() {\n"
      << "  local -a subcommands\n"
      << "  subcommands=(\n";
  for (const CliCommand& cmd : tree) {
    if (!cmd.name.empty()) out << "    '" << cmd.name << ":" << Spec(cmd.description) << "'\n";
  }
  out << "  )\n"
      << "  if (( CURRENT == 2 )); then\n"
      << "    _describe -t commands 'reportlint subcommand' subcommands\n"
      << "    _arguments";
  for (const CliOption& o : tree[0].options) out << " \\\n      " << OptionSpec(o);
  out << "\n    return\n"
      << "  fi\n"
      << "  local sub=$words[2]\n"
      << "  shift words\n"
      << "  (( CURRENT-- ))\n"
      << "  case $sub in\n";
  for (const CliCommand& cmd : tree) {
    if (cmd.name.empty()) continue;
    out << "    " << cmd.name << ")\n      _arguments -s";
    for (const CliOption& o : cmd.options) out << " \\\n        " << OptionSpec(o);
    if (!cmd.positionals.empty()) out << " \\\n        '*:" << Spec(cmd.positionals[0].names[0]) << ":_files'";
    out << " ;;\n";
  }
  out << "  esac\n"
      << "}\n"
      << "_reportlint \"$@\"\n";
  return out.str();
}

}  // namespace reportlint
