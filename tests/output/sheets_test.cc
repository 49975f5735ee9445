// The spreadsheet formats and the jsonl report line, end to end: csv parsed
// back with an RFC 4180 reader, the xlsx bytes written only to a file (the
// cells are read back by tests/output/read_sheets.py with openpyxl).
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

using Rows = std::vector<std::vector<std::string>>;

// RFC 4180: fields split by commas, quoted fields may hold commas, doubled
// quotes and line breaks; records end with CRLF. REQUIRE: no BOM left.
Rows ParseCsv(const std::string& text) {
  Rows rows(1);
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

constexpr const char* kBom = "\xEF\xBB\xBF";

const char* kPack =
    "rules:\n  - id: p/xx\n    kind: pattern\n    severity: warning\n    pattern: 'XX'\n"
    "    message: {zh: '占位符“{match}”', en: 'placeholder \"{match}\", left in'}\n";

}  // namespace

TEST_CASE("output: csv is one row per report, Chinese headers, UTF-8 with a BOM") {
  RunResult r = RunReportlint(
      "check --format csv examples/report-2015.txt rules/ogi-common/tests/structure-readable.txt "
      "missing.txt");
  CHECK(r.exit_code == 2);
  REQUIRE(r.out.starts_with(kBom));
  CHECK(r.out.find("\r\n") != std::string::npos);
  Rows rows = ParseCsv(r.out.substr(3));
  REQUIRE(rows.size() == 4);
  CHECK(rows[0] == std::vector<std::string>{"路径", "机关", "年度", "条例", "规则包", "错误",
                                            "警告", "提示", "无法评估", "状态", "原因"});
  CHECK(rows[1] == std::vector<std::string>{"examples/report-2015.txt", "青石镇", "2015", "2008",
                                            "ogi-common, ogi-2008", "2", "1", "0", "0", "有发现",
                                            ""});
  REQUIRE(rows[2].size() == 11);
  CHECK(rows[2][0] == "rules/ogi-common/tests/structure-readable.txt");
  CHECK(rows[2][2] == "2020");
  CHECK(rows[2][3] == "2019");
  CHECK(rows[2][8] == "1");  // structure-readable: the sections cannot be assessed
  CHECK(rows[3] == std::vector<std::string>{"missing.txt", "", "", "", "", "", "", "", "",
                                            "无法读取", "没有这个文件"});
}

TEST_CASE("output: csv in English; commas and quotes in a field are quoted; a clean report") {
  TempDir dir;
  dir.Write("p/pack.yaml", kPack);
  std::string odd = dir.Write("a,\"b\".txt", "XX县\n");
  std::string clean = dir.Write("clean.txt", "正文\n");
  RunResult r = RunReportlint("check --format csv --no-builtin --rules '" + dir.path() +
                              "/p' --lang en '" + odd + "' '" + clean + "'");
  CHECK(r.exit_code == 0);
  REQUIRE(r.out.starts_with(kBom));
  CHECK(r.out.find("\"" + dir.path() + "/a,\"\"b\"\".txt\"") != std::string::npos);
  Rows rows = ParseCsv(r.out.substr(3));
  REQUIRE(rows.size() == 3);
  CHECK(rows[0] == std::vector<std::string>{"path", "organisation", "year", "regulation", "packs",
                                            "errors", "warnings", "infos", "cannot assess",
                                            "status", "reason"});
  CHECK(rows[1] ==
        std::vector<std::string>{odd, "", "", "", "p", "0", "1", "0", "0", "findings", ""});
  CHECK(rows[2] ==
        std::vector<std::string>{clean, "", "", "", "p", "0", "0", "0", "0", "clean", ""});
}

