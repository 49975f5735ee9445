// Batch runs: folders and globs, the order of the output whatever --jobs, the
// progress bar, and the ordered pool underneath.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "checker/cli/inputs.h"
#include "checker/cli/ordered_pool.h"
#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

std::string Report(int year, int n) {
  return "北山县" + std::to_string(year) + "年政府信息公开工作年度报告\n" +
         (n % 3 == 0 ? std::string("")
                     : "本报告所列数据的统计期限自" + std::to_string(year) + "年1月1日起至" +
                           std::to_string(year) + "年12月31日止。\n") +
         std::to_string(year - 1) + "年度全县共受理申请" + std::to_string(n) + "件。\n";
}

}  // namespace

TEST_CASE("inputs: folders are walked for reports, sorted; globs expand; hidden files skipped") {
  TempDir dir;
  dir.Write("b/2.txt", "x");
  dir.Write("b/1.md", "x");
  dir.Write("a/z.html", "x");
  dir.Write("a/notes.yaml", "x");
  dir.Write("a/.hidden/3.txt", "x");
  dir.Write(".git/4.txt", "x");
  std::vector<Error> errors;
  std::string d = dir.path();
  std::vector<InputFile> files = ExpandInputs({d + "/b", d + "/a", d + "/b/2.txt", "-"}, &errors);
  std::string got;
  for (const InputFile& f : files)
    got += f.path.substr(f.path == "-" ? 0 : d.size()) + (f.named ? "!" : "") + "\n";
  CHECK(got == "/b/1.md\n/b/2.txt\n/a/z.html\n-!\n");  // b/2.txt given twice: listed once
  CHECK(errors.empty());
  std::vector<InputFile> globbed = ExpandInputs({d + "/b/*.txt", d + "/nothing/*.txt"}, &errors);
  REQUIRE(globbed.size() == 1);
  CHECK(globbed[0].path == d + "/b/2.txt");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].ToString() == d + "/nothing/*.txt: error: no file matches this pattern");
}

TEST_CASE("ordered pool: results arrive in input order whatever order the workers finish in") {
  std::vector<size_t> order;
  RunOrdered<size_t>(
      50, 4,
      [](size_t i) {
        std::this_thread::sleep_for(std::chrono::microseconds((50 - i) * 100));
        return i * i;
      },
      [&](size_t i, size_t& r) {
        CHECK(r == i * i);
        order.push_back(i);
        return true;
      });
  REQUIRE(order.size() == 50);
  for (size_t i = 0; i < order.size(); ++i) CHECK(order[i] == i);
}

TEST_CASE("ordered pool: once delivery says stop, no new job starts") {
  std::atomic<size_t> started{0};
  std::vector<size_t> delivered;
  RunOrdered<size_t>(
      1000, 2,
      [&](size_t i) {
        ++started;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
        return i;
      },
      [&](size_t i, size_t&) {
        delivered.push_back(i);
        return i < 4;
      });
  CHECK(delivered == std::vector<size_t>{0, 1, 2, 3, 4});
  CHECK(started < 1000);  // the workers ran a few ahead, not to the end
}

TEST_CASE("batch: the same bytes with --jobs 1 and --jobs 4, in every format") {
  TempDir dir;
  for (int i = 0; i < 40; ++i) {
    dir.Write("batch/" + std::to_string(i % 4) + "/r" + std::to_string(i) + ".txt",
              Report(2010 + i % 12, i));
  }
  for (const char* format : {"text", "json", "jsonl", "sarif", "github", "junit", "csv", "html"}) {
    INFO(format);
    std::string args =
        std::string("check --no-config --format ") + format + " '" + dir.path() + "/batch'";
    RunResult one = RunReportlint(args + " --jobs 1");
    RunResult four = RunReportlint(args + " --jobs 4");
    CHECK(one.exit_code == 1);
    CHECK(four.exit_code == one.exit_code);
    CHECK(four.out == one.out);
  }
}

TEST_CASE("batch: a progress bar on request, on stderr, erased at the end") {
  TempDir dir;
  for (int i = 0; i < 3; ++i) dir.Write("r" + std::to_string(i) + ".txt", Report(2016, i + 1));
  RunResult r =
      RunReportlint("check --no-config --progress always --format jsonl '" + dir.path() + "'");
  CHECK(r.err.find("\r[") != std::string::npos);
  CHECK(r.err.find("3/3 个文件 100%") != std::string::npos);
  RunResult en = RunReportlint("check --lang en --no-config --progress always --format jsonl '" +
                               dir.path() + "'");
  CHECK(en.err.find("3/3 files 100%") != std::string::npos);
  CHECK(r.err.substr(r.err.size() - 4) == "\r\033[K");
  RunResult quiet = RunReportlint("check --no-config --format jsonl '" + dir.path() + "'");
  CHECK(quiet.err == "");  // not a terminal
}

}  // namespace reportlint::testing
