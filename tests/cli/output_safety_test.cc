// No report is ever lost to the tool's own output: --output and baselines that
// name a report are refused, outputs are replaced whole or not at all, and write
// errors (a full disk, a closed pipe) fail the run with the reason.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>

#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

const std::string kReport = "北山县2016年政府信息公开工作年度报告\n全年主动公开政府信息120条。\n";

// The names in `dir` other than the ones the test made: a temporary file left
// behind would show here.
std::string Leftovers(const TempDir& dir) {
  std::string names;
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
    std::string n = e.path().filename().string();
    if (n.find(".reportlint-") != std::string::npos) names += n + " ";
  }
  return names;
}

// Runs `script` with bash in `dir`, $BIN the reportlint binary, no locale (the
// tool speaks Chinese); for redirections RunReportlint cannot express.
struct ShellResult {
  int exit_code = -1;
  std::string err;
};
ShellResult RunShell(const TempDir& dir, const std::string& script) {
  dir.Write("script.sh", "cd '" + dir.path() + "'\nBIN='" + REPORTLINT_BIN + "'\n" + script + "\n");
  int status = std::system(("LC_ALL= LC_MESSAGES= LANG= bash '" + dir.path() + "/script.sh' 2>'" +
                            dir.path() + "/err'").c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, dir.Read("err")};
}

}  // namespace

TEST_CASE("output safety: --output naming the report is refused and the report kept") {
  TempDir dir;
  std::string report = dir.Write("r.txt", kReport);
  RunResult same = RunReportlint("check --output '" + report + "' '" + report + "'");
  CHECK(same.exit_code == 2);
  CHECK(same.out == "");
  CHECK(same.err == report + ": 错误：--output 指向的正是被检查的这份报告，写入会覆盖报告；请换一个文件\n");
  CHECK(dir.Read("r.txt") == kReport);
  // Another spelling of the same path, a symbolic link, a hard link: the same file.
  std::filesystem::create_symlink(report, dir.path() + "/link.txt");
  std::filesystem::create_hard_link(report, dir.path() + "/hard.txt");
  for (const std::string& target : {dir.path() + "/./r.txt", dir.path() + "/link.txt",
                                    dir.path() + "/hard.txt"}) {
    INFO(target);
    CHECK(RunReportlint("check -o '" + target + "' '" + report + "'").exit_code == 2);
    CHECK(dir.Read("r.txt") == kReport);
  }
  // A folder being checked holds the target.
  RunResult folder = RunReportlint("check -o '" + report + "' '" + dir.path() + "'");
  CHECK(folder.exit_code == 2);
  CHECK(folder.err.find("--output 指向的正是被检查的这份报告") != std::string::npos);
  CHECK(dir.Read("r.txt") == kReport);
  RunResult en = RunReportlint("check --lang en -o '" + report + "' '" + report + "'");
  CHECK(en.err == report + ": error: --output names this report, which is being checked: writing "
                           "it would replace the report; give another file\n");
}

TEST_CASE("output safety: a baseline naming the report, or the output, is refused") {
  TempDir dir;
  std::string report = dir.Write("r.txt", kReport);
  RunResult b = RunReportlint("check --write-baseline '" + report + "' '" + report + "'");
  CHECK(b.exit_code == 2);
  CHECK(b.err.find("--write-baseline 指向的正是被检查的这份报告") != std::string::npos);
  CHECK(dir.Read("r.txt") == kReport);
  std::string base = dir.path() + "/b.json";
  REQUIRE(RunReportlint("check --write-baseline '" + base + "' '" + report + "'").exit_code == 0);
  std::string before = dir.Read("b.json");
  RunResult both = RunReportlint("check --baseline '" + base + "' -o '" + base + "' '" + report + "'");
  CHECK(both.exit_code == 2);
  CHECK(both.err == base + ": 错误：--output 和 --baseline 指向同一个文件；请分别指定\n");
  CHECK(dir.Read("b.json") == before);
  // --baseline is only read: naming a report there is a bad baseline, not a lost report.
  RunResult read = RunReportlint("check --baseline '" + report + "' '" + report + "'");
  CHECK(read.exit_code == 2);
  CHECK(read.err.find("写入会覆盖报告") == std::string::npos);
  RunResult ex = RunReportlint("export -o '" + report + "' '" + report + "'");
  CHECK(ex.exit_code == 2);
  CHECK(dir.Read("r.txt") == kReport);
}

