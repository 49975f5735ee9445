// `reportlint export` end to end: a folder in jsonl and csv, the same bytes
// whatever --jobs, an unreadable report, usage errors and --help.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

std::string ReadSource(const std::string& relative) {
  std::ifstream in(SourcePath(relative), std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A folder of three reports, sorted a, b, c: Markdown, text, and a "DOCX"
// that is no zip archive.
void WriteFolder(const TempDir& dir) {
  dir.Write("in/a.md", ReadSource("examples/report-2021.md"));
  dir.Write("in/b.txt", ReadSource("examples/report-2015.txt"));
  dir.Write("in/c.docx", "not a zip archive");
}

size_t CountLines(const std::string& s, const std::string& needle) {
  size_t n = 0;
  for (size_t p = 0; (p = s.find(needle, p)) != std::string::npos; p += needle.size()) ++n;
  return n;
}

}  // namespace

TEST_CASE("export cli: jsonl of a folder, in input order, the same whatever --jobs") {
  TempDir dir;
  WriteFolder(dir);
  std::string in = "'" + dir.path() + "/in'";
  RunResult one = RunReportlint("export --jobs 1 " + in);
  RunResult two = RunReportlint("export --jobs 2 " + in);
  CHECK(one.exit_code == 2);  // as check: an unreadable report fails the run
  CHECK(one.err.find("c.docx") != std::string::npos);
  CHECK(one.out == two.out);
  CHECK(one.err == two.err);
  // Reports in path order; each report's records follow its report record.
  std::istringstream lines(one.out);
  std::string line, order;
  std::string current;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    std::string path = std::filesystem::path(j["path"].get<std::string>()).filename().string();
    if (j["type"] == "report") {
      order += path + (j["status"] == "ok" ? " " : "(" + j["error"].get<std::string>() + ") ");
      current = path;
    }
    CHECK(path == current);
  }
  CHECK(order.starts_with("a.md b.txt c.docx("));
  CHECK(CountLines(one.out, R"("type":"cell")") > 100);
  CHECK(CountLines(one.out, R"("type":"relation")") > 0);
  // Written to a file, the bytes are the same.
  RunResult file = RunReportlint("export -o '" + dir.path() + "/facts.jsonl' " + in);
  CHECK(file.out.empty());
  CHECK(dir.Read("facts.jsonl") == one.out);
}

TEST_CASE("export cli: csv writes four files with a BOM, the same rows as jsonl, whatever --jobs") {
  TempDir dir;
  WriteFolder(dir);
  std::string in = "'" + dir.path() + "/in'";
  RunResult jsonl = RunReportlint("export " + in);
  RunResult one = RunReportlint("export --format csv --jobs 1 --output-dir '" + dir.path() + "/one' " + in);
  RunResult two = RunReportlint("export --format csv --jobs 2 --output-dir '" + dir.path() + "/two' " + in);
  CHECK(one.exit_code == 2);
  CHECK(two.exit_code == 2);
  for (const char* type : {"report", "cell", "number", "relation"}) {
    std::string name = std::string(type) + "s.csv";
    std::string csv = dir.Read("one/" + name);
    CHECK_MESSAGE(csv.starts_with("\xEF\xBB\xBFpath,"), name);
    CHECK(csv == dir.Read("two/" + name));
    // A header line, then one line per jsonl record of the type (no field
    // here holds a line break).
    CHECK(CountLines(csv, "\r\n") ==
          1 + CountLines(jsonl.out, std::string(R"({"type":")") + type + "\""));
  }
  CHECK(dir.Read("one/reports.csv").find("c.docx,unreadable,") != std::string::npos);
}

TEST_CASE("export cli: readable reports exit 0; usage errors exit 2; --help lists export") {
  RunResult ok = RunReportlint("export examples/report-2021-tables.txt examples/report-2015.txt");
  CHECK(ok.exit_code == 0);
  CHECK(ok.err.empty());
  CHECK(ok.out.starts_with(R"({"type":"report","path":"examples/report-2021-tables.txt",)"));
  RunResult no_dir = RunReportlint("export --format csv examples/report-2015.txt");
  CHECK(no_dir.exit_code == 2);
  CHECK(no_dir.err.find("--output-dir") != std::string::npos);
  CHECK(no_dir.out.empty());
  CHECK(RunReportlint("export --output-dir x examples/report-2015.txt").exit_code == 2);
  CHECK(RunReportlint("export --format xml examples/report-2015.txt").exit_code == 2);
  RunResult missing = RunReportlint("export 'examples/nothing/*.txt'");
  CHECK(missing.exit_code == 2);
  CHECK(missing.out.empty());
  RunResult help = RunReportlint("--help");
  CHECK(help.out.find("export") != std::string::npos);
}

}  // namespace reportlint::testing
