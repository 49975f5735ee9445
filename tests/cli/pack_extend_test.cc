// Custom packs that extend built-in packs: override, disable, add; and the
// authoring commands `rules --validate` and `rules --explain`.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "checker/util/yaml_file.h"

#include "tests/run_binary.h"
#include "tests/temp_dir.h"

namespace reportlint::testing {

TEST_CASE("extend: the example provincial pack replaces the packs it extends") {
  RunResult r = RunReportlint("rules --no-config --lang en --rules examples/custom-pack/province");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("pack ogi-2008\n") != std::string::npos);  // not extended: still there
  CHECK(r.out.find("pack ogi-common\n") == std::string::npos);
  CHECK(r.out.find("pack ogi-2019\n") == std::string::npos);
  CHECK(r.out.find("  ogi-common/publication-deadline") != std::string::npos);
  CHECK(r.out.find("ogi-common/declared-part-heading") == std::string::npos);  // disabled
  size_t at = r.out.find("  province-example/assessment-results ");
  REQUIRE(at != std::string::npos);
  std::string line = r.out.substr(at, r.out.find('\n', at) - at);
  CHECK(line.find(" pattern ") != std::string::npos);
  CHECK(line.find(" error ") != std::string::npos);
  CHECK(line.find(" 2019-, organisation ~ /(?:人民政府|[省市县区旗镇乡])$/ ") != std::string::npos);
}

TEST_CASE("extend: --validate checks a pack without running it") {
  RunResult ok = RunReportlint("rules --validate examples/custom-pack/province");
  CHECK(ok.exit_code == 0);
  CHECK(ok.out.rfind("examples/custom-pack/province: ok: pack province-example, 1 rules of its "
                     "own, ",
                     0) == 0);
  CHECK(ok.out.find(" taken over from the packs it extends\n") != std::string::npos);
  TempDir dir;
  dir.Write("p/pack.yaml",
            "pack: p\n"
            "extend: [ogi-common, ogi-comon]\n"
            "disable: [ogi-common/other-year]\n"
            "override:\n"
            "  - id: ogi-common/publication-deadline\n"
            "    deadline: 'March'\n"
            "  - id: ogi-common/template-placeholder\n"
            "    kind: period\n"
            "  - id: ogi-2008/required-contents\n"
            "    severity: info\n");
  RunResult bad = RunReportlint("rules --validate '" + dir.path() + "/p'");
  CHECK(bad.exit_code == 2);
  std::string f = dir.path() + "/p/pack.yaml";
  CHECK(bad.err == f +
                       ":2:22: error: cannot extend 'ogi-comon': neither a built-in pack nor a "
                       "folder (relative to this file); did you mean 'ogi-common'?\n" +
                       f +
                       ":3:11: error: cannot disable 'ogi-common/other-year': no such rule in the "
                       "packs this pack extends (did you mean 'ogi-common/other-year-data'?)\n" +
                       f + ":6:15: error: 'deadline' must be a month and day such as \"03-31\"\n" +
                       f +
                       ":8:11: error: an override cannot change the kind of "
                       "'ogi-common/template-placeholder' (pattern); disable it and add a new rule "
                       "instead\n" +
                       f +
                       ":9:9: error: cannot override 'ogi-2008/required-contents': no such rule in "
                       "the packs this pack extends\n");
}

