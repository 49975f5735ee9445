#include "checker/cli/commands.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "checker/analysis.h"
#include "checker/ingest/read_input.h"
#include "checker/output/dump.h"
#include "checker/output/formats.h"
#include "reportlint/checker.h"

namespace reportlint {
namespace {

void PrintErrors(const std::vector<Error>& errors) {
  for (const Error& e : errors) std::cerr << e.ToString() << "\n";
}

std::unique_ptr<Checker> MakeChecker(const PackOptions& packs, const std::string& encoding) {
  CheckOptions options;
  options.builtin_packs = !packs.no_builtin;
  options.pack_dirs = packs.rule_dirs;
  options.lang = packs.lang;
  options.encoding = encoding;
  std::vector<Error> errors;
  auto checker = Checker::Create(options, &errors);
  if (!checker) PrintErrors(errors);
  return checker;
}

bool UseColor(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  return isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
}

// The lowest severity that fails the run; nullopt for "never".
std::optional<Severity> Threshold(const std::string& fail_on) {
  if (fail_on == "never") return std::nullopt;
  return ParseSeverity(fail_on);
}

}  // namespace

int RunCheck(const CheckCommand& cmd) {
  auto checker = MakeChecker(cmd.packs, cmd.encoding);
  if (!checker) return kExitError;
  std::vector<FileResult> results;
  for (const std::string& input : cmd.inputs) results.push_back(checker->CheckFile(input));

  bool input_error = false;
  bool failing = false;
  auto threshold = Threshold(cmd.fail_on);
  for (const FileResult& r : results) {
    if (r.error) {
      std::cerr << r.error->ToString() << "\n";
      input_error = true;
    }
    for (const Finding& f : r.findings) failing |= threshold && f.severity >= *threshold;
  }
  OutputOptions out;
  out.lang = cmd.packs.lang;
  out.color = cmd.format == "text" && UseColor(cmd.color);
  FindOutputFormat(cmd.format)->write(results, out, std::cout);
  std::cout.flush();
  if (input_error) return kExitError;
  return failing ? kExitFindings : kExitClean;
}

int RunDump(const DumpCommand& cmd) {
  ReadOptions read;
  read.encoding = cmd.encoding;
  bool input_error = false;
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const std::string& input : cmd.inputs) {
    Error error;
    auto doc = ReadInput(input, read, &error);
    if (!doc) {
      std::cerr << error.ToString() << "\n";
      input_error = true;
      continue;
    }
    Analysis analysis = Analyze(*doc);
    if (cmd.format == "json") {
      all.push_back(DumpJson(analysis));
    } else {
      if (&input != &cmd.inputs.front()) std::cout << "\n";
      WriteDumpText(analysis, std::cout);
    }
  }
  if (cmd.format == "json") std::cout << all.dump(2) << "\n";
  return input_error ? kExitError : kExitClean;
}

int RunRules(const RulesCommand& cmd) {
  auto checker = MakeChecker(cmd.packs, "");
  if (!checker) return kExitError;
  std::vector<RuleSummary> rules = checker->Rules();
  if (cmd.format == "json") {
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (const RuleSummary& r : rules) {
      j.push_back({{"id", r.id},
                   {"kind", r.kind},
                   {"severity", SeverityName(r.severity)},
                   {"pack", r.pack},
                   {"report_years", r.applies_to},
                   {"message", {{"zh", r.message_zh}, {"en", r.message_en}}},
                   {"description", r.description},
                   {"source", fmt::format("{}:{}", r.file, r.line)}});
    }
    std::cout << j.dump(2) << "\n";
    return kExitClean;
  }
  size_t width = 0;
  for (const RuleSummary& r : rules) width = std::max(width, r.id.size());
  std::string pack;
  for (const RuleSummary& r : rules) {
    if (r.pack != pack) {
      pack = r.pack;
      std::cout << (cmd.packs.lang == "en" ? "pack " : "规则包 ") << pack << "  ("
                << (cmd.packs.lang == "en" ? "report years: " : "适用年度：") << r.applies_to
                << ")\n";
    }
    std::cout << fmt::format("  {:<{}}  {:<8}  {:<7}  {}\n", r.id, width, r.kind,
                             SeverityName(r.severity),
                             cmd.packs.lang == "en" ? r.message_en : r.message_zh);
  }
  return kExitClean;
}

}  // namespace reportlint
