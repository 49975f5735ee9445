// End-to-end: the tool speaks Chinese by default — usage errors with "did you
// mean", --help with examples and exit codes, input errors, a run with nothing
// to check, the --max-warnings reason — and English with --lang en or an
// English locale.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A line of `--help` that holds an option's or a subcommand's description:
// text after the two spaces that end the name column, or alone on a line
// indented to that column.
bool HoldsDescription(const std::string& line) {
  size_t start = line.find_first_not_of(' ');
  if (start == std::string::npos) return false;
  if (start >= 4) return true;
  size_t gap = line.find("  ", start);
  return gap != std::string::npos && line.find_first_not_of(' ', gap) != std::string::npos;
}

}  // namespace

TEST_CASE("usage errors: in Chinese, with did-you-mean, exit 2; English with --lang en or locale") {
  RunResult chek = RunReportlint("chek 报告.txt");
  CHECK(chek.exit_code == 2);
  CHECK(chek.out == "");
  CHECK(chek.err == "错误：没有子命令 `chek`；是否要用 `check`？\n"
                    "运行 `reportlint --help` 查看用法。\n");
  CHECK(RunReportlint("help").err == "错误：没有子命令 `help`；是否要用 `--help`？\n"
                                     "运行 `reportlint --help` 查看用法。\n");
  RunResult none = RunReportlint("");
  CHECK(none.exit_code == 2);
  CHECK(none.err == "错误：缺少子命令，应为其中之一：check、dump、export、rules、config、test、serve\n"
                    "运行 `reportlint --help` 查看用法。\n");
  RunResult files = RunReportlint("check");
  CHECK(files.exit_code == 2);
  CHECK(files.err == "错误：缺少必填的参数 files\n运行 `reportlint check --help` 查看用法。\n");
  RunResult option = RunReportlint("check --formt json examples/report-2015.txt");
  CHECK(option.exit_code == 2);
  CHECK(option.err == "错误：不认识的参数 `--formt`；是否要用 `--format`？\n"
                      "运行 `reportlint check --help` 查看用法。\n");
  // An option of the subcommand written before it: where it goes, not a guess.
  RunResult before = RunReportlint("--lang en check examples/report-2015.txt");
  CHECK(before.exit_code == 2);
  CHECK(before.err == "错误：`--lang` 是 `check` 的选项，请写在子命令之后，例如 "
                      "`reportlint check --lang …`\n运行 `reportlint check --help` 查看用法。\n");
  RunResult value = RunReportlint("check --format jsn examples/report-2015.txt");
  CHECK(value.exit_code == 2);
  CHECK(value.err == "错误：--format 的值不能是 `jsn`，应为其中之一：text, json, jsonl, sarif, "
                     "github, junit, csv, html, xlsx；是否要用 `json`？\n"
                     "运行 `reportlint check --help` 查看用法。\n");
  RunResult jobs = RunReportlint("check --jobs abc examples/report-2015.txt");
  CHECK(jobs.exit_code == 2);
  CHECK(jobs.err == "错误：--jobs 的值应为数字，而不是 `abc`\n运行 `reportlint check --help` 查看用法。\n");
  RunResult missing_value = RunReportlint("check examples/report-2015.txt --format");
  CHECK(missing_value.err == "错误：--format 后面缺少值\n运行 `reportlint check --help` 查看用法。\n");

  RunResult en = RunReportlint("check --lang en --format jsn examples/report-2015.txt");
  CHECK(en.err == "error: --format cannot be `jsn`: it is one of text, json, jsonl, sarif, github, "
                  "junit, csv, html, xlsx; did you mean `json`?\n"
                  "Run `reportlint check --help` for the usage.\n");
  RunResult locale = RunReportlintInLocale("en_US.UTF-8", "chek");
  CHECK(locale.err == "error: there is no subcommand `chek`; did you mean `check`?\n"
                      "Run `reportlint --help` for the usage.\n");
  // --lang wins over the locale; C is Chinese.
  CHECK(RunReportlintInLocale("en_US.UTF-8", "check --lang zh --formt x a.txt").err.rfind("错误：", 0) == 0);
  CHECK(RunReportlintInLocale("C", "chek").err.rfind("错误：", 0) == 0);
}

