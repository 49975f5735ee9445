// BashCompletion (completions.h): a function that finds the subcommand in
// COMP_WORDS and offers its options; an option's value and the reports fall
// back to bash's file completion (-o default), so paths with spaces work.
#include <sstream>

#include "tools/cli_docs/completions.h"

namespace reportlint {

std::string JoinWords(const std::vector<std::string>& words, const std::string& sep) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : sep) + w;
  return out;
}

namespace {

std::vector<std::string> OptionNames(const CliCommand& cmd) {
  std::vector<std::string> names;
  for (const CliOption& o : cmd.options) names.insert(names.end(), o.names.begin(), o.names.end());
  return names;
}

// The `case "$prev"` arms of one subcommand: choices offered, other values
// left to file completion (an empty reply).
std::string ValueArms(const CliCommand& cmd) {
  std::ostringstream out;
  for (const CliOption& o : cmd.options) {
    if (o.value.empty()) continue;
    out << "        " << JoinWords(o.names, "|") << ") ";
    if (o.choices.empty()) {
      out << "return ;;\n";
    } else {
      out << "COMPREPLY=($(compgen -W '" << JoinWords(o.choices) << "' -- \"$cur\")); return ;;\n";
    }
  }
  return out.str();
}

}  // namespace

std::string BashCompletion(const std::vector<CliCommand>& tree) {
  std::vector<std::string> subcommands;
  for (const CliCommand& cmd : tree) {
    if (!cmd.name.empty()) subcommands.push_back(cmd.name);
  }
  std::ostringstream out;
  out << "# bash completion for reportlint (generated from its command line; do not edit)\n"
      << "_reportlint() {\n"
      << "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
      << "  local sub=\"\" i\n"
      << "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      << "    case \"${COMP_WORDS[i]}\" in\n"
      << "      " << JoinWords(subcommands, "|") << ") sub=\"${COMP_WORDS[i]}\"; break ;;\n"
      << "    esac\n"
      << "  done\n"
      << "  COMPREPLY=()\n"
      << "  case \"$sub\" in\n";
  for (const CliCommand& cmd : tree) {
    out << "    \"" << cmd.name << "\")\n";
    const std::string arms = ValueArms(cmd);
    if (!arms.empty()) out << "      case \"$prev\" in\n" << arms << "      esac\n";
    std::vector<std::string> words = OptionNames(cmd);
    if (cmd.name.empty()) {
      out << "      COMPREPLY=($(compgen -W '" << JoinWords(subcommands) << " " << JoinWords(words)
          << "' -- \"$cur\")) ;;\n";
      continue;
    }
    out << "      [[ \"$cur\" == -* ]] && COMPREPLY=($(compgen -W '" << JoinWords(words)
        << "' -- \"$cur\")) ;;\n";
  }
  out << "  esac\n"
      << "}\n"
      << "complete -o default -F _reportlint reportlint\n";
  return out.str();
}

}  // namespace reportlint
