// Every YAML file is read with the same limits: a duplicate key, a bomb of
// aliases or a deep nest is an error naming the place and the limit.
#include "checker/util/yaml_file.h"

#include <doctest/doctest.h>

#include "checker/util/read_file.h"
#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {

TEST_CASE("yaml: a key given twice is an error at the second, naming the first") {
  std::vector<Error> errors;
  auto root = LoadYaml("p.yaml",
                       "rules:\n"
                       "  - id: a\n"
                       "    severity: error\n"
                       "    kind: pattern\n"
                       "    severity: info\n",
                       &errors);
  CHECK_FALSE(root);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].ToString() ==
        "p.yaml:5:5: error: key 'severity' is given twice in this mapping (first at line 3, "
        "column 5): keep one");
}

TEST_CASE("yaml: duplicate keys are reported in file order, once each") {
  // fuzz/corpus/config/dup-keys-out-of-order.yaml: the inner mapping's came last.
  std::vector<Error> errors;
  CHECK_FALSE(LoadYaml("c.yaml",
                       "rules:\n  a/b: off\n  a/b: error\nlang: en\nlang: zh\n"
                       "x: &m {k: 1, k: 2}\ny: *m\n",
                       &errors));
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].line == 3);
  CHECK(errors[1].line == 5);
  CHECK(errors[2].line == 6);
}

TEST_CASE("yaml: a limit reached after a key given twice: both errors, in file order") {
  // fuzz/corpus/config/dup-key-then-self-alias.yaml: the walk from the end met
  // line 3's key, then the mapping of line 1 that holds itself.
  std::vector<Error> errors;
  CHECK_FALSE(LoadYaml("c.yaml", ": &b {: *b}\nrides:ex:\nrides:ex\n", &errors));
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].ToString() == "c.yaml:1:3: error: nested too deeply (the limit is 64 levels)");
  CHECK(errors[1].ToString() ==
        "c.yaml:3:1: error: key 'rides:ex' is given twice in this mapping (first at line 2, "
        "column 1): keep one");
}

TEST_CASE("yaml: the same key in two mappings is fine") {
  std::vector<Error> errors;
  auto root = LoadYaml("p.yaml", "a: {x: 1}\nb: {x: 2}\n", &errors);
  CHECK(root);
  CHECK(errors.empty());
}

TEST_CASE("yaml: aliases that stand for too many nodes, deep nesting and size are refused") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'h'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) bomb += (i ? ", *" : "*") + prev;
    bomb += "]\n";
  }
  std::vector<Error> errors;
  CHECK_FALSE(LoadYaml("bomb.yaml", bomb, &errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "too many nodes once aliases are followed (the limit is 1000000)");

  errors.clear();
  std::string deep = std::string(100, '[') + std::string(100, ']');
  CHECK_FALSE(LoadYaml("deep.yaml", deep, &errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "nested too deeply (the limit is 64 levels)");

  errors.clear();
  YamlLimits small;
  small.max_bytes = 8;
  CHECK_FALSE(LoadYaml("big.yaml", "a: 123456789\n", &errors, small));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].ToString() == "big.yaml: error: larger than the 8 bytes limit for YAML files");

  errors.clear();
  CHECK_FALSE(LoadYaml("bad.yaml", "a: [1, 2\n", &errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message.rfind("invalid YAML: ", 0) == 0);
}

TEST_CASE("yaml: a pack with a duplicate key fails validation with file:line:col") {
  TempDir dir;
  dir.Write("p/pack.yaml",
            "pack: p\n"
            "rules:\n"
            "  - id: p/a\n"
            "    kind: pattern\n"
            "    severity: error\n"
            "    pattern: '测试'\n"
            "    message: {zh: 测试, en: test}\n"
            "    severity: info\n");
  RunResult r = RunReportlint("rules --validate '" + dir.path() + "/p'");
  CHECK(r.exit_code == 2);
  CHECK(r.err == dir.path() +
                     "/p/pack.yaml:8:5: error: key 'severity' is given twice in this mapping "
                     "(first at line 5, column 5): keep one\n");
}

TEST_CASE("read: a file is read up to its cap, never whole; /dev/zero ends") {
  std::string out;
  ReadFailure failure;
  CHECK_FALSE(ReadFileCapped("/dev/zero", 1u << 20, &out, &failure));
  CHECK(ReadError("/dev/zero", failure, 1u << 20).ToString("en") ==
        "/dev/zero: error: the file is larger than the 1 MiB limit");
  CHECK(out.size() == (1u << 20) + 1);
  CHECK_FALSE(ReadFileCapped("/nonexistent/x", 10, &out, &failure));
  CHECK(failure.kind == ReadFailure::kMissing);
  CHECK(ReadError("x", failure, 10).message_zh == "没有这个文件");
  CHECK_FALSE(ReadFileCapped("/tmp", 10, &out, &failure));
  CHECK(failure.kind == ReadFailure::kDirectory);
  TempDir dir;
  std::string small = dir.Write("a.txt", "abc");
  CHECK(ReadFileCapped(small, 3, &out, &failure));
  CHECK(out == "abc");
  CHECK_FALSE(ReadFileCapped(small, 2, &out, &failure));
  CHECK(SizeText(64u << 20) == "64 MiB");
  CHECK(SizeText(512u << 10) == "512 KiB");
}

TEST_CASE("read: check /dev/zero stops at the input cap with exit 2") {
  RunResult r = RunReportlint("check --no-config /dev/zero");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("/dev/zero: 错误：文件超过了 64 MiB 的大小上限") != std::string::npos);
}

}  // namespace reportlint::testing

namespace reportlint::testing {

TEST_CASE("regex: a pattern that gives up at the match limit is a warning naming the rule") {
  TempDir dir;
  dir.Write("p/pack.yaml",
            "pack: p\n"
            "rules:\n"
            "  - id: p/costly\n"
            "    kind: pattern\n"
            "    severity: error\n"
            "    pattern: '(a|aa)+$'\n"
            "    message: {zh: 测试, en: test}\n");
  std::string report = dir.Write("r.txt", "2021年年度报告\n第二行\n" + std::string(3000, 'a') + "b\n");
  RunResult r = RunReportlint("check --no-config --no-builtin --lang en --rules '" + dir.path() +
                              "/p' '" + report + "'");
  CHECK(r.exit_code == 0);  // a warning
  CHECK(r.out.find(report + ":1:1: warning: rule p/costly could not be evaluated on line 1: "
                            "pattern too costly (PCRE2 match limit); its findings on this report are "
                            "left out [reportlint/pattern-too-costly]") != std::string::npos);
  // A pattern that stays in its limits says nothing of the kind.
  dir.Write("q/pack.yaml",
            "pack: q\n"
            "rules:\n"
            "  - id: q/cheap\n"
            "    kind: pattern\n"
            "    severity: error\n"
            "    pattern: 'a+b'\n"
            "    message: {zh: 测试, en: test}\n");
  RunResult q = RunReportlint("check --no-config --no-builtin --lang en --rules '" + dir.path() +
                              "/q' '" + report + "'");
  CHECK(q.out.find("pattern-too-costly") == std::string::npos);
  CHECK(q.out.find("[q/cheap]") != std::string::npos);
}

}  // namespace reportlint::testing
