// FishCompletion (completions.h): one `complete` line per subcommand and per
// option, conditioned on the subcommand already typed.
#include <sstream>

#include "tools/cli_docs/completions.h"

namespace reportlint {
namespace {

// A fish single-quoted string: only ' and \ are special inside.
std::string Quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "'";
}

std::string OptionLine(const std::string& condition, const CliOption& o) {
  std::string line = "complete -c reportlint -n " + Quoted(condition);
  for (const std::string& n : o.names) {
    line += n.rfind("--", 0) == 0 ? " -l " + n.substr(2) : " -s " + n.substr(1);
  }
  line += " -d " + Quoted(o.description);
  if (!o.value.empty()) line += o.choices.empty() ? " -r -F" : " -x -a " + Quoted(JoinWords(o.choices));
  return line + "\n";
}

}  // namespace

std::string FishCompletion(const std::vector<CliCommand>& tree) {
  std::ostringstream out;
  out << "# fish completion for reportlint (generated from its command line; do not edit)\n"
      << "complete -c reportlint -f\n";
  for (const CliCommand& cmd : tree) {
    if (cmd.name.empty()) {
      for (const CliOption& o : cmd.options) out << OptionLine("__fish_use_subcommand", o);
      continue;
    }
    out << "complete -c reportlint -n __fish_use_subcommand -a " << cmd.name << " -d "
        << Quoted(cmd.description) << "\n";
    const std::string seen = "__fish_seen_subcommand_from " + cmd.name;
    for (const CliOption& o : cmd.options) out << OptionLine(seen, o);
    if (!cmd.positionals.empty()) out << "complete -c reportlint -n " << Quoted(seen) << " -F\n";
  }
  return out.str();
}

}  // namespace reportlint