TEST_CASE("output safety: --output is replaced whole, keeps its mode and leaves no temp file") {
  TempDir dir;
  std::string report = dir.Write("r.txt", kReport);
  std::string out = dir.Write("out.json", "old");
  chmod(out.c_str(), 0640);
  RunResult r = RunReportlint("check --format json -o '" + out + "' '" + report + "'");
  CHECK(r.exit_code == 1);
  CHECK(dir.Read("out.json").rfind("{", 0) == 0);
  struct stat st;
  REQUIRE(stat(out.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(Leftovers(dir) == "");
  // A new file gets the usual mode, not the temporary file's 0600.
  std::string fresh = dir.path() + "/fresh.txt";
  RunReportlint("check -o '" + fresh + "' '" + report + "'");
  REQUIRE(stat(fresh.c_str(), &st) == 0);
  CHECK((st.st_mode & 0044) == 0044);  // the tests run with umask 022 or similar
  // Through a symbolic link the file it names is written; the link stays.
  std::filesystem::create_symlink(out, dir.path() + "/link.json");
  dir.Write("out.json", "old");
  RunReportlint("check --format json -o '" + dir.path() + "/link.json' '" + report + "'");
  CHECK(std::filesystem::is_symlink(dir.path() + "/link.json"));
  CHECK(dir.Read("out.json").rfind("{", 0) == 0);
  // A run that fails before its output leaves the old file as it was.
  RunResult bad = RunReportlint("check -o '" + out + "' --rules /nonexistent '" + report + "'");
  CHECK(bad.exit_code == 2);
  CHECK(dir.Read("out.json").rfind("{", 0) == 0);
  CHECK(Leftovers(dir) == "");
}

TEST_CASE("output safety: a full disk is an error with its reason, for every output") {
  TempDir dir;
  std::string report = dir.Write("r.txt", kReport);
  RunResult o = RunReportlint("check -o /dev/full '" + report + "'");
  CHECK(o.exit_code == 2);
  CHECK(o.err == "/dev/full: 错误：无法写入输出文件：磁盘空间不足\n");
  ShellResult s = RunShell(dir, "\"$BIN\" check r.txt > /dev/full");
  CHECK(s.exit_code == 2);
  CHECK(s.err == "<stdout>: 错误：输出无法写入：磁盘空间不足\n");
  ShellResult en = RunShell(dir, "\"$BIN\" check --lang en r.txt > /dev/full");
  CHECK(en.err == "<stdout>: error: the output could not be written: no space left on the disk\n");
  RunResult b = RunReportlint("check --write-baseline /dev/full '" + report + "'");
  CHECK(b.exit_code == 2);
  CHECK(b.err == "/dev/full: 错误：无法写入基线文件：磁盘空间不足\n");
  ShellResult x = RunShell(dir, "\"$BIN\" export r.txt > /dev/full");
  CHECK(x.exit_code == 2);
  CHECK(x.err == "<stdout>: 错误：导出无法写入：磁盘空间不足\n");
  RunResult missing = RunReportlint("check -o '" + dir.path() + "/no/such/dir/o.txt' '" + report + "'");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == dir.path() + "/no/such/dir/o.txt: 错误：无法写入输出文件：文件夹不存在\n");
}

TEST_CASE("output safety: a closed pipe ends the run quietly, SIGPIPE ignored or not") {
  TempDir dir;
  for (int i = 0; i < 600; ++i) dir.Write("r/" + std::to_string(i) + ".txt", kReport);
  // More output than a pipe holds, so writes go on after `head` has left.
  // EPIPE (SIGPIPE ignored): exit 2 without a word; else killed by SIGPIPE, as
  // `cat` would be. env sets the disposition: the test binary may ignore it.
  ShellResult ignored = RunShell(dir, "env --ignore-signal=PIPE \"$BIN\" check --jobs 2 r | "
                                      "head -n 1 >/dev/null; exit ${PIPESTATUS[0]}");
  CHECK(ignored.exit_code == 2);
  CHECK(ignored.err == "");
  ShellResult killed = RunShell(dir, "env --default-signal=PIPE \"$BIN\" check --jobs 2 r | "
                                     "head -n 1 >/dev/null; exit ${PIPESTATUS[0]}");
  CHECK(killed.exit_code == 128 + SIGPIPE);
  CHECK(killed.err == "");
}

}  // namespace reportlint::testing
