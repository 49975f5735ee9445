// ReadCliTree (cli_tree.h): CLI11 keeps a validator's allowed values only in
// the type name it prints ("TEXT:{text,json}"), so the choices are read back from there.
#include "tools/cli_docs/cli_tree.h"

namespace reportlint {
namespace {

// "TEXT:{text,json}" -> {"text", "json"}; nothing without braces.
std::vector<std::string> Choices(const std::string& type_name) {
  std::vector<std::string> out;
  const size_t open = type_name.find('{');
  const size_t close = type_name.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return out;
  std::string item;
  for (char c : type_name.substr(open + 1, close - open - 1)) {
    if (c != ',') {
      item.push_back(c);
      continue;
    }
    out.push_back(item);
    item.clear();
  }
  if (!item.empty()) out.push_back(item);
  return out;
}

CliOption ReadOption(const CLI::Option& opt) {
  CliOption o;
  for (const std::string& s : opt.get_snames()) o.names.push_back("-" + s);
  for (const std::string& l : opt.get_lnames()) o.names.push_back("--" + l);
  if (o.names.empty()) o.names.push_back(opt.get_name());
  if (opt.get_type_size_max() > 0) {
    const std::string type = opt.get_type_name();
    o.value = type.substr(0, type.find(':'));
    o.choices = Choices(type);
  }
  o.description = opt.get_description();
  o.required = opt.get_required();
  o.repeated = opt.get_items_expected_max() > 1;
  return o;
}

CliCommand ReadCommand(const CLI::App& app, const std::string& name) {
  CliCommand cmd{name, app.get_description(), {}, {}};
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_group().empty()) continue;  // hidden
    (opt->nonpositional() ? cmd.options : cmd.positionals).push_back(ReadOption(*opt));
  }
  return cmd;
}

}  // namespace

std::vector<CliCommand> ReadCliTree(const CLI::App& app) {
  std::vector<CliCommand> out{ReadCommand(app, "")};
  for (const CLI::App* sub : app.get_subcommands({})) {
    out.push_back(ReadCommand(*sub, sub->get_name()));
  }
  return out;
}

}  // namespace reportlint
