// `reportlint test`: the built-in packs' and the example pack's fixtures pass;
// a broken expectation fails with a diff; malformed fixtures are errors.
#include <doctest/doctest.h>

#include <filesystem>

#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {

TEST_CASE("test: the fixtures of the built-in packs and of the example pack pass") {
  RunResult builtin = RunReportlint("test rules/");
  INFO(builtin.out);
  CHECK(builtin.exit_code == 0);
  // Every rule of the packs with fixtures is exercised.
  for (const char* pack : {"rules/ogi-common", "rules/ogi-2008", "rules/ogi-2019"}) {
    size_t at = builtin.out.find(std::string(pack) + ": ");
    REQUIRE(at != std::string::npos);
    size_t next = builtin.out.find("\nrules/", at + 1);
    std::string section = builtin.out.substr(at, next - at);
    CHECK(section.find("rules no fixture exercises") == std::string::npos);
  }
  RunResult custom = RunReportlint("test examples/custom-pack");
  CHECK(custom.exit_code == 0);
  CHECK(custom.out.rfind("examples/custom-pack/city-summary: 1 fixtures, 1 rules\n"
                         "  rule                                          TP    FP    FN    TN\n"
                         "  city-summary-example/summary-covers-bodies     1     0     0     0\n"
                         "examples/custom-pack/province: 4 fixtures, 2 rules (and ", 0) == 0);
  size_t province = custom.out.find("\n", custom.out.find("examples/custom-pack/province: "));
  CHECK(custom.out.substr(province + 1) ==
        "  rule                                   TP    FP    FN    TN\n"
        "  ogi-common/publication-deadline         1     0     0     1\n"
        "  province-example/assessment-results     1     0     0     3\n"
        "  ogi-common/other-year-data              1     0     0     0\n"
        "reportlint test: 2 packs, 5 fixtures: 5 passed, 0 failed; 3 rules, 0 without a fixture\n");
}

TEST_CASE("test: inside a pack folder, `test .` counts the pack's rules") {
  RunResult here = RunReportlintIn(SourcePath("rules/ogi-tables"), "test .");
  CHECK(here.exit_code == 0);
  RunResult named = RunReportlint("test rules/ogi-tables/");
  std::string summary = named.out.substr(named.out.rfind("reportlint test: "));
  CHECK(summary.find("; 0 rules") == std::string::npos);  // it said 0 from inside
  CHECK(here.out.substr(here.out.rfind("reportlint test: ")) == summary);
}

TEST_CASE("test: a broken expectation fails with a diff of expected and reported") {
  TempDir dir;
  std::filesystem::copy(SourcePath("rules/ogi-2019"), dir.path() + "/ogi-2019",
                        std::filesystem::copy_options::recursive);
  dir.Write("ogi-2019/tests/heading-order.txt",
            "# ok: ogi-2019/required-headings\n"
            "白河县2021年政府信息公开工作年度报告\n"
            "一、总体情况：有序开展。\n二、主动公开政府信息情况：公开1200条。\n"
            "三、收到和处理政府信息公开申请情况：收到3件。\n"
            "四、存在的主要问题及改进情况：有待改进。\n"
            "# expect: ogi-2019/heading-order\n"
            "五、政府信息公开行政复议、行政诉讼情况：未发生。\n"
            "六、其他需要报告的事项\n");
  RunResult r = RunReportlint("test '" + dir.path() + "/ogi-2019'");
  CHECK(r.exit_code == 1);
  std::string p = dir.path() + "/ogi-2019";
  CHECK(r.out ==
        p +
            ": 10 fixtures, 4 rules\n"
            "  FAIL " +
            p +
            "/tests/heading-order.txt\n"
            "    + 6:1: ogi-2019/heading-order  (reported, not expected): the heading "
            "\"存在的主要问题及改进情况\" is out of order: it belongs after "
            "\"政府信息公开行政复议、行政诉讼情况\"\n"
            "    - 8: ogi-2019/heading-order  (expected, not reported)\n"
            "  rule                          TP    FP    FN    TN\n"
            "  ogi-2019/required-headings     4     0     0     3\n"
            "  ogi-2019/heading-order         0     1     1     1\n"
            "  ogi-2019/heading-numbering     4     0     0     7\n"
            "  ogi-2019/empty-section         3     0     0     1\n"
            "reportlint test: 1 packs, 10 fixtures: 9 passed, 1 failed; 4 rules, 0 without a "
            "fixture\n");
}

TEST_CASE("test: untested rules are listed (and fail with --require-coverage); bad fixtures") {
  TempDir dir;
  dir.Write("p/pack.yaml",
            "pack: p\n"
            "rules:\n"
            "  - id: p/xx\n    kind: pattern\n    severity: error\n    pattern: 'XX'\n"
            "    message: {zh: '占位符', en: 'placeholder'}\n"
            "  - id: p/yy\n    kind: pattern\n    severity: error\n    pattern: 'YY'\n"
            "    message: {zh: '占位符', en: 'placeholder'}\n");
  dir.Write("p/tests/a.md", "<!-- expect: p/xx -->\nXX\n");
  dir.Write("p/tests/b.txt", "YY\n");
  dir.Write("p/tests/b.txt.expect", "# sidecar: line: expect|ok rule\n1: expect p/yy\n");
  RunResult ok = RunReportlint("test '" + dir.path() + "/p'");
  CHECK(ok.exit_code == 0);
  dir.Write("p/tests/b.txt.expect", "1: ok p/yy\n");
  RunResult fp = RunReportlint("test '" + dir.path() + "/p'");
  CHECK(fp.exit_code == 1);
  CHECK(fp.out.find("    + 1:1: p/yy  (reported, not expected): placeholder\n") !=
        std::string::npos);
  dir.Write("p/tests/b.txt", "ZZ\n");
  RunResult untested = RunReportlint("test '" + dir.path() + "/p'");
  CHECK(untested.exit_code == 0);
  CHECK(untested.out.find("  rules no fixture exercises (no '# expect:' line):\n    p/yy\n") !=
        std::string::npos);
  CHECK(RunReportlint("test --require-coverage '" + dir.path() + "/p'").exit_code == 1);
  dir.Write("p/tests/c.txt", "XX\n# expect: p/xx\n");
  RunResult dangling = RunReportlint("test '" + dir.path() + "/p'");
  CHECK(dangling.exit_code == 1);
  CHECK(dangling.out.find("  " + dir.path() +
                          "/p/tests/c.txt:2:1: error: the expectation is not "
                          "followed by a line of the report\n") != std::string::npos);
  CHECK(RunReportlint("test '" + dir.path() + "/nothing'").exit_code == 2);
}

}  // namespace reportlint::testing