TEST_CASE("help: every subcommand's options in Chinese, with examples and exit codes") {
  for (const char* sub : {"", "check", "dump", "export", "rules", "config", "test", "serve"}) {
    CAPTURE(sub);
    std::string args = std::string(sub) + (*sub ? " " : "") + "--help";
    RunResult zh = RunReportlint(args);
    RunResult en = RunReportlint(args + " --lang en");
    if (std::string(sub) == "" || std::string(sub) == "dump" || std::string(sub) == "export") {
      en = RunReportlintInLocale("en_US.UTF-8", args);  // no --lang there
    }
    CHECK(zh.exit_code == 0);
    CHECK(en.exit_code == 0);
    CHECK(zh.out.find("用法: ") != std::string::npos);
    CHECK(zh.out.find("示例：\n  reportlint ") != std::string::npos);
    CHECK(zh.out.find("退出码：\n  0  ") != std::string::npos);
    CHECK(en.out.find("Examples:\n  reportlint ") != std::string::npos);
    CHECK(en.out.find("Exit codes:\n  0  ") != std::string::npos);
    // The two helps line up; a description missing from checker/cli/cli_text.cc
    // is the same line in both.
    std::vector<std::string> zh_lines = Lines(zh.out), en_lines = Lines(en.out);
    REQUIRE(zh_lines.size() == en_lines.size());
    for (size_t i = 0; i < zh_lines.size(); ++i) {
      CAPTURE(en_lines[i]);
      CHECK_FALSE((zh_lines[i] == en_lines[i] && HoldsDescription(en_lines[i])));
    }
  }
  RunResult check = RunReportlint("check --help");
  CHECK(check.out.find("\n  files TEXT ... 必填         报告、文件夹（在其中查找报告）或通配符（'-' 读标准输入）\n") !=
        std::string::npos);
  CHECK(check.out.find("\n  -o,--output FILE            把输出写入文件 FILE（退出码不变）\n") !=
        std::string::npos);
  CHECK(check.out.find("  2  用法、配置或输入错误，或没有可以检查的报告\n") != std::string::npos);
  RunResult en = RunReportlint("check --help --lang en");
  CHECK(en.out.find("\n  -o,--output FILE            Write the output to FILE (exit code unchanged)\n") !=
        std::string::npos);
}

TEST_CASE("input errors: in Chinese by default, in English with --lang en") {
  RunResult r = RunReportlint("check missing.txt examples/report-2021.md");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "missing.txt: 错误：没有这个文件\n");
  RunResult en = RunReportlint("check --lang en missing.txt examples/report-2021.md");
  CHECK(en.err == "missing.txt: error: no such file\n");
  RunResult dump = RunReportlint("dump missing.txt");
  CHECK(dump.exit_code == 2);
  CHECK(dump.err == "missing.txt: 错误：没有这个文件\n");
  TempDir dir;
  std::string doc = dir.Write("old.doc", "\xD0\xCF\x11\xE0");
  RunResult old = RunReportlint("check '" + doc + "'");
  CHECK(old.err == doc + ": 错误：不支持读取 doc 文件，请把报告另存为 .docx、.html 或纯文本\n"
                         "错误：没有一份报告可以读取，未检查任何内容\n");
  CHECK(old.exit_code == 2);
}

TEST_CASE("nothing to check: an empty folder or one without reports is exit 2 with the reason") {
  TempDir dir;
  dir.Write("empty/.keep", "");
  RunResult empty = RunReportlint("check '" + dir.path() + "/empty'");
  CHECK(empty.exit_code == 2);
  CHECK(empty.out == "");
  CHECK(empty.err == "错误：没有可以检查的报告\n  " + dir.path() + "/empty: 文件夹中没有文件\n");
  dir.Write("old/2019.doc", "x");
  dir.Write("old/2020.wps", "x");
  RunResult old = RunReportlint("check --lang en '" + dir.path() + "/old'");
  CHECK(old.exit_code == 2);
  CHECK(old.err == "error: nothing to check\n  " + dir.path() +
                       "/old: none of the folder's 2 files is a report (e.g. 2019.doc); reportlint "
                       "reads .txt, .md, .html, .docx and .pdf files (save .doc and .wps as .docx)\n");
  // Every report found excluded by the configuration.
  dir.Write("excluded/.reportlint.yaml", "exclude: ['*.txt']\n");
  dir.Write("excluded/a.txt", "x");
  RunResult excluded = RunReportlint("check '" + dir.path() + "/excluded'");
  CHECK(excluded.exit_code == 2);
  CHECK(excluded.err == "错误：没有可以检查的报告\n  找到的 1 份报告都被配置的 exclude 排除了\n");
}

TEST_CASE("--max-warnings says why the run failed") {
  TempDir dir;
  std::string report = dir.Write("r.txt",
                                 "北山县2016年政府信息公开工作年度报告\n"
                                 "2015年度全县共受理申请3件。\n2015年度全县共答复申请3件。\n");
  RunResult r = RunReportlint("check --no-config --fail-on never --max-warnings 1 '" + report + "'");
  CHECK(r.exit_code == 1);
  CHECK(r.err == "警告 2 个，超过 --max-warnings 1\n");
  RunResult en =
      RunReportlint("check --lang en --no-config --fail-on never --max-warnings 1 '" + report + "'");
  CHECK(en.err == "2 warnings, more than --max-warnings 1\n");
  RunResult ok = RunReportlint("check --no-config --fail-on never --max-warnings 2 '" + report + "'");
  CHECK(ok.exit_code == 0);
  CHECK(ok.err == "");
}

}  // namespace reportlint::testing
