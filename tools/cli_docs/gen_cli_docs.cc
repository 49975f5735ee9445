// gen_cli_docs: writes reportlint(1) and the bash, zsh and fish completions
// from the command line main.cc parses (checker/cli/cli_app.cc), at build time.
//   gen_cli_docs OUT_DIR   ->  OUT_DIR/reportlint.1, reportlint.bash, _reportlint, reportlint.fish
#include <fstream>
#include <iostream>

#include "checker/cli/cli_app.h"
#include "reportlint/version.h"
#include "tools/cli_docs/completions.h"
#include "tools/cli_docs/man_page.h"

int main(int argc, char** argv) {
  using namespace reportlint;
  if (argc != 2) {
    std::cerr << "usage: gen_cli_docs OUT_DIR\n";
    return 2;
  }
  CLI::App app{kToolDescription};
  Commands commands;
  DeclareCommandLine(&app, &commands);
  const std::vector<CliCommand> tree = ReadCliTree(app);
  const std::string dir = argv[1];
  const std::pair<const char*, std::string> files[] = {
      {"reportlint.1", ManPage(tree, Version())},
      {"reportlint.bash", BashCompletion(tree)},
      {"_reportlint", ZshCompletion(tree)},
      {"reportlint.fish", FishCompletion(tree)},
  };
  for (const auto& [name, text] : files) {
    std::ofstream out(dir + "/" + name, std::ios::binary);
    out << text;
    if (!out.flush()) {
      std::cerr << "gen_cli_docs: cannot write " << dir << "/" << name << "\n";
      return 1;
    }
  }
  return 0;
}
