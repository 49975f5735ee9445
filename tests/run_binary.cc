#include "tests/run_binary.h"

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include <doctest/doctest.h>

namespace reportlint::testing {
namespace {

std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::string FindingsWithoutPlace(const std::string& args) {
  RunResult r = RunReportlint("check --format json --fail-on never " + args);
  REQUIRE(r.exit_code == 0);
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(r.out);
  std::string out;
  for (const auto& f : j["files"][0]["findings"]) {
    out += f["rule"].get<std::string>() + " " + f["severity"].get<std::string>() + " " +
           f["message"].get<std::string>() + " " + f["evidence"].dump() + "\n";
  }
  return out;
}

std::string SourcePath(const std::string& relative) {
  return std::string(REPORTLINT_SOURCE_DIR) + "/" + relative;
}

namespace {

RunResult Run(const std::string& lang, const std::string& args, const std::string& stdin_text,
              const std::string& cwd = REPORTLINT_SOURCE_DIR) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("reportlint-run-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path in = dir / "stdin", out = dir / "stdout", err = dir / "stderr";
  std::ofstream(in, std::ios::binary) << stdin_text;
  // NO_COLOR and a pipe keep the output free of escape codes.
  std::string cmd = "cd '" + cwd +
                    "' && LC_ALL= LC_MESSAGES= LANG='" + lang + "' NO_COLOR=1 '" +
                    std::string(REPORTLINT_BIN) + "' " + args + " <'" + in.string() + "' >'" +
                    out.string() + "' 2>'" + err.string() + "'";
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = Slurp(out);
  r.err = Slurp(err);
  fs::remove_all(dir);
  return r;
}

}  // namespace

RunResult RunReportlint(const std::string& args, const std::string& stdin_text) {
  return Run("", args, stdin_text);
}

RunResult RunReportlintInLocale(const std::string& lang, const std::string& args) {
  return Run(lang, args, "");
}

RunResult RunReportlintIn(const std::string& dir, const std::string& args) {
  return Run("", args, "", dir);
}

}  // namespace reportlint::testing