TEST_CASE("output: jsonl has a line per report, before its findings, also when clean") {
  TempDir dir;
  dir.Write("p/pack.yaml", kPack);
  std::string bad = dir.Write("bad.txt", "XX县\n");
  std::string clean = dir.Write("clean.txt", "正文\n");
  RunResult r = RunReportlint("check --format jsonl --no-builtin --rules '" + dir.path() +
                              "/p' --lang zh '" + bad + "' '" + clean + "'");
  CHECK(r.exit_code == 0);
  std::istringstream in(r.out);
  std::vector<nlohmann::ordered_json> lines;
  for (std::string line; std::getline(in, line);)
    lines.push_back(nlohmann::ordered_json::parse(line));
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].dump() == "{\"path\":\"" + bad +
                               "\",\"type\":\"report\",\"status\":\"findings\",\"organisation\":"
                               "null,\"year\":null,\"regulation\":null,\"packs\":[\"p\"],"
                               "\"errors\":0,\"warnings\":1,\"infos\":0,\"cannot_assess\":0}");
  CHECK(lines[1]["rule"] == "p/xx");
  CHECK(lines[1]["message"] == "占位符“XX”");
  CHECK(lines[2]["path"] == clean);
  CHECK(lines[2]["status"] == "clean");
}

TEST_CASE("output: cannot assess counts a custom pack's readable check, not its other infos") {
  TempDir dir;
  dir.Write("q/pack.yaml",
            "rules:\n"
            "  - id: q/lost-lines\n    kind: sections\n    check: readable\n    severity: info\n"
            "    message: {zh: '无法识别章节（{lines}行）', en: 'sections unreadable'}\n"
            "  - id: q/place\n    kind: pattern\n    severity: info\n    pattern: '西山县'\n"
            "    message: {zh: '地名', en: 'a place'}\n");
  RunResult r = RunReportlint("check --format csv --no-builtin --rules '" + dir.path() +
                              "/q' --lang en rules/ogi-common/tests/structure-readable.txt");
  CHECK(r.exit_code == 0);
  Rows rows = ParseCsv(r.out.substr(3));
  REQUIRE(rows.size() == 2);
  CHECK(rows[1] == std::vector<std::string>{"rules/ogi-common/tests/structure-readable.txt", "",
                                            "2020", "2019", "q", "0", "0", "2", "1", "findings",
                                            ""});
}

TEST_CASE("output: xlsx goes to a file; the same bytes whatever --jobs (SOURCE_DATE_EPOCH)") {
  TempDir dir;
  std::string one = dir.path() + "/one.xlsx";
  std::string two = dir.path() + "/two.xlsx";
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  RunResult r = RunReportlint("check --format xlsx -o '" + one +
                              "' examples/report-2015.txt examples/report-2021-tables-errors.txt"
                              " --jobs 1");
  CHECK(r.exit_code == 1);
  CHECK(r.out == "");
  std::ifstream in(one, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(bytes.starts_with("PK\x03\x04"));  // a zip container
  RunReportlint("check --format xlsx -o '" + two +
                "' examples/report-2015.txt examples/report-2021-tables-errors.txt --jobs 2");
  std::ifstream in2(two, std::ios::binary);
  std::string bytes2((std::istreambuf_iterator<char>(in2)), std::istreambuf_iterator<char>());
  unsetenv("SOURCE_DATE_EPOCH");
  CHECK(bytes2 == bytes);
}

TEST_CASE("output: xlsx goes to stdout when it is a pipe") {
  // Onto a terminal it is refused (needs a tty, so checked by hand); a pipe is
  // fine, like gzip.
  RunResult piped = RunReportlint("check --format xlsx examples/report-2015.txt");
  CHECK(piped.out.starts_with("PK"));
}

}  // namespace reportlint::testing

namespace reportlint::testing {

TEST_CASE("output: a scanned PDF's one info counts as cannot assess") {
  RunResult r = RunReportlint("check --format csv --lang en rules/ogi-common/tests/no-text-layer.pdf");
  CHECK(r.exit_code == 0);
  Rows rows = ParseCsv(r.out.substr(3));
  REQUIRE(rows.size() == 2);
  CHECK(rows[1][5] == "0");  // errors
  CHECK(rows[1][7] == "1");  // infos
  CHECK(rows[1][8] == "1");  // cannot assess
  CHECK(rows[1][9] == "findings");
}

}  // namespace reportlint::testing
