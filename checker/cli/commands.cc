// `reportlint dump`: what reportlint reads from a report, for rule authors.
// The other subcommands have a file each (check_command.cc, rules_command.cc, …).
#include "checker/cli/commands.h"
#include "checker/cli/tool_language.h"

#include <iostream>

#include "checker/facts/analysis.h"
#include "checker/ingest/read_input.h"
#include "checker/output/dump.h"
#include "checker/output/formats.h"

namespace reportlint {

int RunDump(const DumpCommand& cmd) {
  ReadOptions read;
  read.encoding = cmd.encoding;
  bool input_error = false;
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const std::string& input : cmd.inputs) {
    Error error;
    auto doc = ReadInput(input, read, &error);
    if (!doc) {
      std::cerr << error.ToString(ToolLanguage("")) << "\n";
      input_error = true;
      continue;
    }
    Analysis analysis = Analyze(*doc);
    if (cmd.format == "json") {
      all.push_back(DumpJson(analysis, cmd.facts));
    } else {
      if (&input != &cmd.inputs.front()) std::cout << "\n";
      WriteDumpText(analysis, std::cout, cmd.facts);
    }
  }
  if (cmd.format == "json") std::cout << JsonText(all, 2) << "\n";
  return input_error ? kExitError : kExitClean;
}

}  // namespace reportlint