// An override that changes `check` keeps the base's other keys: one that no
// longer fits is this file's error (found by fuzz/pack_yaml_fuzzer: it was
// reported at the built-in file's line under this file's name), and one the
// changed rule no longer reads is left out, since an override cannot remove it.
TEST_CASE("extend: an override's kept keys are checked against the changed rule, in its file") {
  TempDir dir;
  dir.Write("p/pack.yaml",
            "pack: p\n"
            "extend: [ogi-common]\n"
            "override:\n"
            "  - id: ogi-common/publication-deadline\n"
            "    check: stated\n");
  RunResult bad = RunReportlint("rules --validate '" + dir.path() + "/p'");
  CHECK(bad.exit_code == 2);
  std::string f = dir.path() + "/p/pack.yaml";
  CHECK(bad.err.rfind(f + ":4:9: error: message names '{published}', which a 'period' rule never "
                          "provides (available: report_year) (in 'message', kept from "
                          "'ogi-common/publication-deadline' at rules/ogi-common/pack.yaml:",
                      0) == 0);
  // The line of the kept message's zh in the built-in file.
  std::ifstream in(SourcePath("rules/ogi-common/pack.yaml"));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<Error> errors;
  auto builtin = LoadYaml("pack.yaml", text, &errors);
  REQUIRE(builtin);
  int message_line = 0;
  for (const YAML::Node& rule : (*builtin)["rules"]) {
    if (rule["id"].Scalar() == "ogi-common/publication-deadline")
      message_line = rule["message"]["zh"].Mark().line + 1;
  }
  REQUIRE(message_line > 0);
  CHECK(bad.err.find("at rules/ogi-common/pack.yaml:" + std::to_string(message_line) +
                     ": override it too)\n") != std::string::npos);
  CHECK(bad.err.find("deadline'\n") == std::string::npos);  // not "unknown key 'deadline'"
  dir.Write("p/pack.yaml",
            "pack: p\n"
            "extend: [ogi-common]\n"
            "override:\n"
            "  - id: ogi-common/publication-deadline\n"
            "    check: stated\n"
            "    message: {zh: \"未写明统计期间{report_year}\", en: \"no period {report_year}\"}\n");
  RunResult ok = RunReportlint("rules --validate '" + dir.path() + "/p'");
  CHECK(ok.err == "");
  CHECK(ok.exit_code == 0);
}

TEST_CASE("extend: packs extending each other in a cycle are an error, not a hang") {
  TempDir dir;
  dir.Write("a/pack.yaml", "pack: a\nextend: ../b\n");
  dir.Write("b/pack.yaml", "pack: b\nextend: ../a\n");
  RunResult r = RunReportlint("rules --validate '" + dir.path() + "/a'");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("packs extend each other in a cycle: ") != std::string::npos);
}

TEST_CASE("rules --explain: description, parameters and examples from the fixtures") {
  RunResult r = RunReportlint("rules --explain ogi-common/publication-deadline");
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("ogi-common/publication-deadline\n"
                    "  kind:       period   (docs/kinds/period.md)\n"
                    "  severity:   warning\n"
                    "  pack:       ogi-common\n"
                    "  applies to: every report\n"
                    "  defined at: rules/ogi-common/pack.yaml:",
                    0) == 0);
  CHECK(r.out.find("\nparameters:\n  check: deadline\n  deadline: 03-31\n") != std::string::npos);
  // The description in the run's language.
  CHECK(r.out.find("\n\n年度报告应于次年3月31日前公布") != std::string::npos);
  CHECK(RunReportlint("rules --lang en --explain ogi-common/publication-deadline")
            .out.find("\n\nAnnual reports are due by 31 March") != std::string::npos);
  CHECK(r.out.find("examples (from rules/ogi-common/tests):\n"
                   "  flags:  rules/ogi-common/tests/deadline.txt:8: 2017年4月5日\n"
                   "  passes: rules/ogi-common/tests/deadline-on-time.txt:8: 2017年3月31日\n") !=
        std::string::npos);
  RunResult custom = RunReportlint(
      "rules --explain ogi-common/publication-deadline --rules "
      "examples/custom-pack/province");
  CHECK(custom.out.find(
            "  severity:   error\n  pack:       province-example (defined in ogi-common)\n") !=
        std::string::npos);
  CHECK(custom.out.find("  deadline: 03-15\n") != std::string::npos);
  RunResult typo = RunReportlint("rules --explain ogi-common/publication-deadlin");
  CHECK(typo.exit_code == 2);
  CHECK(typo.err ==
        "error: no loaded rule is called 'ogi-common/publication-deadlin' (did you "
        "mean 'ogi-common/publication-deadline'?)\n");
}

}  // namespace reportlint::testing
